import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { LifeArea } from '../../../gql/graphql';
import { useT } from '../../../i18n';

/**
 * Tells the viewer that the person's consent withholds part of the plan from them: the life areas
 * by name (their headings show anyway), any other matter without saying what.
 */
export function WithheldNotice({ areas, partsWithheld }: { areas: readonly LifeArea[]; partsWithheld: boolean }) {
  const t = useT();
  if (areas.length === 0 && !partsWithheld) return null;
  return (
    <Alert data-color="info" data-testid="withheld-notice">
      <Paragraph>
        {areas.length > 0
          ? t('web.plan.hiddenLifeAreas', { areas: areas.map((area) => t(`web.lifeArea.${area}`)).join(', ') })
          : t('web.plan.partsWithheld')}
      </Paragraph>
    </Alert>
  );
}
