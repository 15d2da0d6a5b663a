import { graphql, useFragment, type FragmentType } from '../../../gql';
import { PlanConsentForm } from './PlanConsentForm';

export const PlanPeriodConsentFragment = graphql(`
  fragment PlanPeriodConsent on PlanView {
    id
    awaitingConsent
    canRegisterConsent
    periodStart
    periodEnd
    guardians {
      id
      name
    }
  }
`);

/** A plan continued into a new period: its coordinator registers the consent to it, and the plan can be edited again. */
export function PlanPeriodConsent(props: { plan: FragmentType<typeof PlanPeriodConsentFragment> }) {
  const plan = useFragment(PlanPeriodConsentFragment, props.plan);
  if (!plan.awaitingConsent || !plan.canRegisterConsent) return null;
  return <PlanConsentForm planId={plan.id} guardians={plan.guardians} newPeriod={{ start: plan.periodStart, end: plan.periodEnd }} />;
}
