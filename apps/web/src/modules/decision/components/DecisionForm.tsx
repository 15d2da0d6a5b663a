import { useMutation } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ChoiceGroup, ConfirmDialog, FormActions, maxLengthRule, setApiFieldErrors, TextareaField } from '../../../components/form';
import type { AssessmentProposal, DecisionOutcome, DecisionSectionFragment, RequestedService } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { MakeDecisionMutation } from '../graphql/decision';
import { fromBoolean, toBoolean } from '../form-values';

const REASONS_MAX = 8000;

type Grant = 'grantsCoordinator' | 'grantsIndividualPlan' | 'grantsChildCoordinator';
type Grants = Record<Grant, boolean>;

interface FormValues {
  outcome: '' | DecisionOutcome;
  /** The grants checked. */
  grants: Grant[];
  longTermNeed: '' | 'yes' | 'no';
  coordinatedServices: '' | 'yes' | 'no';
  reasons: string;
}

/** Whether a grant gives less than was asked for (a child coordinator answers a request for a coordinator). */
export function refusesPart(requested: RequestedService, grants: Grants): boolean {
  const coordinator = grants.grantsCoordinator || grants.grantsChildCoordinator;
  return (requested !== 'INDIVIDUAL_PLAN' && !coordinator) || (requested !== 'COORDINATOR' && !grants.grantsIndividualPlan);
}

const PROPOSED_GRANTS: Partial<Record<AssessmentProposal, Grant[]>> = {
  COORDINATOR: ['grantsCoordinator'],
  INDIVIDUAL_PLAN: ['grantsIndividualPlan'],
  BOTH: ['grantsCoordinator', 'grantsIndividualPlan'],
  CHILD_COORDINATOR: ['grantsChildCoordinator'],
};

function defaultsFrom(proposal: AssessmentProposal | null | undefined): Pick<FormValues, 'outcome' | 'grants'> {
  return { outcome: proposal === 'DENIAL' ? 'DENIED' : proposal ? 'GRANTED' : '', grants: (proposal && PROPOSED_GRANTS[proposal]) || [] };
}

const FORM_FIELDS = ['outcome', 'longTermNeed', 'coordinatedServices', 'reasons'] as const;
/** The API's field for each grant (`grantsCoordinator`, …) is the form's list of grants. */
const formFieldOf = (apiField: string) => (apiField.startsWith('grants') ? 'grants' : FORM_FIELDS.find((name) => name === apiField) ?? null);

/**
 * The decision on the referral: outcome, grants, the two criteria (from the assessment), and the
 * reasons when anything asked for is refused. It is made only after a confirmation: a decision
 * cannot be edited.
 */
