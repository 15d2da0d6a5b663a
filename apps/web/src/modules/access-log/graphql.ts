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

/** The municipality's staff by name, for KE to choose whose reads to see. */
export const StaffMembersQuery = graphql(`
  query StaffMembers($search: String) {
    staffMembers(search: $search) {
      id
      name
      title
      roles
      units
      active
    }
  }
`);

/** A page of what a staff member has read, newest first, for KE. */
export const StaffAccessLogQuery = graphql(`
  query StaffAccessLog($userId: ID!, $first: Int!, $after: String) {
    staffAccessLog(userId: $userId, first: $first, after: $after) {
      totalCount
      hasMore
      nextCursor
      entries {
        id
        at
        personName
        actorRole
        action
        denied
      }
    }
  }
`);
