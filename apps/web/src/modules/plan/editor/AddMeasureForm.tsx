import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormActions, InputField, maxLengthRule, SelectField, setApiFieldErrors, TextareaField, requiredTextRule } from '../../../components/form';
import { useI18n } from '../../../i18n';
import { AddMeasureMutation } from '../graphql/editor';
import { responsibleInput, type ResponsibleOption } from './MeasureCard';

interface NewMeasure {
  description: string;
  responsible: string;
  responsibleText: string;
  startDate: string;
  dueDate: string;
}

const EMPTY: NewMeasure = { description: '', responsible: '', responsibleText: '', startDate: '', dueDate: '' };

/** A new measure under a goal: what, who is responsible, from and to. The rest is edited on the measure. */
export function AddMeasureForm({ planId, goalId, responsibleOptions }: { planId: string; goalId: string; responsibleOptions: ResponsibleOption[] }) {
  const { t } = useI18n();
  const [add, { loading, error, reset: resetMutation }] = useMutation(AddMeasureMutation);
  const [added, setAdded] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    getValues,
    setError,
    formState: { errors },
  } = useForm<NewMeasure>({ defaultValues: EMPTY });
  const onSubmit = handleSubmit(async (values) => {
    setAdded(false);
    resetMutation();
    try {
      await add({
        variables: {
          planId,
          input: {
            goalId,
            description: values.description,
            ...responsibleInput(values.responsible || null),
            responsibleText: values.responsibleText || null,
            startDate: values.startDate || null,
            dueDate: values.dueDate || null,
          },
        },
      });
    } catch (failure) {
      setApiFieldErrors(failure, setError, (field) =>
        field === 'responsibleParticipantId' || field === 'responsibleUnitId' ? 'responsible' : (['description', 'responsibleText', 'startDate', 'dueDate'] as const).find((name) => name === field) ?? null,
      );
      return;
    }
    reset(EMPTY);
    setAdded(true);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.planEditor.measures.add')}>
      <TextareaField
        label={t('web.planEditor.measures.description')}
        required
        rows={2}
        error={errors.description?.message}
        {...register('description', requiredTextRule(t, 8000))}
      />
      <SelectField
        label={t('web.planEditor.measures.responsible')}
        placeholder={t('web.planEditor.measures.noResponsible')}
        options={responsibleOptions}
        error={errors.responsible?.message}
        {...register('responsible')}
      />
      <InputField label={t('web.planEditor.measures.responsibleText')} error={errors.responsibleText?.message} {...register('responsibleText', maxLengthRule(t, 200))} />
      <div className="app-inline-fields">
        <InputField label={t('web.planEditor.measures.startDate')} type="date" error={errors.startDate?.message} {...register('startDate')} />
        <InputField
          label={t('web.planEditor.measures.dueDate')}
          type="date"
          error={errors.dueDate?.message}
          {...register('dueDate', {
            validate: (value) => !value || !getValues('startDate') || value >= getValues('startDate') || t('plan.error.measureDates'),
          })}
        />
      </div>
      <FormActions submit={t('web.planEditor.measures.addSubmit')} loading={loading} error={error} success={added && t('web.planEditor.measures.added')} />
    </form>
  );
}
