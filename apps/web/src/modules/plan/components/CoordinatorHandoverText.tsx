import { Paragraph } from '@digdir/designsystemet-react';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';

export const CoordinatorHandoverTextFragment = graphql(`
  fragment CoordinatorHandoverText on CoordinatorHandover {
    fromName
    toName
    overlapUntil
  }
`);

/** "Bytte av koordinator: Lars Brekke overlater til Ingrid Solberg, overlapp til 20. juni 2025." */
export function CoordinatorHandoverText(props: { handover: FragmentType<typeof CoordinatorHandoverTextFragment>; size?: 'sm' | 'md' }) {
  const handover = useFragment(CoordinatorHandoverTextFragment, props.handover);
  const { t, formatDate } = useI18n();
  return (
    <Paragraph data-size={props.size ?? 'md'}>
      {t('web.plan.handover', { from: handover.fromName, to: handover.toName, date: formatDate(handover.overlapUntil) })}
    </Paragraph>
  );
}