export function DecisionForm({ referral, onDecided }: { referral: DecisionSectionFragment; onDecided: () => Promise<unknown> }) {
  const { t, formatDate } = useI18n();
  const [pending, setPending] = useState<FormValues | null>(null);
  const [made, setMade] = useState(false);
  const [makeDecision, { loading, error, reset: resetMutation }] = useMutation(MakeDecisionMutation);
  const { assessment, requested, person, appealPreview } = referral;
  const {
    register,
    handleSubmit,
    watch,
    setError,
    clearErrors,
    formState: { errors },
  } = useForm<FormValues>({
    defaultValues: {
      ...defaultsFrom(assessment?.proposal),
      longTermNeed: fromBoolean(assessment?.longTermNeed),
      coordinatedServices: fromBoolean(assessment?.coordinatedServices),
      reasons: '',
    },
  });
  const outcome = watch('outcome');
  const grantsOf = (values: FormValues): Grants => {
    const granted = (grant: Grant) => values.outcome === 'GRANTED' && values.grants.includes(grant);
    return {
      grantsCoordinator: granted('grantsCoordinator'),
      grantsIndividualPlan: granted('grantsIndividualPlan'),
      grantsChildCoordinator: granted('grantsChildCoordinator'),
    };
  };

  const onSubmit = handleSubmit((values) => {
    const grants = grantsOf(values);
    let valid = true;
    if (values.outcome === 'GRANTED' && !grants.grantsCoordinator && !grants.grantsIndividualPlan && !grants.grantsChildCoordinator) {
      setError('grants', { message: t('web.decision.grantsRequired') });
      valid = false;
    }
    if ((values.outcome === 'DENIED' || refusesPart(requested, grants)) && !values.reasons.trim()) {
      setError('reasons', { message: t('web.decision.reasonsRequired') });
      valid = false;
    }
    if (valid) {
      resetMutation();
      setPending(values);
    }
  });

  const confirm = async () => {
    if (!pending) return;
    const values = pending;
    try {
      await makeDecision({
        variables: {
          referralId: referral.id,
          input: {
            outcome: values.outcome as DecisionOutcome,
            ...grantsOf(values),
            longTermNeed: toBoolean(values.longTermNeed),
            coordinatedServices: toBoolean(values.coordinatedServices),
            reasons: values.reasons.trim() || null,
          },
        },
      });
    } catch (failure) {
      setPending(null);
      setApiFieldErrors(failure, setError, formFieldOf);
      return; // the message is shown from `error`
    }
    setPending(null);
    setMade(true);
    await onDecided();
  };

  const grantOptions: Array<{ value: Grant; label: string }> = [
    { value: 'grantsCoordinator', label: t('web.decision.grant.coordinator') },
    { value: 'grantsIndividualPlan', label: t('web.decision.grant.individualPlan') },
    ...(person.isChild ? [{ value: 'grantsChildCoordinator' as const, label: t('web.decision.grant.childCoordinator') }] : []),
  ];
  const yesNo = [
    { value: 'yes', label: t('web.decision.met') },
    { value: 'no', label: t('web.decision.notMet') },
  ];
  const criterion = { validate: (value: string) => value !== '' || t('web.decision.criterionRequired') };
  const summaryOf = (values: FormValues) => {
    const grants = grantsOf(values);
    const granted = grantOptions.filter((option) => grants[option.value]).map((option) => option.label);
    return t('web.decision.confirmSummary', {
      outcome: t(`web.decision.outcome.${values.outcome as DecisionOutcome}`),
      grants: granted.length > 0 ? granted.join(', ') : t('web.decision.nothingGranted'),
    });
  };

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="app-stack">
        <Paragraph>{t('web.decision.requested', { requested: t(`requested.${requested}`) })}</Paragraph>
        <ChoiceGroup
          legend={t('web.decision.outcome')}
          options={[
            { value: 'GRANTED', label: t('web.decision.outcome.GRANTED') },
            { value: 'DENIED', label: t('web.decision.outcome.DENIED') },
          ]}
          error={errors.outcome?.message}
          {...register('outcome', { required: t('web.decision.outcomeRequired') })}
        />
        {outcome === 'GRANTED' ? (
          <ChoiceGroup
            type="checkbox"
            legend={t('web.decision.grants')}
            options={grantOptions}
            error={errors.grants?.message}
            {...register('grants', { onChange: () => clearErrors('grants') })}
          />
        ) : null}
        <ChoiceGroup legend={t('web.decision.longTermNeed')} options={yesNo} error={errors.longTermNeed?.message} {...register('longTermNeed', criterion)} />
        <ChoiceGroup
          legend={t('web.decision.coordinatedServices')}
          options={yesNo}
          error={errors.coordinatedServices?.message}
          {...register('coordinatedServices', criterion)}
        />
        <TextareaField
          label={t('web.decision.reasons')}
          description={t('web.decision.reasonsHint')}
          rows={4}
          error={errors.reasons?.message}
          {...register('reasons', maxLengthRule(t, REASONS_MAX))}
        />
        {appealPreview ? (
          <Alert data-color="info">
            <Heading level={3} data-size="2xs">
              {t('web.decision.appealPreview')}
            </Heading>
            <Paragraph>{t('web.decision.appealDeadlineText', { date: formatDate(appealPreview.deadline), sendTo: appealPreview.sendTo })}</Paragraph>
            <Paragraph className="app-prewrap">{appealPreview.text}</Paragraph>
          </Alert>
        ) : null}
        <FormActions submit={t('web.decision.submit')} error={error} success={made && t('web.decision.made')} />
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={t('web.decision.confirmTitle')}
        confirm={t('web.decision.confirm')}
        loading={loading}
        onConfirm={confirm}
        onClose={() => setPending(null)}
      >
        {pending ? <Paragraph>{summaryOf(pending)}</Paragraph> : null}
        <Paragraph>{t('web.decision.confirmText')}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
