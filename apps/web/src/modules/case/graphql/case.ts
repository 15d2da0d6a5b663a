import { graphql } from '../../../gql';

export const CasePageQuery = graphql(`
  query CasePage($id: ID!) {
    referral(id: $id) {
      id
      journalNumber
      title
      status
      receivedAt
      waitingDays
      homeVisitRecommended
      isInpatient
      plannedDischargeDate
      dischargeInDays
      person {
        id
        name
        age
        expectedBirthDate
        maskedNationalId
        needsInterpreter
        preferredLanguage
        ...PersonHistory
      }
      ...ReferralDetails
    }
  }
`);
