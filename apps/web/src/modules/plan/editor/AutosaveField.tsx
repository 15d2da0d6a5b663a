// A field of the plan that saves itself: a text, a date or a choice, with its own line saying
// how the save went, and, after CONFLICT, both versions side by side to merge.
import { Button, Paragraph, Textarea, Label } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { InputField, SelectField, TextareaField } from '../../../components/form';
import { useT } from '../../../i18n';
import { useAutosave, type SaveState } from './autosave';

export interface AutosaveProps {
  /** Where an unsaved value is kept in the browser: unique per record and field. */
  draftKey: string;
  label: string;
  description?: string;
  /** The server's value. */
  saved: string | null;
  /** The record's version the server has. */
  version: number;
  /** Saves the value (null for empty) from a version; gives the record's new version. */
  save: (value: string | null, expectedVersion: number) => Promise<number>;
  /** Longest text the server takes. */
  maxLength?: number;
  disabled?: boolean;
}

type Kind = { kind: 'text' | 'textarea' | 'date' } | { kind: 'select'; options: ReadonlyArray<{ value: string; label: string }>; placeholder?: string };

const fromSaved = (value: string | null) => value ?? '';
const toSaved = (value: string) => (value.trim() === '' ? null : value);

export function AutosaveField(props: AutosaveProps & Kind) {
  const t = useT();
  const { draftKey, label, description, saved, version, save, maxLength, disabled } = props;
  const field = useAutosave<string>({
    draftKey,
    saved: fromSaved(saved),
    version,
    save: (value, expected) => save(toSaved(value), expected),
    undoLabel: label,
  });
  const tooLong = maxLength !== undefined && field.value.length > maxLength;
  const error = tooLong ? t('validation.tooLong', { max: maxLength }) : (field.message ?? undefined);
  const common = {
    name: draftKey,
    label,
    description: <FieldSaveState state={field.state} description={description} />,
    error,
    disabled,
  };
  const onValue = (value: string) => field.setValue(value);
  // A too long text is kept (in the draft) but not sent.
  const onBlur = () => (tooLong ? undefined : field.flush());
  let control;
  if (props.kind === 'textarea') {
    control = <TextareaField {...common} rows={4} value={field.value} onChange={(event) => onValue(event.target.value)} onBlur={onBlur} />;
  } else if (props.kind === 'select') {
    control = (
      <SelectField
        {...common}
        options={props.options}
        placeholder={props.placeholder}
        value={field.value}
        onChange={(event) => {
          onValue(event.target.value);
          field.flush();
        }}
      />
    );
  } else {
    control = (
      <InputField
        {...common}
        type={props.kind === 'date' ? 'date' : 'text'}
        value={field.value}
        onChange={(event) => onValue(event.target.value)}
        onBlur={onBlur}
      />
    );
  }
  return (
    <div className="app-autosave" data-state={field.state}>
      {control}
      {field.conflict ? (
        <ConflictPanel label={label} mine={field.conflict.mine} theirs={field.conflict.theirs} multiline={props.kind === 'textarea'} onResolve={field.resolve} />
      ) : null}
    </div>
  );
}

function FieldSaveState({ state, description }: { state: SaveState; description?: string }) {
  const t = useT();
  return (
    <>
      {description ? <span>{description} </span> : null}
      {state !== 'idle' ? (
        <span className="app-field-save" data-state={state}>
          {t(`web.planEditor.fieldState.${state as Exclude<SaveState, 'idle'>}`)}
        </span>
      ) : null}
    </>
  );
}

/**
 * Someone saved the field first: their text and the user's, side by side. The user keeps theirs,
 * takes the saved one, or writes the two together in their own and keeps that.
 */
export function ConflictPanel({
  label,
  mine,
  theirs,
  multiline,
  onResolve,
}: {
  label: string;
  mine: string;
  theirs: string;
  multiline: boolean;
  onResolve: (value: string) => void;
}) {
  const t = useT();
  const mineId = useId();
  const theirsId = useId();
  const [merged, setMerged] = useState(mine);
  return (
    <div className="app-conflict" role="group" aria-label={t('web.planEditor.conflict.title', { field: label })} data-testid="conflict">
      <Paragraph data-size="sm">{t('web.planEditor.conflict.explain')}</Paragraph>
      <div className="app-conflict__sides">
        <div className="app-field">
          <Paragraph id={theirsId} data-size="sm">
            <strong>{t('web.planEditor.conflict.theirs')}</strong>
          </Paragraph>
          {/* Text to read, not a field: only the user's side is edited. */}
          <div className="app-conflict__theirs app-prewrap" aria-labelledby={theirsId} role="group" data-testid="conflict-theirs">
            {theirs}
          </div>
        </div>
        <div className="app-field">
          <Label htmlFor={mineId}>{t('web.planEditor.conflict.mine')}</Label>
          <Textarea id={mineId} rows={multiline ? 5 : 2} value={merged} onChange={(event) => setMerged(event.target.value)} />
        </div>
      </div>
      <div className="app-actions">
        <Button type="button" data-size="sm" onClick={() => onResolve(merged)}>
          {t('web.planEditor.conflict.keepMine')}
        </Button>
        <Button type="button" data-size="sm" variant="secondary" onClick={() => onResolve(theirs)}>
          {t('web.planEditor.conflict.keepTheirs')}
        </Button>
      </div>
    </div>
  );
}
