// Transitions in the person's life (kindergarten, school, adult life, own home, work): each with
// its date, and marked when the responsibility group and the plan were reviewed for it. One that
// is near or past without a review says so.
import { useMutation } from '@apollo/client/react';
import { Button, Card, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ActionError, FormActions, InputField, maxLengthRule, SelectField, setApiFieldErrors, TextareaField } from '../../../components/form';
import { useFragment, type FragmentType } from '../../../gql';
import type { PlanTransitionsFragment as PlanTransitions, TransitionKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { AutosaveField } from '../editor/AutosaveField';
import { usePushUndo } from '../editor/SaveStatus';
import { useGuardedSave, versionOf } from '../editor/usePlanEditing';
import { AddTransitionMutation, MarkTransitionReviewedMutation, PlanTransitionsFragment, RemoveTransitionMutation, RestoreTransitionMutation } from './graphql';
import { RemovePart } from './RemovePart';
import { usePartEditing, type PartEditing } from './usePartEditing';

type Transition = PlanTransitions['transitions'][number];

export const TRANSITION_KINDS: TransitionKind[] = ['KINDERGARTEN', 'PRIMARY_SCHOOL', 'UPPER_SECONDARY', 'ADULT_LIFE', 'OWN_HOME', 'WORK', 'OTHER'];

export function TransitionsEditor(props: { plan: FragmentType<typeof PlanTransitionsFragment> }) {
  const plan = useFragment(PlanTransitionsFragment, props.plan);
  const { t } = useI18n();
  const editing = usePartEditing();
  const transitions = [...plan.transitions].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <div className="app-stack">
      <Paragraph data-size="sm">{t('web.planParts.transitions.intro')}</Paragraph>
      {transitions.length === 0 ? (
        <p className="app-muted">{t('web.planParts.transitions.none')}</p>
      ) : (
        <ul className="app-card-list">
          {transitions.map((transition) => (
            <li key={transition.id}>
              <TransitionCard transition={transition} editing={editing} />
            </li>
          ))}
        </ul>
      )}
      <Details>
        <Details.Summary>{t('web.planParts.transitions.add')}</Details.Summary>
        <Details.Content>
          <AddTransitionForm planId={plan.id} />
        </Details.Content>
      </Details>
    </div>
  );
}

function TransitionCard({ transition, editing }: { transition: Transition; editing: PartEditing }) {
  const { t, formatDate } = useI18n();
  const name = `${t(`transitionKind.${transition.kind}`)} ${formatDate(transition.date)}`;
  const key = (field: string) => `transition:${transition.id}:${field}`;
  return (
    <Card data-color={transition.reviewDue ? 'warning' : 'neutral'} variant={transition.reviewDue ? 'tinted' : 'default'} asChild>
      <article aria-label={name} className="app-stack" data-testid="transition-card">
        <div className="app-tags">
          <Heading level={3} data-size="2xs">
            {name}
          </Heading>
          {transition.reviewDue ? (
            <Tag data-size="sm" data-color="warning">
              {t('web.planParts.transitions.reviewDue')}
            </Tag>
          ) : null}
          {transition.reviewedAt ? (
            <Tag data-size="sm" data-color="success">
              {t('web.planParts.transitions.reviewed')}
            </Tag>
          ) : null}
        </div>
        <div className="app-inline-fields">
          <AutosaveField
            kind="select"
            draftKey={key('kind')}
            label={t('web.planParts.transitions.kind')}
            options={TRANSITION_KINDS.map((kind) => ({ value: kind, label: t(`transitionKind.${kind}`) }))}
            saved={transition.kind}
            version={transition.version}
            save={(value, version) => editing.transition(transition.id, { kind: value as TransitionKind }, version)}
          />
          <AutosaveField
            kind="date"
            draftKey={key('date')}
            label={t('web.planParts.transitions.date')}
            saved={transition.date}
            version={transition.version}
            save={(value, version) => editing.transition(transition.id, { date: value }, version)}
          />
        </div>
        <AutosaveField
          kind="textarea"
          draftKey={key('note')}
          label={t('web.planParts.note')}
          saved={transition.note ?? null}
          version={transition.version}
          maxLength={8000}
          save={(value, version) => editing.transition(transition.id, { note: value }, version)}
        />
        <ReviewedMark transition={transition} name={name} />
        <RemovePart
          kind="transitions"
          id={transition.id}
          version={transition.version}
          params={{ name }}
          remove={RemoveTransitionMutation}
          restore={RestoreTransitionMutation}
        />
      </article>
    </Card>
  );
}

