import { graphql } from '../../../gql';

/** A goal's thread: the person's or guardian's comments and suggestions, and the answers. */
export const GoalCommentThreadFragment = graphql(`
  fragment GoalCommentThread on GoalView {
    id
    comments {
      id
      kind
      author
      authorName
      body
      createdAt
      answeredAt
    }
  }
`);

export const LegalContentFragment = graphql(`
  fragment LegalContent on PlanView {
    id
    legalContent {
      item
      satisfied
      problems {
        code
        goalId
        measureId
      }
    }
  }
`);

export const PlanHistoryEntryFragment = graphql(`
  fragment PlanHistoryEntry on HistoryEntry {
    id
    at
    action
    entity
    entityId
    entityVersion
    actorName
    actorRole
    changes {
      field
      before
      after
    }
  }
`);

/** Asked only when a history is opened, so the editor's own query stays as it is. */
export const PlanHistoryQuery = graphql(`
  query PlanHistory($personId: ID!) {
    plan(personId: $personId) {
      id
      history {
        ...PlanHistoryEntry
      }
      goals {
        id
        history {
          ...PlanHistoryEntry
        }
      }
      measures {
        id
        history {
          ...PlanHistoryEntry
        }
      }
    }
  }
`);

export const RestoreVersionMutation = graphql(`
  mutation RestoreVersion($historyEntryId: ID!, $expectedVersion: Int!) {
    restoreVersion(historyEntryId: $historyEntryId, expectedVersion: $expectedVersion) {
      id
      ...PlanEditor
    }
  }
`);

export const AnswerGoalCommentsMutation = graphql(`
  mutation AnswerGoalComments($goalId: ID!, $body: String!) {
    answerGoalComments(goalId: $goalId, body: $body) {
      id
      ...PlanEditor
    }
  }
`);

/** The longest comment or answer the API takes. */
export const COMMENT_MAX_LENGTH = 4000;
