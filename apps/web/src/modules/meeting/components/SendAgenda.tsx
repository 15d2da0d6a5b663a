// Sends the saved agenda to the invitees. An ansvarsgruppemøte's agenda is due a number of days
// before the meeting (a municipality setting); sent later, it needs a reason, which is recorded
// and the meeting flagged.
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { apiErrorInfo, errorCode } from '../../../apollo/errors';
import { ActionError, ConfirmDialog, requiredTextRule, TextareaField } from '../../../components/form';
import type { MeetingDetailsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { SendAgendaMutation } from '../graphql/meeting';
import { TEXT_MAX } from '../meeting-form';

/** Past the date the agenda was due (only an ansvarsgruppemøte has one). */
export function isAgendaLate(meeting: Pick<MeetingDetailsFragment, 'type' | 'agendaDueBy'>, now = Date.now()): boolean {
  return meeting.type === 'RESPONSIBILITY_GROUP' && meeting.agendaDueBy !== null && now > Date.parse(meeting.agendaDueBy);
}

/** The server refused for want of a reason (its clock decides, not the device's). */
const asksForReason = (error: unknown) => errorCode(error) === 'BAD_USER_INPUT' && (apiErrorInfo(error)?.fields ?? []).some((field) => field.field === 'lateReason');

export function SendAgenda({ meeting, onReload }: { meeting: MeetingDetailsFragment; onReload: () => void }) {
  const { t, formatDateTime } = useI18n();
  const [send, { loading, error, reset }] = useMutation(SendAgendaMutation);
  const [asking, setAsking] = useState(false);
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    reset: resetForm,
    formState: { errors },
  } = useForm<{ lateReason: string }>({ defaultValues: { lateReason: '' } });

  const run = async (lateReason: string | null) => {
    setSent(false);
    try {
      await send({ variables: { meetingId: meeting.id, version: meeting.version, lateReason } });
      setAsking(false);
      resetForm();
      setSent(true);
    } catch (failure) {
      if (asksForReason(failure)) {
        reset();
        setAsking(true);
      }
    }
  };
  const confirm = handleSubmit(({ lateReason }) => run(lateReason.trim()));
  const empty = meeting.agenda.length === 0;

  return (
    <div className="app-stack">
      {sent && (
        <Alert data-color="success" role="status">
          {t('web.meeting.agenda.sentNow')}
        </Alert>
      )}
      {empty && <Paragraph data-size="sm">{t('web.meeting.agenda.addBeforeSend')}</Paragraph>}
      <div className="app-actions">
        <Button
          type="button"
          loading={loading && !asking}
          disabled={loading || empty}
          onClick={() => {
            reset();
            if (isAgendaLate(meeting)) setAsking(true);
            else void run(null);
          }}
        >
          {meeting.agendaSentAt ? t('web.meeting.agenda.sendAgain') : t('web.meeting.agenda.send')}
        </Button>
      </div>
      {!asking && <ActionError error={error} onReload={() => { reset(); onReload(); }} />}
      <ConfirmDialog
        open={asking}
        title={t('web.meeting.agenda.lateTitle')}
        confirm={t('web.meeting.agenda.lateConfirm')}
        loading={loading}
        error={error}
        onConfirm={confirm}
        onClose={() => {
          setAsking(false);
          reset();
        }}
      >
        <Paragraph>
          {meeting.agendaDueBy
            ? t('web.meeting.agenda.lateText', { at: formatDateTime(meeting.agendaDueBy) })
            : t('web.meeting.agenda.lateTextNoDate')}
        </Paragraph>
        <TextareaField
          label={t('web.meeting.agenda.lateReason')}
          required
          rows={3}
          error={errors.lateReason?.message}
          {...register('lateReason', requiredTextRule(t, TEXT_MAX))}
        />
      </ConfirmDialog>
    </div>
  );
}
