import { useMutation } from '@apollo/client/react';
import { Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { osloToday } from '@samhandling/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormActions, InputField, maxLengthRule, SelectField, setApiFieldErrors, TextareaField } from '../../../components/form';
import { useFragment, type FragmentType } from '../../../gql';
import type { AppealItemFragment as AppealData, AppealOutcome } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { pastDateRules } from '../form-values';
import { AppealItemFragment, DecisionDetailsFragment, RecordAppealOutcomeMutation, RegisterAppealMutation } from '../graphql/decision';

const OUTCOMES: AppealOutcome[] = ['UPHELD', 'REVERSED', 'SENT_TO_STATSFORVALTEREN'];
const TEXT_MAX = 8000;

/** The appeals against the decision, where each ended, and the forms to register one and its outcome. */
export function AppealsPanel(props: { decision: FragmentType<typeof DecisionDetailsFragment>; onSaved: () => Promise<unknown> }) {
  const decision = useFragment(DecisionDetailsFragment, props.decision);
  const { t } = useI18n();
  return (
    <div className="app-stack">
      <Heading level={3} data-size="xs">
        {t('web.appeal.title')}
      </Heading>
      {decision.appeals.length === 0 ? <Paragraph>{t('web.appeal.none')}</Paragraph> : null}
      {decision.appeals.length > 0 ? (
        <ul className="app-list">
          {decision.appeals.map((appeal) => (
            <AppealEntry key={appeal.id} appeal={appeal} onSaved={props.onSaved} />
          ))}
        </ul>
      ) : null}
      <Details>
        <Details.Summary>{t('web.appeal.register')}</Details.Summary>
        <Details.Content>
          <RegisterAppealForm decisionId={decision.id} appealDeadline={decision.appealDeadline} onSaved={props.onSaved} />
        </Details.Content>
      </Details>
    </div>
  );
}

function AppealEntry(props: { appeal: FragmentType<typeof AppealItemFragment>; onSaved: () => Promise<unknown> }) {
  const appeal = useFragment(AppealItemFragment, props.appeal);
  const { t, formatDate } = useI18n();
  const open = appeal.outcome === null || appeal.outcome === 'SENT_TO_STATSFORVALTEREN';
  return (
    <li className="app-list__item app-stack">
      <Paragraph>
        <strong>{t('web.appeal.item', { appellant: appeal.appellant, date: formatDate(appeal.receivedAt) })}</strong>{' '}
        {appeal.late ? (
          <Tag data-color="warning" data-size="sm">
            {t('web.appeal.late')}
          </Tag>
        ) : null}
      </Paragraph>
      {appeal.grounds ? <Paragraph className="app-prewrap">{appeal.grounds}</Paragraph> : null}
      <Paragraph>
        {appeal.outcome && appeal.outcomeDate
          ? t('web.appeal.outcomeLine', { outcome: t(`web.appeal.outcome.${appeal.outcome}`), date: formatDate(appeal.outcomeDate) })
          : t('web.appeal.pending')}
      </Paragraph>
      {appeal.outcomeNote ? <Paragraph className="app-prewrap">{appeal.outcomeNote}</Paragraph> : null}
      {open ? (
        <Details>
          <Details.Summary>{t('web.appeal.recordOutcomeFor', { appellant: appeal.appellant })}</Details.Summary>
          <Details.Content>
            <AppealOutcomeForm appeal={appeal} onSaved={props.onSaved} />
          </Details.Content>
        </Details>
      ) : null}
    </li>
  );
}

interface AppealValues {
  receivedAt: string;
  appellant: string;
  grounds: string;
}

function RegisterAppealForm({ decisionId, appealDeadline, onSaved }: { decisionId: string; appealDeadline: string | null; onSaved: () => Promise<unknown> }) {
  const { t, formatDate } = useI18n();
  const today = osloToday();
  const [saved, setSaved] = useState(false);
  const [registerAppeal, { loading, error, reset: resetMutation }] = useMutation(RegisterAppealMutation);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<AppealValues>({ defaultValues: { receivedAt: today, appellant: '', grounds: '' } });

  const reload = () => {
    resetMutation();
    void onSaved();
  };
  const onSubmit = handleSubmit(async ({ receivedAt, appellant, grounds }) => {
    setSaved(false);
    resetMutation();
    try {
      await registerAppeal({ variables: { decisionId, input: { receivedAt, appellant: appellant.trim(), grounds: grounds.trim() || null } } });
    } catch (failure) {
      setApiFieldErrors(failure, setError, ['receivedAt', 'appellant', 'grounds']);
      return;
    }
    reset();
    setSaved(true);
    await onSaved();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="app-stack">
      {appealDeadline ? <Paragraph data-size="sm">{t('web.appeal.deadlineNotice', { date: formatDate(appealDeadline) })}</Paragraph> : null}
      <InputField label={t('web.appeal.receivedAt')} type="date" max={today} error={errors.receivedAt?.message} {...register('receivedAt', pastDateRules(t, today))} />
      <InputField
        label={t('web.appeal.appellant')}
        error={errors.appellant?.message}
        {...register('appellant', {
          validate: (value) => value.trim() !== '' || t('web.appeal.appellantRequired'),
          ...maxLengthRule(t, 200),
        })}
      />
      <TextareaField
        label={t('web.appeal.grounds')}
        rows={4}
        error={errors.grounds?.message}
        {...register('grounds', maxLengthRule(t, TEXT_MAX))}
      />
      <FormActions
        submit={t('web.appeal.register')}
        variant="secondary"
        loading={loading}
        error={error}
        headingLevel={4}
        onReload={reload}
        success={saved && t('web.appeal.registered')}
      />
    </form>
  );
}

interface OutcomeValues {
  outcome: '' | AppealOutcome;
  outcomeDate: string;
  note: string;
}

function AppealOutcomeForm({ appeal, onSaved }: { appeal: AppealData; onSaved: () => Promise<unknown> }) {
  const { t } = useI18n();
  const today = osloToday();
  const [record, { loading, error, reset: resetMutation }] = useMutation(RecordAppealOutcomeMutation);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<OutcomeValues>({ defaultValues: { outcome: '', outcomeDate: today, note: appeal.outcomeNote ?? '' } });

  const reload = () => {
    resetMutation();
    void onSaved();
  };
  const onSubmit = handleSubmit(async ({ outcome, outcomeDate, note }) => {
    setSaved(false);
    resetMutation();
    try {
      await record({
        variables: { appealId: appeal.id, outcome: outcome as AppealOutcome, outcomeDate, note: note.trim() || null, expectedVersion: appeal.version },
      });
    } catch (failure) {
      setApiFieldErrors(failure, setError, ['outcomeDate', 'note', 'outcome']);
      return;
    }
    setSaved(true);
    await onSaved();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="app-stack">
      <SelectField
        label={t('web.appeal.outcomeLabel')}
        placeholder={t('web.form.choose')}
        options={OUTCOMES.map((value) => ({ value, label: t(`web.appeal.outcome.${value}`) }))}
        error={errors.outcome?.message}
        {...register('outcome', { required: t('web.form.chooseOne') })}
      />
      <InputField label={t('web.appeal.outcomeDate')} type="date" max={today} error={errors.outcomeDate?.message} {...register('outcomeDate', pastDateRules(t, today))} />
      <TextareaField
        label={t('web.appeal.note')}
        rows={4}
        error={errors.note?.message}
        {...register('note', maxLengthRule(t, 4000))}
      />
      <FormActions
        submit={t('web.appeal.recordOutcome')}
        variant="secondary"
        loading={loading}
        error={error}
        headingLevel={4}
        onReload={reload}
        success={saved && t('web.appeal.outcomeRecorded')}
      />
    </form>
  );
}
