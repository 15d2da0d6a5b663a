import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { MessageParams } from '@samhandling/shared';
import { useT } from '../../../i18n';
import { RemoveButton } from '../editor/RemoveItem';

type ItemVariables = { id: string; expectedVersion: number };

/** Takes an evaluation, sub-plan or transition out of the plan after asking; the save bar restores it. */
export function RemovePart<R, S>({
  kind,
  id,
  version,
  params,
  remove,
  restore,
}: {
  kind: 'evaluations' | 'subPlans' | 'transitions';
  id: string;
  version: number;
  /** What the texts name the part by. */
  params: MessageParams;
  remove: TypedDocumentNode<R, ItemVariables>;
  restore: TypedDocumentNode<S, ItemVariables>;
}) {
  const t = useT();
  const [removeItem] = useMutation(remove);
  const [restoreItem] = useMutation(restore);
  return (
    <RemoveButton
      label={t(`web.planParts.${kind}.remove`)}
      title={t(`web.planParts.${kind}.removeTitle`)}
      text={t(`web.planParts.${kind}.removeText`, params)}
      undoLabel={t(`web.planParts.${kind}.removed`, params)}
      remove={() => removeItem({ variables: { id, expectedVersion: version } })}
      // The removal made version + 1: the restore starts from it.
      restore={() => restoreItem({ variables: { id, expectedVersion: version + 1 } })}
    />
  );
}
