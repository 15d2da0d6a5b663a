// The editor's saves, each giving the version of what it saved (the autosaved fields start
// their next save from it). After CONFLICT the plan is read again, so the field's merge panel
// shows what the other person saved.
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { GoalInput, LifeArea, LifeAreaInput, MeasureInput, ParticipantInput, PlanSectionsInput } from '../../../gql/graphql';
import { errorCode } from '../../../apollo/errors';
import { PersonPlanQuery } from '../graphql/plan';
import {
  SaveLifeAreaMutation,
  UpdateGoalMutation,
  UpdateMeasureMutation,
  UpdateParticipantMutation,
  UpdatePlanSectionsMutation,
} from '../graphql/editor';

export function versionOf(items: ReadonlyArray<{ id: string; version: number }> | undefined, id: string): number {
  const item = items?.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`the saved record ${id} is not in the answer`);
  return item.version;
}

/** Runs a save; on CONFLICT reads the plan again before the error reaches the field. */
export function useGuardedSave() {
  const client = useApolloClient();
  return async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') await client.refetchQueries({ include: [PersonPlanQuery] });
      throw error;
    }
  };
}

export function usePlanEditing(planId: string) {
  const guarded = useGuardedSave();
  const [updateSections] = useMutation(UpdatePlanSectionsMutation);
  const [saveArea] = useMutation(SaveLifeAreaMutation);
  const [updateGoal] = useMutation(UpdateGoalMutation);
  const [updateMeasure] = useMutation(UpdateMeasureMutation);
  const [updateParticipant] = useMutation(UpdateParticipantMutation);

  return {
    sections: (input: PlanSectionsInput, expectedVersion: number) =>
      guarded(async () => (await updateSections({ variables: { planId, expectedVersion, input } })).data!.updatePlanSections.version),
    lifeArea: (area: LifeArea, input: LifeAreaInput, expectedVersion: number) =>
      guarded(async () => {
        const areas = (await saveArea({ variables: { planId, area, expectedVersion, input } })).data!.saveLifeArea.lifeAreas;
        return areas.find((mapping) => mapping.area === area)!.version;
      }),
    goal: (goalId: string, input: GoalInput, expectedVersion: number) =>
      guarded(async () => versionOf((await updateGoal({ variables: { goalId, expectedVersion, input } })).data?.updateGoal.goals, goalId)),
    measure: (measureId: string, input: MeasureInput, expectedVersion: number) =>
      guarded(async () =>
        versionOf((await updateMeasure({ variables: { measureId, expectedVersion, input } })).data?.updateMeasure.measures, measureId),
      ),
    participant: (participantId: string, input: ParticipantInput, expectedVersion: number) =>
      guarded(async () =>
        versionOf(
          (await updateParticipant({ variables: { participantId, expectedVersion, input } })).data?.updateParticipant.participants,
          participantId,
        ),
      ),
  };
}

export type PlanEditing = ReturnType<typeof usePlanEditing>;
