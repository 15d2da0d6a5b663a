// Recording an agreed evaluation as held: the date, the answers to seed 001's four questions, the
// conclusion (required), and the new status of any goal or measure the evaluation decided on. It
// is one mutation: a goal or measure someone changed since the form was opened (CONFLICT) and
// nothing is saved; the form then starts again from the latest, keeping what was written.
import { useMutation } from '@apollo/client/react';
import { Fieldset } from '@digdir/designsystemet-react';
import { osloToday } from '@samhandling/shared';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import {
  errorList,
  FieldIdPrefix,
  FormActions,
  FormErrorSummary,
  InputField,
  maxLengthRule,
  requiredTextRule,
  SelectField,
  setApiFieldErrors,
  TextareaField,
} from '../../../components/form';
import type { GoalStatus, MeasureStatus, PlanEditorFragment, PlanEvaluationsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { useGuardedSave } from '../editor/usePlanEditing';
import { shortText } from '../short-text';
import { RecordEvaluationMutation } from './graphql';

type Evaluation = PlanEvaluationsFragment['evaluations'][number];
type Goal = PlanEditorFragment['goals'][number];
type Measure = PlanEditorFragment['measures'][number];

/** The four questions, then what changes; the order of the form and of a held evaluation. */
export const EVALUATION_ANSWERS = ['goalsReached', 'servicesWork', 'wayOfWorking', 'ownerExperience', 'conclusion'] as const;
const GOAL_STATUSES: GoalStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'REACHED', 'ABANDONED'];
const MEASURE_STATUSES: MeasureStatus[] = ['PLANNED', 'ONGOING', 'DONE', 'CANCELLED'];
const LONG_TEXT = 8000;

interface RecordValues {
  scheduledFor: string;
  goalsReached: string;
  servicesWork: string;
  wayOfWorking: string;
  ownerExperience: string;
  conclusion: string;
  goals: Array<{ status: GoalStatus }>;
  measures: Array<{ status: MeasureStatus }>;
}

/** What the form started from: the evaluation's version, and each goal's and measure's status and version. */
interface Start {
  version: number;
  goals: Array<Pick<Goal, 'id' | 'description' | 'status' | 'version'>>;
  measures: Array<Pick<Measure, 'id' | 'description' | 'status' | 'version'>>;
}

const byKindAndOrder = (a: Goal, b: Goal) => a.kind.localeCompare(b.kind) || a.sortOrder - b.sortOrder;

function startOf(evaluation: Evaluation, goals: readonly Goal[], measures: readonly Measure[]): Start {
  const order = [...goals].sort(byKindAndOrder);
  const goalIndex = (measure: Measure) => order.findIndex((goal) => goal.id === measure.goalId);
  return {
    version: evaluation.version,
    goals: order,
    measures: [...measures].sort((a, b) => goalIndex(a) - goalIndex(b) || a.sortOrder - b.sortOrder),
  };
}

/** The choice made for each item: kept where the user changed it, else the item's status now. */
function choices<T extends { id: string; status: string }>(now: readonly T[], before: readonly T[], chosen: ReadonlyArray<{ status: string }>) {
  return now.map((item) => {
    const index = before.findIndex((old) => old.id === item.id);
    const choice = index >= 0 ? chosen[index]?.status : undefined;
    return { status: (choice && choice !== before[index]!.status ? choice : item.status) as T['status'] };
  });
}