/** Whether the group and the plan were reviewed for the transition; marked, or taken back, in one step. */
function ReviewedMark({ transition, name }: { transition: Transition; name: string }) {
  const { t, formatDate } = useI18n();
  const [mark, { loading, error, reset }] = useMutation(MarkTransitionReviewedMutation);
  const guarded = useGuardedSave();
  const pushUndo = usePushUndo();
  const send = async (reviewed: boolean, expectedVersion: number) => {
    const result = await guarded(() => mark({ variables: { transitionId: transition.id, expectedVersion, reviewed } }));
    return versionOf(result.data?.markTransitionReviewed.transitions, transition.id);
  };
  const onClick = async () => {
    reset();
    const reviewed = !transition.reviewedAt;
    try {
      const version = await send(reviewed, transition.version);
      if (reviewed) pushUndo({ label: t('web.planParts.transitions.reviewUndo', { name }), undo: () => send(false, version) });
    } catch {
      // Shown below the button.
    }
  };
  return (
    <div className="app-stack">
      <Paragraph data-size="sm">
        {transition.reviewedAt
          ? t('web.planParts.transitions.reviewedBy', { date: formatDate(transition.reviewedAt), name: transition.reviewedByName ?? '' })
          : t('web.planParts.transitions.notReviewed')}
      </Paragraph>
      <Button
        type="button"
        variant={transition.reviewedAt ? 'tertiary' : 'secondary'}
        data-size="sm"
        className="app-align-start"
        loading={loading}
        disabled={loading}
        onClick={() => void onClick()}
      >
        {t(transition.reviewedAt ? 'web.planParts.transitions.unmarkReviewed' : 'web.planParts.transitions.markReviewed')}
      </Button>
      <ActionError error={error} headingLevel={4} />
    </div>
  );
}

interface NewTransition {
  kind: TransitionKind | '';
  date: string;
  note: string;
}

const EMPTY: NewTransition = { kind: '', date: '', note: '' };

function AddTransitionForm({ planId }: { planId: string }) {
  const { t } = useI18n();
  const [add, { loading, error, reset: resetMutation }] = useMutation(AddTransitionMutation);
  const [added, setAdded] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<NewTransition>({ defaultValues: EMPTY });
  const onSubmit = handleSubmit(async (values) => {
    setAdded(false);
    resetMutation();
    try {
      await add({ variables: { planId, input: { kind: values.kind as TransitionKind, date: values.date, note: values.note || null } } });
    } catch (failure) {
      setApiFieldErrors(failure, setError, ['kind', 'date', 'note']);
      return;
    }
    reset(EMPTY);
    setAdded(true);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.planParts.transitions.add')}>
      <SelectField
        label={t('web.planParts.transitions.kind')}
        required
        placeholder={t('web.form.choose')}
        options={TRANSITION_KINDS.map((kind) => ({ value: kind, label: t(`transitionKind.${kind}`) }))}
        error={errors.kind?.message}
        {...register('kind', { required: t('web.form.chooseOne') })}
      />
      <InputField
        label={t('web.planParts.transitions.date')}
        type="date"
        required
        error={errors.date?.message}
        {...register('date', { required: t('web.form.dateRequired') })}
      />
      <TextareaField label={t('web.planParts.note')} error={errors.note?.message} {...register('note', maxLengthRule(t, 8000))} />
      <FormActions submit={t('web.planParts.transitions.addSubmit')} loading={loading} error={error} success={added && t('web.planParts.transitions.added')} />
    </form>
  );
}
