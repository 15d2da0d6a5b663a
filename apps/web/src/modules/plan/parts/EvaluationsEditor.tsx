// The plan's evaluations (seed 001, "Evaluering og oppfølging"): agreed for a date, then recorded
// as held with the answers to the four questions, the conclusion and what it decided for the goals
// and measures. An agreed one can be moved; a held one's answers corrected.
import { useMutation } from '@apollo/client/react';
import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormActions, InputField, setApiFieldErrors } from '../../../components/form';
import { LazyDetails } from '../../../components/LazyDetails';
import { useFragment, type FragmentType } from '../../../gql';
import type { EvaluationInput, PlanEditorFragment, PlanEvaluationsFragment as PlanEvaluations } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { AutosaveField } from '../editor/AutosaveField';
import { PlanEvaluationsFragment, RemoveEvaluationMutation, RestoreEvaluationMutation, ScheduleEvaluationMutation } from './graphql';
import { EVALUATION_ANSWERS, RecordEvaluationForm } from './RecordEvaluationForm';
import { RemovePart } from './RemovePart';
import { usePartEditing, type PartEditing } from './usePartEditing';

type Evaluation = PlanEvaluations['evaluations'][number];

const evaluationElementId = (id: string) => `evaluation-${id}`;

export function EvaluationsEditor(props: {
  plan: FragmentType<typeof PlanEvaluationsFragment>;
  goals: PlanEditorFragment['goals'];
  measures: PlanEditorFragment['measures'];
}) {
  const plan = useFragment(PlanEvaluationsFragment, props.plan);
  const { t, formatDate } = useI18n();
  const editing = usePartEditing();
  const [recorded, setRecorded] = useState<string | null>(null);
  const evaluations = [...plan.evaluations].sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor));
  const onRecorded = (evaluation: Evaluation, date: string) => {
    setRecorded(t('web.planParts.evaluations.recorded', { date: formatDate(date) }));
    // The form is gone with the evaluation held: the keyboard goes on from its card.
    requestAnimationFrame(() => document.getElementById(evaluationElementId(evaluation.id))?.focus());
  };
  return (
    <div className="app-stack">
      <Paragraph data-size="sm">{t('web.planParts.evaluations.intro')}</Paragraph>
      <Paragraph data-size="sm" role="status" className={recorded ? undefined : 'app-visually-hidden'}>
        {recorded}
      </Paragraph>
      {evaluations.length === 0 ? (
        <p className="app-muted">{t('web.planParts.evaluations.none')}</p>
      ) : (
        <ul className="app-card-list">
          {evaluations.map((evaluation) => (
            <li key={evaluation.id}>
              <EvaluationCard evaluation={evaluation} editing={editing} goals={props.goals} measures={props.measures} onRecorded={onRecorded} />
            </li>
          ))}
        </ul>
      )}
      <ScheduleEvaluationForm planId={plan.id} />
    </div>
  );
}

function EvaluationCard({
  evaluation,
  editing,
  goals,
  measures,
  onRecorded,
}: {
  evaluation: Evaluation;
  editing: PartEditing;
  goals: PlanEditorFragment['goals'];
  measures: PlanEditorFragment['measures'];
  onRecorded: (evaluation: Evaluation, date: string) => void;
}) {
  const { t, formatDate } = useI18n();
  const date = formatDate(evaluation.scheduledFor);
  const name = t('web.planParts.evaluations.heading', { date });
  const save = (field: keyof EvaluationInput) => (value: string | null, version: number) => editing.evaluation(evaluation.id, { [field]: value }, version);
  const dateField = (
    <AutosaveField
      kind="date"
      draftKey={`evaluation:${evaluation.id}:scheduledFor`}
      label={t('web.planParts.evaluations.date')}
      saved={evaluation.scheduledFor}
      version={evaluation.version}
      save={save('scheduledFor')}
    />
  );
  return (
    <Card data-color="neutral" asChild>
      <article aria-label={name} className="app-stack" id={evaluationElementId(evaluation.id)} tabIndex={-1} data-testid="evaluation-card">
        <div className="app-tags">
          <Heading level={3} data-size="2xs">
            {name}
          </Heading>
          <Tag data-size="sm" data-color={evaluation.heldAt ? 'success' : 'info'}>
            {t(evaluation.heldAt ? 'web.planParts.evaluations.held' : 'web.planParts.evaluations.scheduled')}
          </Tag>
        </div>
        {evaluation.heldAt ? (
          <>
            <Paragraph data-size="sm" className="app-muted">
              {t('web.planParts.evaluations.heldBy', { name: evaluation.evaluatedByName ?? '', date: formatDate(evaluation.heldAt) })}
            </Paragraph>
            <dl className="app-facts app-facts--stacked">
              {EVALUATION_ANSWERS.filter((field) => evaluation[field]).map((field) => (
                <div key={field}>
                  <dt>{t(`evaluation.question.${field}`)}</dt>
                  <dd className="app-prewrap">{evaluation[field]}</dd>
                </div>
              ))}
            </dl>
            <LazyDetails summary={t('web.planParts.evaluations.edit')}>
              {() => (
                <div className="app-stack">
                  {dateField}
                  {EVALUATION_ANSWERS.map((field) => (
                    <AutosaveField
                      key={field}
                      kind="textarea"
                      draftKey={`evaluation:${evaluation.id}:${field}`}
                      label={t(`evaluation.question.${field}`)}
                      saved={evaluation[field] ?? null}
                      version={evaluation.version}
                      maxLength={8000}
                      save={save(field)}
                    />
                  ))}
                </div>
              )}
            </LazyDetails>
          </>
        ) : (
          <>
            {dateField}
            <LazyDetails summary={t('web.planParts.evaluations.record')}>
              {() => <RecordEvaluationForm evaluation={evaluation} goals={goals} measures={measures} onRecorded={(held) => onRecorded(evaluation, held)} />}
            </LazyDetails>
          </>
        )}
        <RemovePart
          kind="evaluations"
          id={evaluation.id}
          version={evaluation.version}
          params={{ date }}
          remove={RemoveEvaluationMutation}
          restore={RestoreEvaluationMutation}
        />
      </article>
    </Card>
  );
}

function ScheduleEvaluationForm({ planId }: { planId: string }) {
  const { t } = useI18n();
  const [schedule, { loading, error, reset: resetMutation }] = useMutation(ScheduleEvaluationMutation);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<{ scheduledFor: string }>({ defaultValues: { scheduledFor: '' } });
  const onSubmit = handleSubmit(async ({ scheduledFor }) => {
    setDone(false);
    resetMutation();
    try {
      await schedule({ variables: { planId, scheduledFor } });
    } catch (failure) {
      setApiFieldErrors(failure, setError, ['scheduledFor']);
      return;
    }
    reset();
    setDone(true);
  });
  return (
    <LazyDetails summary={t('web.planParts.evaluations.schedule')}>
      {() => (
        <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.planParts.evaluations.schedule')}>
          <InputField
            label={t('web.planParts.evaluations.date')}
            type="date"
            required
            error={errors.scheduledFor?.message}
            {...register('scheduledFor', { required: t('web.form.dateRequired') })}
          />
          <FormActions submit={t('web.planParts.evaluations.scheduleSubmit')} loading={loading} error={error} success={done && t('web.planParts.evaluations.scheduledDone')} />
        </form>
      )}
    </LazyDetails>
  );
}
