import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { LifeArea } from '../../../gql/graphql';
import { useT } from '../../../i18n';

/** Tells the viewer that the person's consent hides some life areas from them. */
export function HiddenLifeAreasNotice({ areas }: { areas: readonly LifeArea[] }) {
  const t = useT();
  if (areas.length === 0) return null;
  return (
    <Alert data-color="info">
      <Paragraph>
        {t('web.plan.hiddenLifeAreas', { areas: areas.map((area) => t(`web.lifeArea.${area}`)).join(', ') })}
      </Paragraph>
    </Alert>
  );
}
