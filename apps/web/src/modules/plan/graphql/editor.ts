import { graphql } from '../../../gql';

/** Everything the coordinator's editor shows; every edit answers with it, so the screen is the server's. */
export const PlanEditorFragment = graphql(`
  fragment PlanEditor on PlanView {
    id
    ...PlanPeriodDecision
    status
    version
    hasConsent
    canEdit
    periodStart
    periodEnd
    nextRevisionDate
    whatIsImportant
    situation
    resources
    dreams
    needs
    ownContribution
    networkContribution
    cooperationNeeds
    languageAndCulture
    hiddenLifeAreas
    partsWithheld
    unansweredComments
    ...LegalContent
    person {
      id
      name
    }
    guardians {
      id
      name
    }
    lifeAreas {
      id
      area
      situation
      services
      needs
      version
    }
    participants {
      id
      kind
      name
      role
      unitId
      unitName
      organisation
      phone
      email
      contribution
      version
    }
    goals {
      id
      kind
      lifeArea
      description
      status
      targetDate
      parentGoalId
      sortOrder
      version
      # Inline, not ...GoalCommentThread: the test mocks' Unmasked<> type loses a fragment nested
      # this deep in a list that two fragments select.
      comments {
        id
        kind
        author
        authorName
        body
        createdAt
        answeredAt
      }
      # Tasks from meetings tied to the goal, shown under its measures.
      actionItems {
        id
        meetingId
        description
        responsibleName
        dueDate
        overdue
        doneAt
      }
    }
    measures {
      id
      goalId
      description
      responsible
      responsibleParticipantId
      responsibleUnitId
      responsibleText
      startDate
      dueDate
      status
      overdue
      scope
      howCarriedOut
      ownContribution
      sortOrder
      version
    }
  }
`);

export const CreatePlanMutation = graphql(`
  mutation CreatePlan($personId: ID!) {
    createPlan(personId: $personId) {
      id
      ...PlanEditor
    }
  }
`);

export const RegisterPlanConsentMutation = graphql(`
  mutation RegisterPlanConsent($planId: ID!, $input: PlanConsentInput!) {
    registerPlanConsent(planId: $planId, input: $input) {
      id
      awaitingConsent
      ...PlanEditor
    }
  }
`);

export const UpdatePlanSectionsMutation = graphql(`
  mutation UpdatePlanSections($planId: ID!, $expectedVersion: Int!, $input: PlanSectionsInput!) {
    updatePlanSections(planId: $planId, expectedVersion: $expectedVersion, input: $input) {
      id
      ...PlanEditor
      version
    }
  }
`);

export const SaveLifeAreaMutation = graphql(`
  mutation SaveLifeArea($planId: ID!, $area: LifeArea!, $expectedVersion: Int!, $input: LifeAreaInput!) {
    saveLifeArea(planId: $planId, area: $area, expectedVersion: $expectedVersion, input: $input) {
      id
      ...PlanEditor
      lifeAreas { id area version }
    }
  }
`);

export const AddGoalMutation = graphql(`
  mutation AddGoal($planId: ID!, $input: GoalInput!) {
    addGoal(planId: $planId, input: $input) {
      id
      ...PlanEditor
    }
  }
`);

export const UpdateGoalMutation = graphql(`
  mutation UpdateGoal($goalId: ID!, $expectedVersion: Int!, $input: GoalInput!) {
    updateGoal(goalId: $goalId, expectedVersion: $expectedVersion, input: $input) {
      id
      ...PlanEditor
      goals { id version }
    }
  }
`);

export const RemoveGoalMutation = graphql(`
  mutation RemoveGoal($id: ID!, $expectedVersion: Int!) {
    removeGoal(id: $id, expectedVersion: $expectedVersion) {
      id
      ...PlanEditor
      goals { id version }
    }
  }
`);

export const RestoreGoalMutation = graphql(`
  mutation RestoreGoal($id: ID!, $expectedVersion: Int!) {
    restoreGoal(id: $id, expectedVersion: $expectedVersion) {
      id
      ...PlanEditor
      goals { id version }
    }
  }
`);

export const ReorderGoalsMutation = graphql(`
  mutation ReorderGoals($planId: ID!, $kind: GoalKind!, $goalIds: [ID!]!) {
    reorderGoals(planId: $planId, kind: $kind, goalIds: $goalIds) {
      id
      ...PlanEditor
    }
  }
`);

export const AddMeasureMutation = graphql(`
  mutation AddMeasure($planId: ID!, $input: MeasureInput!) {
    addMeasure(planId: $planId, input: $input) {
      id
      ...PlanEditor
    }
  }
`);

export const UpdateMeasureMutation = graphql(`
  mutation UpdateMeasure($measureId: ID!, $expectedVersion: Int!, $input: MeasureInput!) {
    updateMeasure(measureId: $measureId, expectedVersion: $expectedVersion, input: $input) {
      id
      ...PlanEditor
      measures { id version }
    }
  }
`);

export const RemoveMeasureMutation = graphql(`
  mutation RemoveMeasure($id: ID!, $expectedVersion: Int!) {
    removeMeasure(id: $id, expectedVersion: $expectedVersion) {
      id
      ...PlanEditor
      measures { id version }
    }
  }
`);

export const RestoreMeasureMutation = graphql(`
  mutation RestoreMeasure($id: ID!, $expectedVersion: Int!) {
    restoreMeasure(id: $id, expectedVersion: $expectedVersion) {
      id
      ...PlanEditor
      measures { id version }
    }
  }
`);

export const AddParticipantMutation = graphql(`
  mutation AddParticipant($planId: ID!, $input: ParticipantInput!) {
    addParticipant(planId: $planId, input: $input) {
      id
      ...PlanEditor
    }
  }
`);

export const UpdateParticipantMutation = graphql(`
  mutation UpdateParticipant($participantId: ID!, $expectedVersion: Int!, $input: ParticipantInput!) {
    updateParticipant(participantId: $participantId, expectedVersion: $expectedVersion, input: $input) {
      id
      ...PlanEditor
      participants { id version }
    }
  }
`);

export const RemoveParticipantMutation = graphql(`
  mutation RemoveParticipant($id: ID!, $expectedVersion: Int!) {
    removeParticipant(id: $id, expectedVersion: $expectedVersion) {
      id
      ...PlanEditor
      participants { id version }
    }
  }
`);

export const RestoreParticipantMutation = graphql(`
  mutation RestoreParticipant($id: ID!, $expectedVersion: Int!) {
    restoreParticipant(id: $id, expectedVersion: $expectedVersion) {
      id
      ...PlanEditor
      participants { id version }
    }
  }
`);

/** The municipality's units, for who is responsible for a measure. */
export const PlanUnitsQuery = graphql(`
  query PlanUnits {
    units {
      id
      name
    }
  }
`);
