import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormActions, InputField, maxLengthRule, setApiFieldErrors } from '../../../components/form';
import { useT } from '../../../i18n';
import { fromLocalInput, isInFuture } from '../../../lib/time-input';
import { PlanStartupMeetingMutation } from '../graphql/appointment';

const LOCATION_MAX = 200;

interface FormValues {
  /** A datetime-local value: Norwegian time (lib/time-input.ts). */
  startsAt: string;
  location: string;
}

/** Plans the start-up meeting with the person: a time in the future and a place. */
export function StartupMeetingForm({ referralId, onDone, onCancel }: { referralId: string; onDone: () => void; onCancel: () => void }) {
  const t = useT();
  const [plan, { loading, error }] = useMutation(PlanStartupMeetingMutation);
  const [failed, setFailed] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<FormValues>({ defaultValues: { startsAt: '', location: '' } });

  const onSubmit = handleSubmit(async ({ startsAt, location }) => {
    setFailed(false);
    try {
      await plan({ variables: { referralId, startsAt: fromLocalInput(startsAt)!, location: location.trim() || null } });
    } catch (failure) {
      if (!setApiFieldErrors(failure, setError, ['startsAt', 'location']).placed) setFailed(true);
      return;
    }
    onDone();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.appointment.planStartup')}>
      <InputField
        label={t('web.appointment.form.startsAt')}
        type="datetime-local"
        error={errors.startsAt?.message}
        {...register('startsAt', {
          required: t('validation.required'),
          validate: (value) => (isInFuture(value) ? true : t('web.appointment.form.startsAtFuture')),
        })}
      />
      <InputField
        label={t('web.appointment.form.location')}
        type="text"
        error={errors.location?.message}
        {...register('location', maxLengthRule(t, LOCATION_MAX))}
      />
      <FormActions submit={t('web.appointment.form.startupSubmit')} loading={loading} error={failed && error} onCancel={onCancel} />
    </form>
  );
}
