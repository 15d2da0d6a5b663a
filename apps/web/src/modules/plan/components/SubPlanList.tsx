import { Paragraph } from '@digdir/designsystemet-react';
import { EmptyState } from '../../../components/EmptyState';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';

export const SubPlanListItemFragment = graphql(`
  fragment SubPlanListItem on SubPlanView {
    id
    kind
    title
    owner
  }
`);

/** The other plans that belong to the individual plan (an IOP, a crisis plan …), and who owns each. */
export function SubPlanList(props: { subPlans: readonly FragmentType<typeof SubPlanListItemFragment>[] }) {
  const subPlans = useFragment(SubPlanListItemFragment, props.subPlans);
  const { t } = useI18n();
  if (subPlans.length === 0) return <EmptyState>{t('web.planParts.mine.none')}</EmptyState>;
  return (
    <ul className="app-list" role="list">
      {subPlans.map((subPlan) => (
        <li key={subPlan.id} className="app-list__item">
          <Paragraph>
            <strong>{subPlan.title}</strong>
          </Paragraph>
          <Paragraph data-size="sm" className="app-muted">
            {t(`subPlanKind.${subPlan.kind}`)} · {t('web.planParts.mine.owner', { owner: subPlan.owner })}
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
