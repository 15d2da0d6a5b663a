import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { errorCode } from '../../../apollo/errors';
import { ConfirmDialog, requiredTextRule, TextareaField } from '../../../components/form';
import type { MeetingDetailsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { CancelMeetingMutation } from '../graphql/meeting';
import { TEXT_MAX } from '../meeting-form';

/** Cancels the meeting after a confirmation with the reason; the invitees get a cancellation. */
export function CancelMeeting({ meeting, onReload }: { meeting: MeetingDetailsFragment; onReload: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [cancel, { loading, error, reset }] = useMutation(CancelMeetingMutation);
  const {
    register,
    handleSubmit,
    reset: resetForm,
    formState: { errors },
  } = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const close = () => {
    setOpen(false);
    reset();
    resetForm();
  };
  const confirm = handleSubmit(async ({ reason }) => {
    try {
      await cancel({ variables: { meetingId: meeting.id, version: meeting.version, reason: reason.trim() } });
      setOpen(false);
    } catch {
      // shown in the dialog
    }
  });
  return (
    <>
      <Button type="button" variant="secondary" data-color="danger" onClick={() => setOpen(true)}>
        {t('web.meeting.cancel.open')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('web.meeting.cancel.title')}
        confirm={t('web.meeting.cancel.confirm')}
        color="danger"
        loading={loading}
        error={error}
        onConfirm={confirm}
        onClose={close}
      >
        <Paragraph>{t('web.meeting.cancel.text')}</Paragraph>
        <TextareaField label={t('web.meeting.cancel.reason')} required rows={3} error={errors.reason?.message} {...register('reason', requiredTextRule(t, TEXT_MAX))} />
        {errorCode(error) === 'CONFLICT' ? (
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => { close(); onReload(); }}>
            {t('web.form.reload')}
          </Button>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
