import { graphql } from '../../../gql';

export const PersonPlanQuery = graphql(`
  query PersonPlan($personId: ID!) {
    plan(personId: $personId) {
      id
      canEdit
      person {
        id
        name
      }
      ...PlanDetails
      ...PlanPeriodConsent
      ...PlanEditor
      ...PlanEvaluations
      ...PlanSubPlans
      ...PlanChecklist
      ...PlanTransitions
    }
  }
`);

/** Asked only when the person has no plan: who they are, and why there is none. */
export const PersonPlanStateQuery = graphql(`
  query PersonPlanState($personId: ID!) {
    person(personId: $personId) {
      id
      name
      ...PlanStateNotice
      coordinators {
        ...CoordinatorContactItem
      }
    }
  }
`);
