import { useMutation } from '@apollo/client/react';
import { Button, Select, Textarea } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorState } from '../../../components/ErrorState';
import { useT } from '../../../i18n';
import { DelegateAppointmentMutation } from '../graphql/appointment';
import { FormField } from './FormField';
import { showFieldErrors } from './server-errors';

const NOTE_MAX = 1000;

interface FormValues {
  unitId: string;
  note: string;
}

/** KE leaves the choice of coordinator to a unit's leader, with an optional note. */
export function DelegateForm({
  referralId,
  units,
  onDone,
  onCancel,
}: {
  referralId: string;
  units: ReadonlyArray<{ id: string; name: string }>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [delegate, { loading, error }] = useMutation(DelegateAppointmentMutation);
  const [failed, setFailed] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<FormValues>({ defaultValues: { unitId: '', note: '' } });

  const onSubmit = handleSubmit(async ({ unitId, note }) => {
    setFailed(false);
    try {
      await delegate({ variables: { referralId, unitId, note: note.trim() || null } });
    } catch (failure) {
      if (!showFieldErrors(failure, setError, ['unitId', 'note'])) setFailed(true);
      return;
    }
    onDone();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.appointment.delegate')}>
      <FormField label={t('web.appointment.form.delegateUnit')} error={errors.unitId?.message}>
        {({ id, describedBy, invalid }) => (
          <Select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register('unitId', { required: t('web.appointment.form.chooseUnit') })}>
            <Select.Option value="">{t('web.appointment.form.chooseUnit')}</Select.Option>
            {units.map((unit) => (
              <Select.Option key={unit.id} value={unit.id}>
                {unit.name}
              </Select.Option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={t('web.appointment.form.note')} error={errors.note?.message}>
        {({ id, describedBy, invalid }) => (
          <Textarea
            id={id}
            rows={3}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register('note', { maxLength: { value: NOTE_MAX, message: t('validation.tooLong', { max: NOTE_MAX }) } })}
          />
        )}
      </FormField>
      {failed && error && <ErrorState error={error} title={t('web.error.actionFailed')} headingLevel={3} />}
      <div className="app-actions">
        <Button type="submit" loading={loading} disabled={loading}>
          {t('web.appointment.form.delegateSubmit')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
