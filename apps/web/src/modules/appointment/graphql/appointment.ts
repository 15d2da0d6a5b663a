import { graphql } from '../../../gql';

export const AppointmentSectionQuery = graphql(`
  query AppointmentSection($id: ID!) {
    referral(id: $id) {
      id
      ...AppointmentSectionReferral
    }
  }
`);

export const CoordinatorCandidatesQuery = graphql(`
  query CoordinatorCandidates($referralId: ID!, $unitId: ID) {
    coordinatorCandidates(referralId: $referralId, unitId: $unitId) {
      id
      name
      title
      unit {
        id
        name
      }
      caseload
      hasTraining
      matchesWish
    }
  }
`);

export const AppointCoordinatorMutation = graphql(`
  mutation AppointCoordinator($referralId: ID!, $input: AppointCoordinatorInput!) {
    appointCoordinator(referralId: $referralId, input: $input) {
      id
    }
  }
`);

export const DelegateAppointmentMutation = graphql(`
  mutation DelegateAppointment($referralId: ID!, $unitId: ID!, $note: String) {
    delegateAppointment(referralId: $referralId, unitId: $unitId, note: $note) {
      id
    }
  }
`);

export const RegisterDeclineMutation = graphql(`
  mutation RegisterDecline($referralId: ID!, $kind: ChangeFormKind!, $reason: String, $effectiveDate: LocalDate!) {
    registerDecline(referralId: $referralId, kind: $kind, reason: $reason, effectiveDate: $effectiveDate) {
      id
    }
  }
`);

export const PlanStartupMeetingMutation = graphql(`
  mutation PlanStartupMeeting($referralId: ID!, $startsAt: DateTimeISO!, $location: String) {
    planStartupMeeting(referralId: $referralId, startsAt: $startsAt, location: $location) {
      id
    }
  }
`);

export const MyAppointmentRequestsQuery = graphql(`
  query MyAppointmentRequests {
    myAppointmentRequests {
      id
      ...AppointmentRequestRow
    }
  }
`);
