import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ChoiceGroup, FormActions, InputField, SelectField, setApiFieldErrors, TextareaField, requiredTextRule } from '../../../components/form';
import type { GoalKind, LifeArea, PlanEditorFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { AddGoalMutation } from '../graphql/editor';
import { LIFE_AREAS } from './GoalsEditor';

interface NewGoal {
  kind: GoalKind;
  lifeArea: LifeArea | '';
  description: string;
  parentGoalId: string;
  targetDate: string;
}

const EMPTY: NewGoal = { kind: 'LONG_TERM', lifeArea: '', description: '', parentGoalId: '', targetDate: '' };

/** A new goal: long-term, or short-term under a long-term goal; in a life area, with a target date. */
export function AddGoalForm({ planId, longTermGoals }: { planId: string; longTermGoals: PlanEditorFragment['goals'] }) {
  const { t } = useI18n();
  const [add, { loading, error, reset: resetMutation }] = useMutation(AddGoalMutation);
  const [added, setAdded] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    watch,
    setError,
    formState: { errors },
  } = useForm<NewGoal>({ defaultValues: EMPTY });
  const kind = watch('kind');
  const onSubmit = handleSubmit(async (values) => {
    setAdded(false);
    resetMutation();
    try {
      await add({
        variables: {
          planId,
          input: {
            kind: values.kind,
            lifeArea: values.lifeArea || null,
            description: values.description,
            parentGoalId: values.kind === 'SHORT_TERM' ? values.parentGoalId || null : null,
            targetDate: values.targetDate || null,
          },
        },
      });
    } catch (failure) {
      setApiFieldErrors(failure, setError, ['kind', 'lifeArea', 'description', 'parentGoalId', 'targetDate']);
      return;
    }
    reset({ ...EMPTY, kind: values.kind, parentGoalId: values.parentGoalId });
    setAdded(true);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.planEditor.goals.add')}>
      <ChoiceGroup
        legend={t('web.planEditor.goals.kind')}
        options={(['LONG_TERM', 'SHORT_TERM'] as const).map((value) => ({ value, label: t(`web.goalKind.${value}`) }))}
        error={errors.kind?.message}
        {...register('kind')}
      />
      <TextareaField
        label={t('web.planEditor.goals.description')}
        description={t('web.planEditor.goals.descriptionHelp')}
        required
        rows={3}
        error={errors.description?.message}
        {...register('description', requiredTextRule(t, 8000))}
      />
      <SelectField
        label={t('web.planEditor.goals.lifeArea')}
        placeholder={t('web.planEditor.goals.noLifeArea')}
        options={LIFE_AREAS.map((area) => ({ value: area, label: t(`web.lifeArea.${area}`) }))}
        error={errors.lifeArea?.message}
        {...register('lifeArea')}
      />
      {kind === 'SHORT_TERM' && longTermGoals.length > 0 ? (
        <SelectField
          label={t('web.planEditor.goals.parent')}
          placeholder={t('web.planEditor.goals.noParent')}
          options={longTermGoals.map((goal) => ({ value: goal.id, label: goal.description }))}
          error={errors.parentGoalId?.message}
          {...register('parentGoalId')}
        />
      ) : null}
      <InputField label={t('web.planEditor.goals.targetDate')} type="date" error={errors.targetDate?.message} {...register('targetDate')} />
      <FormActions submit={t('web.planEditor.goals.addSubmit')} loading={loading} error={error} success={added && t('web.planEditor.goals.added')} />
    </form>
  );
}
