import { graphql } from '../../gql';

/** One sent mail as the list shows it. */
export const SentMailItemFragment = graphql(`
  fragment SentMailItem on SentMail {
    id
    kind
    status
    to
    toName
    subject
    textBody
    attempts
    createdAt
    sentAt
    nextAttemptAt
    lastError
    calendarUrl
    senderName
  }
`);

/** A page of the mail sent about meetings, newest first: KE's all, a coordinator's own. */
export const SentMailQuery = graphql(`
  query SentMail($first: Int!, $after: String) {
    sentMail(first: $first, after: $after) {
      totalCount
      hasMore
      nextCursor
      entries {
        id
        ...SentMailItem
      }
    }
  }
`);
