import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormActions, maxLengthRule, SelectField, setApiFieldErrors, TextareaField } from '../../../components/form';
import { useT } from '../../../i18n';
import { DelegateAppointmentMutation } from '../graphql/appointment';

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
      if (!setApiFieldErrors(failure, setError, ['unitId', 'note']).placed) setFailed(true);
      return;
    }
    onDone();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.appointment.delegate')}>
      <SelectField
        label={t('web.appointment.form.delegateUnit')}
        placeholder={t('web.appointment.form.chooseUnit')}
        options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        error={errors.unitId?.message}
        {...register('unitId', { required: t('web.appointment.form.chooseUnit') })}
      />
      <TextareaField
        label={t('web.appointment.form.note')}
        rows={3}
        error={errors.note?.message}
        {...register('note', maxLengthRule(t, NOTE_MAX))}
      />
      <FormActions submit={t('web.appointment.form.delegateSubmit')} loading={loading} error={failed && error} onCancel={onCancel} />
    </form>
  );
}
