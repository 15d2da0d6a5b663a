import { graphql } from '../../../gql';

export const CreateReferralMutation = graphql(`
  mutation CreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      id
      journalNumber
      receivedAt
      status
      person {
        id
        name
      }
    }
  }
`);

export const MySubmittedReferralsQuery = graphql(`
  query MySubmittedReferrals {
    mySubmittedReferrals {
      id
      journalNumber
      receivedAt
      status
      requested
      person {
        id
        name
      }
    }
  }
`);

export const PersonSearchQuery = graphql(`
  query PersonSearch($query: String, $dateOfBirth: LocalDate) {
    personSearch(query: $query, dateOfBirth: $dateOfBirth) {
      id
      name
      age
      expectedBirthDate
    }
  }
`);

export const IntakeUnitsQuery = graphql(`
  query IntakeUnits {
    units {
      id
      name
    }
  }
`);

export const IntakeActingForQuery = graphql(`
  query IntakeActingFor {
    actingFor {
      id
      name
      isSelf
    }
  }
`);
