import { useMutation } from '@apollo/client/react';
import { Button, Dialog, Heading, Label, Paragraph, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import type { MessageParams } from '@samhandling/shared';
import { useId } from 'react';
import { apiErrorInfo } from '../../../apollo/errors';
import { useForm } from 'react-hook-form';
import { ErrorState } from '../../../components/ErrorState';
import { useT } from '../../../i18n';
import { WithdrawConsentMutation } from '../graphql/citizen';

const NOTE_MAX = 500;

interface FormValues {
  note: string;
}

/** Asks the person to confirm before a consent is withdrawn (the withdrawal takes effect at once). */
export function WithdrawConsentDialog({
  consentId,
  scopeLabel,
  about,
  open,
  onClose,
  onWithdrawn,
}: {
  consentId: string | null;
  scopeLabel: string;
  /** Names the person whose consent it is (aboutPerson). */
  about: MessageParams;
  open: boolean;
  onClose: () => void;
  onWithdrawn: () => void;
}) {
  const t = useT();
  const headingId = useId();
  const noteId = useId();
  const noteErrorId = useId();
  const [withdraw, { loading, error, reset: resetMutation }] = useMutation(WithdrawConsentMutation);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<FormValues>({ defaultValues: { note: '' } });

  const close = () => {
    reset();
    resetMutation();
    onClose();
  };

  const onSubmit = handleSubmit(async ({ note }) => {
    if (!consentId) return;
    const trimmed = note.trim();
    try {
      await withdraw({ variables: { consentId, note: trimmed ? trimmed : null } });
    } catch (failure) {
      // The API names invalid fields (already translated); show them at the field.
      const noteError = apiErrorInfo(failure)?.fields.find((field) => field.field === 'note');
      if (noteError) setError('note', { message: noteError.message });
      return; // the rest is shown from `error`
    }
    reset();
    onWithdrawn();
  });

  return (
    <Dialog open={open} onClose={close} closeButton={t('common.close')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {t('web.consent.confirmTitle')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <form onSubmit={onSubmit} noValidate className="app-stack">
          <Paragraph>{t('web.consent.confirmText', { ...about, scope: scopeLabel })}</Paragraph>
          <div className="app-field">
            <Label htmlFor={noteId}>{t('web.consent.noteLabel')}</Label>
            <Textarea
              id={noteId}
              rows={3}
              aria-invalid={errors.note ? true : undefined}
              aria-describedby={errors.note ? noteErrorId : undefined}
              {...register('note', { maxLength: { value: NOTE_MAX, message: t('validation.tooLong', { max: NOTE_MAX }) } })}
            />
            {errors.note?.message && <ValidationMessage id={noteErrorId}>{errors.note.message}</ValidationMessage>}
          </div>
          {error && <ErrorState error={error} title={t('web.error.actionFailed')} headingLevel={3} />}
          <div className="app-actions">
            <Button type="submit" data-color="danger" loading={loading} disabled={loading}>
              {t('web.consent.confirmWithdraw')}
            </Button>
            <Button type="button" variant="secondary" onClick={close}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
