import { graphql } from '../../gql';

/** A page of the person's access log, for the person and for KE. */
export const AccessLogQuery = graphql(`
  query AccessLog($personId: ID!, $first: Int!, $after: String, $includeOwnReads: Boolean!) {
    accessLog(personId: $personId, first: $first, after: $after, includeOwnReads: $includeOwnReads) {
      totalCount
      hasMore
      nextCursor
      entries {
        ...AccessLogLineItem
      }
    }
  }
`);
