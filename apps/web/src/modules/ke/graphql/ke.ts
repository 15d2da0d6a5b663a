import { graphql } from '../../../gql';

export const KeOverviewQuery = graphql(`
  query KeOverview {
    keOverview {
      ...KeOverviewPanel
    }
  }
`);

export const ReferralInboxQuery = graphql(`
  query ReferralInbox($status: ReferralStatus) {
    referrals(status: $status) {
      id
      ...ReferralRow
    }
  }
`);
