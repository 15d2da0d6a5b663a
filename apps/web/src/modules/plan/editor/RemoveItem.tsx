// Taking a goal, measure, participant or another part out of the plan: asked first, and undone
// from the save bar (the part is kept on the server and brought back as it was).
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
  const [remove] = useMutation(MUTATIONS[kind].remove as typeof RemoveGoalMutation);
  const [restore] = useMutation(MUTATIONS[kind].restore as typeof RestoreGoalMutation);
  return (
    <RemoveButton
      label={t(`web.planEditor.remove.${kind}`)}
      title={t(`web.planEditor.remove.${kind}Title`)}
      text={t(`web.planEditor.remove.${kind}Text`, { name })}
      undoLabel={t(`web.planEditor.removed.${kind}`, { name })}
      remove={() => remove({ variables: { id, expectedVersion: version } })}
      // The removal made version + 1: the restore starts from it.
      restore={() => restore({ variables: { id, expectedVersion: version + 1 } })}
    />
  );
}

/**
 * The button that removes a part of the plan after asking, and offers the restore as the save
 * bar's undo. A failed removal is shown in the dialog.
 */
export function RemoveButton({
  label,
  title,
  text,
  undoLabel,
  remove,
  restore,
}: {
  label: string;
  title: string;
  text: string;
  undoLabel: string;
  remove: () => Promise<unknown>;
  restore: () => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const pushUndo = usePushUndo();

  const confirm = async () => {
    setLoading(true);
    setError(null);
    try {
      await remove();
    } catch (failure) {
      setError(failure);
      setLoading(false);
      return;
    }
    setLoading(false);
    setOpen(false);
    pushUndo({ label: undoLabel, undo: restore });
  };

  return (
    <>
      <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        title={title}
        confirm={label}
        color="danger"
        loading={loading}
        error={error}
        onConfirm={confirm}
        onClose={() => {
          setError(null);
          setOpen(false);
        }}
      >
        <Paragraph>{text}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
