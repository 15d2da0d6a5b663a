import { graphql } from '../../../gql';

export const KeOverviewQuery = graphql(`
  query KeOverview {
    keOverview {
      ...KeOverviewPanel
    }
  }
`);

export const ReferralInboxQuery = graphql(`
  query ReferralInbox($filter: ReferralInboxFilter, $first: Int, $after: String) {
    referrals(filter: $filter, first: $first, after: $after) {
      totalCount
      nextCursor
      nodes {
        id
        ...ReferralRow
      }
    }
  }
`);

export const InboxUnitsQuery = graphql(`
  query InboxUnits {
    units {
      id
      name
    }
  }
`);
