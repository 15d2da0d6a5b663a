import { graphql } from '../../../gql';

export const AssessmentSectionFragment = graphql(`
  fragment AssessmentSection on Referral {
    id
    status
    assessment {
      id
      longTermNeed
      longTermNeedNote
      coordinatedServices
      coordinatedServicesNote
      proposal
      updatedAt
      version
      assessedBy {
        id
        name
      }
    }
  }
`);

export const AssessmentSectionQuery = graphql(`
  query AssessmentSection($id: ID!) {
    referral(id: $id) {
      id
      ...AssessmentSection
    }
  }
`);

export const SaveAssessmentMutation = graphql(`
  mutation SaveAssessment($referralId: ID!, $input: AssessmentInput!, $expectedVersion: Int) {
    saveAssessment(referralId: $referralId, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

export const AppealItemFragment = graphql(`
  fragment AppealItem on Appeal {
    id
    receivedAt
    appellant
    grounds
    late
    outcome
    outcomeDate
    outcomeNote
    version
  }
`);

export const DecisionDetailsFragment = graphql(`
  fragment DecisionDetails on Decision {
    id
    outcome
    grantsCoordinator
    grantsIndividualPlan
    grantsChildCoordinator
    longTermNeed
    coordinatedServices
    reasons
    appealDeadline
    decidedAt
    decidedBy {
      id
      name
      title
    }
    letterUrl
    letterSentAt
    letterSentVia
    letterSentBy {
      id
      name
    }
    version
    appeals {
      id
      outcome
      ...AppealItem
    }
  }
`);

export const DecisionSectionFragment = graphql(`
  fragment DecisionSection on Referral {
    id
    status
    requested
    person {
      id
      isChild
    }
    assessment {
      id
      longTermNeed
      coordinatedServices
      proposal
    }
    appealPreview {
      text
      deadline
      sendTo
    }
    decision {
      id
      appeals {
        id
        outcome
      }
      ...DecisionDetails
    }
    decisions {
      id
      outcome
      decidedAt
      inForce
    }
  }
`);

export const DecisionSectionQuery = graphql(`
  query DecisionSection($id: ID!) {
    referral(id: $id) {
      id
      ...DecisionSection
    }
  }
`);

export const MakeDecisionMutation = graphql(`
  mutation MakeDecision($referralId: ID!, $input: DecisionInput!) {
    makeDecision(referralId: $referralId, input: $input) {
      id
    }
  }
`);

export const RecordLetterSentMutation = graphql(`
  mutation RecordLetterSent($decisionId: ID!, $sentAt: LocalDate!, $via: LetterChannel!, $expectedVersion: Int!) {
    recordLetterSent(decisionId: $decisionId, sentAt: $sentAt, via: $via, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

export const RegisterAppealMutation = graphql(`
  mutation RegisterAppeal($decisionId: ID!, $input: AppealInput!) {
    registerAppeal(decisionId: $decisionId, input: $input) {
      id
    }
  }
`);

export const RecordAppealOutcomeMutation = graphql(`
  mutation RecordAppealOutcome($appealId: ID!, $outcome: AppealOutcome!, $outcomeDate: LocalDate!, $note: String, $expectedVersion: Int!) {
    recordAppealOutcome(appealId: $appealId, outcome: $outcome, outcomeDate: $outcomeDate, note: $note, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);
