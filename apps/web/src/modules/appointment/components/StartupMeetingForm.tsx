import { useMutation } from '@apollo/client/react';
import { Button, Input } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorState } from '../../../components/ErrorState';
import { useT } from '../../../i18n';
import { PlanStartupMeetingMutation } from '../graphql/appointment';
import { FormField } from './FormField';
import { showFieldErrors } from './server-errors';

const LOCATION_MAX = 200;

interface FormValues {
  /** A datetime-local value: the device's time (in Norway, Norwegian time). */
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
      await plan({ variables: { referralId, startsAt: new Date(startsAt).toISOString(), location: location.trim() || null } });
    } catch (failure) {
      if (!showFieldErrors(failure, setError, ['startsAt', 'location'])) setFailed(true);
      return;
    }
    onDone();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.appointment.planStartup')}>
      <FormField label={t('web.appointment.form.startsAt')} error={errors.startsAt?.message}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            type="datetime-local"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register('startsAt', {
              required: t('validation.required'),
              validate: (value) => (new Date(value).getTime() > Date.now() ? true : t('web.appointment.form.startsAtFuture')),
            })}
          />
        )}
      </FormField>
      <FormField label={t('web.appointment.form.location')} error={errors.location?.message}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            type="text"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register('location', { maxLength: { value: LOCATION_MAX, message: t('validation.tooLong', { max: LOCATION_MAX }) } })}
          />
        )}
      </FormField>
      {failed && error && <ErrorState error={error} title={t('web.error.actionFailed')} headingLevel={3} />}
      <div className="app-actions">
        <Button type="submit" loading={loading} disabled={loading}>
          {t('web.appointment.form.startupSubmit')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
