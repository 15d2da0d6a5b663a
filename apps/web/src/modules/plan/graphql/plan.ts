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

/** A closed plan, kept read-only: the person's own, by its id. */
export const ClosedPlanQuery = graphql(`
  query ClosedPlan($personId: ID!, $planId: ID!) {
    plan(personId: $personId, planId: $planId) {
      id
      status
      closedAt
      closedReason
      person {
        id
        name
      }
      ...PlanDetails
    }
  }
`);
