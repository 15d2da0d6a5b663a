import { graphql } from '../../../gql';

export const PersonPlanQuery = graphql(`
  query PersonPlan($personId: ID!) {
    plan(personId: $personId) {
      id
      person {
        id
        name
      }
      ...PlanDetails
    }
  }
`);
