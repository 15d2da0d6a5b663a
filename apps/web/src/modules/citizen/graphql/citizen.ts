import { graphql } from '../../../gql';

export const ActingForQuery = graphql(`
  query ActingFor {
    actingFor {
      id
      name
      firstName
      isSelf
      ...PersonSwitchOption
    }
  }
`);

export const CitizenPlanQuery = graphql(`
  query CitizenPlan($personId: ID!) {
    plan(personId: $personId) {
      id
      ...CitizenPlanView
    }
  }
`);

export const PersonConsentsQuery = graphql(`
  query PersonConsents($personId: ID!) {
    consents(personId: $personId) {
      id
      ...ConsentItem
    }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent($consentId: ID!, $note: String) {
    withdrawConsent(consentId: $consentId, note: $note) {
      id
      withdrawnAt
      ...ConsentItem
    }
  }
`);

/** The person's or guardian's comment; the goals' threads come back, so the cache has the new one. */
export const CommentOnGoalMutation = graphql(`
  mutation CommentOnGoal($goalId: ID!, $kind: CommentKind!, $body: String!) {
    commentOnGoal(goalId: $goalId, kind: $kind, body: $body) {
      id
      goals {
        id
        ...GoalCommentThread
      }
    }
  }
`);
