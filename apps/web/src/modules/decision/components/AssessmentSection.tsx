import { useMutation, useQuery } from '@apollo/client/react';
import { useRefreshCase } from '../../case/useRefreshCase';
import { Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorState } from '../../../components/ErrorState';
import { ChoiceGroup, FormActions, maxLengthRule, SelectField, setApiFieldErrors, TextareaField } from '../../../components/form';
import { LoadingState } from '../../../components/LoadingState';
import { Section } from '../../../components/Section';
import { useFragment } from '../../../gql';
import type { AssessmentProposal, AssessmentSectionFragment as AssessmentData } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { AssessmentSectionFragment, AssessmentSectionQuery, SaveAssessmentMutation } from '../graphql/decision';
import { fromBoolean, toBoolean } from '../form-values';

const NOTE_MAX = 4000;
const PROPOSALS: AssessmentProposal[] = ['COORDINATOR', 'INDIVIDUAL_PLAN', 'BOTH', 'CHILD_COORDINATOR', 'DENIAL'];
const OPEN = new Set(['RECEIVED', 'IN_ASSESSMENT']);

interface FormValues {
  longTermNeed: '' | 'yes' | 'no';
  longTermNeedNote: string;
  coordinatedServices: '' | 'yes' | 'no';
  coordinatedServicesNote: string;
  proposal: '' | AssessmentProposal;
}

const FIELD_NAMES: Array<keyof FormValues> = ['longTermNeed', 'longTermNeedNote', 'coordinatedServices', 'coordinatedServicesNote', 'proposal'];

/** KE's assessment of the referral: the two criteria, each yes or no with a note, and a proposal. */
export function AssessmentSection({ referralId }: { referralId: string }) {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(AssessmentSectionQuery, { variables: { id: referralId } });
  const refresh = useRefreshCase();
  const referral = useFragment(AssessmentSectionFragment, data?.referral ?? null);
  return (
    <Section id="case-assessment" title={t('web.assessment.title')}>
      {referral ? (
        <AssessmentForm referral={referral} onSaved={refresh} />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} headingLevel={3} />
      ) : (
        <LoadingState label={t('web.assessment.loading')} lines={3} />
      )}
    </Section>
  );
}

function valuesOf(assessment: AssessmentData['assessment']): FormValues {
  return {
    longTermNeed: fromBoolean(assessment?.longTermNeed),
    longTermNeedNote: assessment?.longTermNeedNote ?? '',
    coordinatedServices: fromBoolean(assessment?.coordinatedServices),
    coordinatedServicesNote: assessment?.coordinatedServicesNote ?? '',
    proposal: assessment?.proposal ?? '',
  };
}

function AssessmentForm({ referral, onSaved }: { referral: AssessmentData; onSaved: () => Promise<unknown> }) {
  const { t, formatDateTime } = useI18n();
  const { assessment } = referral;
  const [save, { loading, error, reset: resetMutation }] = useMutation(SaveAssessmentMutation);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<FormValues>({ defaultValues: valuesOf(assessment) });

  // A newer version from the server (after a save or a refetch) becomes the form's starting point.
  useEffect(() => {
    reset(valuesOf(assessment));
  }, [assessment, reset]);

  if (!OPEN.has(referral.status)) {
    return (
      <>
        <Paragraph>{t('web.assessment.readOnly')}</Paragraph>
        {assessment ? <AssessmentSummary assessment={assessment} /> : <Paragraph>{t('web.assessment.none')}</Paragraph>}
      </>
    );
  }

  const yesNo = [
    { value: 'yes', label: t('web.common.yes') },
    { value: 'no', label: t('web.common.no') },
    { value: '', label: t('web.decision.notJudged') },
  ];
  const noteRules = maxLengthRule(t, NOTE_MAX);

  const reload = () => {
    resetMutation();
    void onSaved();
  };
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    resetMutation();
    try {
      await save({
        variables: {
          referralId: referral.id,
          expectedVersion: assessment?.version ?? null,
          input: {
            longTermNeed: toBoolean(values.longTermNeed),
            longTermNeedNote: values.longTermNeedNote.trim() || null,
            coordinatedServices: toBoolean(values.coordinatedServices),
            coordinatedServicesNote: values.coordinatedServicesNote.trim() || null,
            proposal: values.proposal || null,
          },
        },
      });
    } catch (failure) {
      setApiFieldErrors(failure, setError, FIELD_NAMES);
      return; // the message is shown from `error`
    }
    setSaved(true);
    await onSaved();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="app-stack">
      <Paragraph>{t('web.assessment.intro')}</Paragraph>
      <ChoiceGroup legend={t('web.assessment.longTermNeed')} options={yesNo} error={errors.longTermNeed?.message} {...register('longTermNeed')} />
      <TextareaField label={t('web.assessment.longTermNeedNote')} rows={4} error={errors.longTermNeedNote?.message} {...register('longTermNeedNote', noteRules)} />
      <ChoiceGroup legend={t('web.assessment.coordinatedServices')} options={yesNo} error={errors.coordinatedServices?.message} {...register('coordinatedServices')} />
      <TextareaField
        label={t('web.assessment.coordinatedServicesNote')}
        rows={4}
        error={errors.coordinatedServicesNote?.message}
        {...register('coordinatedServicesNote', noteRules)}
      />
      <SelectField
        label={t('web.assessment.proposal')}
        placeholder={t('web.assessment.proposal.NONE')}
        options={PROPOSALS.map((value) => ({ value, label: t(`web.assessment.proposal.${value}`) }))}
        error={errors.proposal?.message}
        {...register('proposal')}
      />
      {assessment?.assessedBy ? (
        <Paragraph data-size="sm" className="app-muted">
          {t('web.assessment.savedBy', { name: assessment.assessedBy.name, date: formatDateTime(assessment.updatedAt) })}
        </Paragraph>
      ) : null}
      <FormActions
        submit={t('web.assessment.save')}
        loading={loading}
        error={error}
        onReload={reload}
        success={saved && t('web.assessment.saved')}
      />
    </form>
  );
}

function AssessmentSummary({ assessment }: { assessment: NonNullable<AssessmentData['assessment']> }) {
  const { t } = useI18n();
  const judged = (value: boolean | null) => (value === null ? t('web.decision.notJudged') : value ? t('web.common.yes') : t('web.common.no'));
  return (
    <dl className="app-facts">
      <div>
        <dt>{t('web.assessment.longTermNeed')}</dt>
        <dd>
          {judged(assessment.longTermNeed)}
          {assessment.longTermNeedNote ? ` · ${assessment.longTermNeedNote}` : null}
        </dd>
      </div>
      <div>
        <dt>{t('web.assessment.coordinatedServices')}</dt>
        <dd>
          {judged(assessment.coordinatedServices)}
          {assessment.coordinatedServicesNote ? ` · ${assessment.coordinatedServicesNote}` : null}
        </dd>
      </div>
      <div>
        <dt>{t('web.assessment.proposal')}</dt>
        <dd>{t(`web.assessment.proposal.${assessment.proposal ?? 'NONE'}`)}</dd>
      </div>
    </dl>
  );
}
