// Taking a goal, measure or participant out of the plan: asked first, and undone from the
// save bar (the part is kept on the server and brought back as it was).
import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/form';
import { useT } from '../../../i18n';
import {
  RemoveGoalMutation,
  RemoveMeasureMutation,
  RemoveParticipantMutation,
  RestoreGoalMutation,
  RestoreMeasureMutation,
  RestoreParticipantMutation,
} from '../graphql/editor';
import { usePushUndo } from './SaveStatus';

export type RemovableKind = 'goal' | 'measure' | 'participant';

const MUTATIONS = {
  goal: { remove: RemoveGoalMutation, restore: RestoreGoalMutation },
  measure: { remove: RemoveMeasureMutation, restore: RestoreMeasureMutation },
  participant: { remove: RemoveParticipantMutation, restore: RestoreParticipantMutation },
} as const;

export function RemoveItem({ kind, id, version, name }: { kind: RemovableKind; id: string; version: number; name: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [remove, { loading, error, reset }] = useMutation(MUTATIONS[kind].remove as typeof RemoveGoalMutation);
  const [restore] = useMutation(MUTATIONS[kind].restore as typeof RestoreGoalMutation);
  const pushUndo = usePushUndo();

  const confirm = async () => {
    try {
      await remove({ variables: { id, expectedVersion: version } });
    } catch {
      return; // shown in the dialog
    }
    setOpen(false);
    // The removal made version + 1: the restore starts from it.
    pushUndo({ label: t(`web.planEditor.removed.${kind}`, { name }), undo: () => restore({ variables: { id, expectedVersion: version + 1 } }) });
  };

  return (
    <>
      <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={() => setOpen(true)}>
        {t(`web.planEditor.remove.${kind}`)}
      </Button>
      <ConfirmDialog
        open={open}
        title={t(`web.planEditor.remove.${kind}Title`)}
        confirm={t(`web.planEditor.remove.${kind}`)}
        color="danger"
        loading={loading}
        error={error}
        onConfirm={confirm}
        onClose={() => {
          reset();
          setOpen(false);
        }}
      >
        <Paragraph>{t(`web.planEditor.remove.${kind}Text`, { name })}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
