// The autosaved fields of the plan's evaluations, sub-plans and transitions: each save names the
// version it started from and gives the record's new one; after CONFLICT the plan is read again.
import { useMutation } from '@apollo/client/react';
import type { EvaluationInput, SubPlanInput, TransitionInput } from '../../../gql/graphql';
import { useGuardedSave, versionOf } from '../editor/usePlanEditing';
import { UpdateEvaluationMutation, UpdateSubPlanMutation, UpdateTransitionMutation } from './graphql';

export function usePartEditing() {
  const guarded = useGuardedSave();
  const [updateEvaluation] = useMutation(UpdateEvaluationMutation);
  const [updateSubPlan] = useMutation(UpdateSubPlanMutation);
  const [updateTransition] = useMutation(UpdateTransitionMutation);
  return {
    evaluation: (evaluationId: string, input: EvaluationInput, expectedVersion: number) =>
      guarded(async () =>
        versionOf((await updateEvaluation({ variables: { evaluationId, expectedVersion, input } })).data?.updateEvaluation.evaluations, evaluationId),
      ),
    subPlan: (subPlanId: string, input: SubPlanInput, expectedVersion: number) =>
      guarded(async () => versionOf((await updateSubPlan({ variables: { subPlanId, expectedVersion, input } })).data?.updateSubPlan.subPlans, subPlanId)),
    transition: (transitionId: string, input: TransitionInput, expectedVersion: number) =>
      guarded(async () =>
        versionOf((await updateTransition({ variables: { transitionId, expectedVersion, input } })).data?.updateTransition.transitions, transitionId),
      ),
  };
}

export type PartEditing = ReturnType<typeof usePartEditing>;
