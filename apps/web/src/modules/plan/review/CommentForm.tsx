// Writing on a goal's thread: the citizen's comment or suggestion, and the coordinator's answer.
// The text is required and as long as the API takes; the API's own messages land on the fields.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ChoiceGroup, FormActions, setApiFieldErrors, TextareaField, requiredTextRule } from '../../../components/form';
import type { CommentKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { COMMENT_MAX_LENGTH } from './graphql';

export interface CommentValues {
  kind: Exclude<CommentKind, 'ANSWER'>;
  body: string;
}

export interface CommentFormProps {
  /** The form's name for assistive technology. */
  name: string;
  label: string;
  description?: string;
  submit: string;
  /** Said once the text is sent (unless the form goes away then). */
  sent?: string;
  /** A choice between a comment and a suggested change, under this legend. */
  kindLegend?: string;
  kindLabels?: Record<CommentValues['kind'], string>;
  onSend: (values: CommentValues) => Promise<unknown>;
}

export function CommentForm({ name, label, description, submit, sent, kindLegend, kindLabels, onSend }: CommentFormProps) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CommentValues>({ defaultValues: { kind: 'COMMENT', body: '' } });
  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    setDone(false);
    try {
      await onSend({ kind: values.kind, body: values.body.trim() });
    } catch (error) {
      if (!setApiFieldErrors(error, setError, ['body', 'kind']).placed) setFailure(error);
      return;
    }
    reset({ kind: values.kind, body: '' });
    setDone(true);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={name}>
      {kindLegend && kindLabels ? (
        <ChoiceGroup
          legend={kindLegend}
          options={(['COMMENT', 'SUGGESTION'] as const).map((value) => ({ value, label: kindLabels[value] }))}
          error={errors.kind?.message}
          {...register('kind')}
        />
      ) : null}
      <TextareaField
        label={label}
        description={description}
        required
        rows={3}
        error={errors.body?.message}
        {...register('body', requiredTextRule(t, COMMENT_MAX_LENGTH))}
      />
      <FormActions submit={submit} loading={isSubmitting} error={failure} success={done && !!sent && sent} />
    </form>
  );
}
