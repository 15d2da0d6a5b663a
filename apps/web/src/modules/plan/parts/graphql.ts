// The plan's evaluations, sub-plans, life-phase checklists and transitions in the editor. Each
// part has a fragment of its list; its mutations answer with that list only (Apollo's cache
// merges it into the plan by id), so a document carries one small fragment, not the editor's.
import { graphql } from '../../../gql';

export const PlanEvaluationsFragment = graphql(`
  fragment PlanEvaluations on PlanView {
    id
    evaluations {
      id
      scheduledFor
      heldAt
      evaluatedByName
      goalsReached
      servicesWork
      wayOfWorking
      ownerExperience
      conclusion
      version
    }
  }
`);

export const PlanSubPlansFragment = graphql(`
  fragment PlanSubPlans on PlanView {
    id
    subPlans {
      id
      kind
      title
      owner
      ownerName
      ownerUnitId
      lifeArea
      externalReference
      note
      version
    }
  }
`);

export const PlanChecklistFragment = graphql(`
  fragment PlanChecklist on PlanView {
    id
    lifePhase
    checklist {
      itemKey
      phase
      checkedAt
      checkedByName
    }
  }
`);

export const PlanTransitionsFragment = graphql(`
  fragment PlanTransitions on PlanView {
    id
    transitions {
      id
      kind
      date
      note
      reviewDue
      reviewedAt
      reviewedByName
      version
    }
  }
`);

export const ScheduleEvaluationMutation = graphql(`
  mutation ScheduleEvaluation($planId: ID!, $scheduledFor: LocalDate!) {
    scheduleEvaluation(planId: $planId, scheduledFor: $scheduledFor) {
      id
      ...PlanEvaluations
    }
  }
`);

/** The goals' and measures' statuses (and what the legal content says of them) change with it. */
export const RecordEvaluationMutation = graphql(`
  mutation RecordEvaluation(
    $evaluationId: ID!
    $expectedVersion: Int!
    $input: EvaluationInput!
    $goalChanges: [GoalStatusChange!]!
    $measureChanges: [MeasureStatusChange!]!
  ) {
    recordEvaluation(
      evaluationId: $evaluationId
      expectedVersion: $expectedVersion
      input: $input
      goalChanges: $goalChanges
      measureChanges: $measureChanges
    ) {
      id
      ...PlanEvaluations
      goals {
        id
        status
        version
      }
      measures {
        id
        status
        overdue
        version
      }
      ...LegalContent
    }
  }
`);

export const UpdateEvaluationMutation = graphql(`
  mutation UpdateEvaluation($evaluationId: ID!, $expectedVersion: Int!, $input: EvaluationInput!) {
    updateEvaluation(evaluationId: $evaluationId, expectedVersion: $expectedVersion, input: $input) {
      id
      ...PlanEvaluations
      evaluations { id version }
    }
  }
`);

// A removal only takes an item out of the list: the ids of those left are enough.
export const RemoveEvaluationMutation = graphql(`
  mutation RemoveEvaluation($id: ID!, $expectedVersion: Int!) {
    removeEvaluation(id: $id, expectedVersion: $expectedVersion) {
      id
      evaluations {
        id
      }
    }
  }
`);

export const RestoreEvaluationMutation = graphql(`
  mutation RestoreEvaluation($id: ID!, $expectedVersion: Int!) {
    restoreEvaluation(id: $id, expectedVersion: $expectedVersion) {
      id
      ...PlanEvaluations
    }
  }
`);

export const AddSubPlanMutation = graphql(`
  mutation AddSubPlan($planId: ID!, $input: SubPlanInput!) {
    addSubPlan(planId: $planId, input: $input) {
      id
      ...PlanSubPlans
    }
  }
`);

export const UpdateSubPlanMutation = graphql(`
  mutation UpdateSubPlan($subPlanId: ID!, $expectedVersion: Int!, $input: SubPlanInput!) {
    updateSubPlan(subPlanId: $subPlanId, expectedVersion: $expectedVersion, input: $input) {
      id
      ...PlanSubPlans
      subPlans { id version }
    }
  }
`);

export const RemoveSubPlanMutation = graphql(`
  mutation RemoveSubPlan($id: ID!, $expectedVersion: Int!) {
    removeSubPlan(id: $id, expectedVersion: $expectedVersion) {
      id
      subPlans {
        id
      }
    }
  }
`);

export const RestoreSubPlanMutation = graphql(`
  mutation RestoreSubPlan($id: ID!, $expectedVersion: Int!) {
    restoreSubPlan(id: $id, expectedVersion: $expectedVersion) {
      id
      ...PlanSubPlans
    }
  }
`);

export const TickChecklistItemMutation = graphql(`
  mutation TickChecklistItem($planId: ID!, $itemKey: String!) {
    tickChecklistItem(planId: $planId, itemKey: $itemKey) {
      id
      ...PlanChecklist
    }
  }
`);

export const UntickChecklistItemMutation = graphql(`
  mutation UntickChecklistItem($planId: ID!, $itemKey: String!) {
    untickChecklistItem(planId: $planId, itemKey: $itemKey) {
      id
      ...PlanChecklist
    }
  }
`);

export const AddTransitionMutation = graphql(`
  mutation AddTransition($planId: ID!, $input: TransitionInput!) {
    addTransition(planId: $planId, input: $input) {
      id
      ...PlanTransitions
    }
  }
`);

export const UpdateTransitionMutation = graphql(`
  mutation UpdateTransition($transitionId: ID!, $expectedVersion: Int!, $input: TransitionInput!) {
    updateTransition(transitionId: $transitionId, expectedVersion: $expectedVersion, input: $input) {
      id
      ...PlanTransitions
      transitions { id version }
    }
  }
`);

export const MarkTransitionReviewedMutation = graphql(`
  mutation MarkTransitionReviewed($transitionId: ID!, $expectedVersion: Int!, $reviewed: Boolean!) {
    markTransitionReviewed(transitionId: $transitionId, expectedVersion: $expectedVersion, reviewed: $reviewed) {
      id
      ...PlanTransitions
      transitions { id version }
    }
  }
`);

export const RemoveTransitionMutation = graphql(`
  mutation RemoveTransition($id: ID!, $expectedVersion: Int!) {
    removeTransition(id: $id, expectedVersion: $expectedVersion) {
      id
      transitions {
        id
      }
    }
  }
`);

export const RestoreTransitionMutation = graphql(`
  mutation RestoreTransition($id: ID!, $expectedVersion: Int!) {
    restoreTransition(id: $id, expectedVersion: $expectedVersion) {
      id
      ...PlanTransitions
    }
  }
`);