export function RecordEvaluationForm({
  evaluation,
  goals,
  measures,
  onRecorded,
}: {
  evaluation: Evaluation;
  goals: readonly Goal[];
  measures: readonly Measure[];
  onRecorded: (date: string) => void;
}) {
  const { t } = useI18n();
  const today = osloToday();
  const [start, setStart] = useState(() => startOf(evaluation, goals, measures));
  const [record, { loading, error, reset: resetMutation }] = useMutation(RecordEvaluationMutation);
  const guarded = useGuardedSave();
  const [failedSubmits, setFailedSubmits] = useState(0);
  const {
    register,
    handleSubmit,
    getValues,
    reset,
    setError,
    formState: { errors, submitCount },
  } = useForm<RecordValues>({
    defaultValues: {
      // Held on the agreed day, or today if that is still to come.
      scheduledFor: evaluation.scheduledFor <= today ? evaluation.scheduledFor : today,
      goalsReached: '',
      servicesWork: '',
      wayOfWorking: '',
      ownerExperience: '',
      conclusion: '',
      goals: start.goals.map(({ status }) => ({ status })),
      measures: start.measures.map(({ status }) => ({ status })),
    },
    shouldFocusError: false,
  });

  /** The API's field names as the form's: `input.conclusion`, `goalChanges.0` (the first change sent). */
  const fieldOf = (changed: { goals: number[]; measures: number[] }) => (apiField: string): Path<RecordValues> | null => {
    const change = /^(goal|measure)Changes\.(\d+)/.exec(apiField);
    if (change) {
      const list = change[1] === 'goal' ? 'goals' : 'measures';
      const index = changed[list][Number(change[2])];
      return index === undefined ? null : `${list}.${index}.status`;
    }
    return (['scheduledFor', ...EVALUATION_ANSWERS] as const).find((name) => name === apiField) ?? null;
  };

  const onSubmit = handleSubmit(
    async (values) => {
      resetMutation();
      const changedGoals = start.goals.flatMap((goal, index) => (values.goals[index]?.status !== goal.status ? [index] : []));
      const changedMeasures = start.measures.flatMap((measure, index) => (values.measures[index]?.status !== measure.status ? [index] : []));
      try {
        await guarded(() =>
          record({
            variables: {
              evaluationId: evaluation.id,
              expectedVersion: start.version,
              input: {
                scheduledFor: values.scheduledFor,
                ...Object.fromEntries(EVALUATION_ANSWERS.map((field) => [field, values[field].trim() || null])),
              },
              goalChanges: changedGoals.map((index) => ({ goalId: start.goals[index]!.id, expectedVersion: start.goals[index]!.version, status: values.goals[index]!.status })),
              measureChanges: changedMeasures.map((index) => ({
                measureId: start.measures[index]!.id,
                expectedVersion: start.measures[index]!.version,
                status: values.measures[index]!.status,
              })),
            },
          }),
        );
      } catch (failure) {
        setApiFieldErrors(failure, setError, fieldOf({ goals: changedGoals, measures: changedMeasures }));
        setFailedSubmits((count) => count + 1);
        return;
      }
      onRecorded(values.scheduledFor);
    },
    () => setFailedSubmits((count) => count + 1),
  );

  // After CONFLICT the plan was read again: start from the versions it has now, keep what was written and chosen.
  const startAgain = () => {
    const next = startOf(evaluation, goals, measures);
    const values = getValues();
    reset({ ...values, goals: choices(next.goals, start.goals, values.goals), measures: choices(next.measures, start.measures, values.measures) });
    setStart(next);
    resetMutation();
  };

  const summary = errorList(errors);
  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.planParts.evaluations.record')}>
      <FieldIdPrefix prefix={`record-${evaluation.id}`}>
        {submitCount > 0 && <FormErrorSummary errors={summary} focusKey={failedSubmits} />}
        <InputField
          label={t('web.planParts.evaluations.date')}
          type="date"
          max={today}
          required
          error={errors.scheduledFor?.message}
          {...register('scheduledFor', { required: t('web.form.dateRequired'), validate: (value) => value <= today || t('web.form.dateInFuture') })}
        />
        {EVALUATION_ANSWERS.map((field) => (
          <TextareaField
            key={field}
            label={t(`evaluation.question.${field}`)}
            required={field === 'conclusion'}
            rows={3}
            error={errors[field]?.message}
            {...register(field, field === 'conclusion' ? requiredTextRule(t, LONG_TEXT) : maxLengthRule(t, LONG_TEXT))}
          />
        ))}
        {start.goals.length + start.measures.length > 0 ? (
          <Fieldset>
            <Fieldset.Legend>{t('web.planParts.evaluations.changes')}</Fieldset.Legend>
            <Fieldset.Description>{t('web.planParts.evaluations.changesHelp')}</Fieldset.Description>
            <div className="app-inline-fields app-inline-fields--end">
              {start.goals.map((goal, index) => (
                <SelectField
                  key={goal.id}
                  label={t('web.planParts.evaluations.goal', { name: shortText(goal.description) })}
                  options={GOAL_STATUSES.map((status) => ({ value: status, label: t(`goalStatus.${status}`) }))}
                  error={errors.goals?.[index]?.status?.message}
                  {...register(`goals.${index}.status`)}
                />
              ))}
            </div>
            <div className="app-inline-fields app-inline-fields--end">
              {start.measures.map((measure, index) => (
                <SelectField
                  key={measure.id}
                  label={t('web.planParts.evaluations.measure', { name: shortText(measure.description) })}
                  options={MEASURE_STATUSES.map((status) => ({ value: status, label: t(`measureStatus.${status}`) }))}
                  error={errors.measures?.[index]?.status?.message}
                  {...register(`measures.${index}.status`)}
                />
              ))}
            </div>
          </Fieldset>
        ) : null}
        <FormActions submit={t('web.planParts.evaluations.recordSubmit')} loading={loading} error={error} onReload={startAgain} />
      </FieldIdPrefix>
    </form>
  );
}
