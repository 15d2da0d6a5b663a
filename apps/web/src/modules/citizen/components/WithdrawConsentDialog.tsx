import { useMutation } from '@apollo/client/react';
import { Paragraph } from '@digdir/designsystemet-react';
import type { MessageParams } from '@samhandling/shared';
import { useForm } from 'react-hook-form';
import { ConfirmDialog, maxLengthRule, setApiFieldErrors, TextareaField } from '../../../components/form';
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
      setApiFieldErrors(failure, setError, ['note']);
      return; // the rest is shown from `error`
    }
    reset();
    onWithdrawn();
  });

  return (
    <ConfirmDialog
      open={open}
      title={t('web.consent.confirmTitle')}
      confirm={t('web.consent.confirmWithdraw')}
      color="danger"
      loading={loading}
      error={error}
      onConfirm={onSubmit}
      onClose={close}
    >
      <Paragraph>{t('web.consent.confirmText', { ...about, scope: scopeLabel })}</Paragraph>
      <TextareaField
        label={t('web.consent.noteLabel')}
        rows={3}
        error={errors.note?.message}
        {...register('note', maxLengthRule(t, NOTE_MAX))}
      />
    </ConfirmDialog>
  );
}
