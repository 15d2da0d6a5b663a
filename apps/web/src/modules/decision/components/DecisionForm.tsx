import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorState } from '../../../components/ErrorState';
import type { AssessmentProposal, DecisionOutcome, DecisionSectionFragment, RequestedService } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { MakeDecisionMutation } from '../graphql/decision';
import { ChoiceFieldset, fromBoolean, serverFieldErrors, TextField, toBoolean } from './FormFields';

const REASONS_MAX = 8000;

interface FormValues {
  outcome: '' | DecisionOutcome;
  grantsCoordinator: boolean;
  grantsIndividualPlan: boolean;
  grantsChildCoordinator: boolean;
  longTermNeed: '' | 'yes' | 'no';
  coordinatedServices: '' | 'yes' | 'no';
  reasons: string;
}

type Grants = Pick<FormValues, 'grantsCoordinator' | 'grantsIndividualPlan' | 'grantsChildCoordinator'>;

/** Whether a grant gives less than was asked for (a child coordinator answers a request for a coordinator). */
export function refusesPart(requested: RequestedService, grants: Grants): boolean {
  const coordinator = grants.grantsCoordinator || grants.grantsChildCoordinator;
  return (requested !== 'INDIVIDUAL_PLAN' && !coordinator) || (requested !== 'COORDINATOR' && !grants.grantsIndividualPlan);
}

function defaultsFrom(proposal: AssessmentProposal | null | undefined): Pick<FormValues, 'outcome'> & Grants {
  const grants = {
    grantsCoordinator: proposal === 'COORDINATOR' || proposal === 'BOTH',
    grantsIndividualPlan: proposal === 'INDIVIDUAL_PLAN' || proposal === 'BOTH',
    grantsChildCoordinator: proposal === 'CHILD_COORDINATOR',
  };
  return { outcome: proposal === 'DENIAL' ? 'DENIED' : proposal ? 'GRANTED' : '', ...grants };
}

const FORM_FIELDS = new Set(['outcome', 'longTermNeed', 'coordinatedServices', 'reasons']);

/**
 * The decision on the referral: outcome, grants, the two criteria (from the assessment), and the
 * reasons when anything asked for is refused. It is made only after a confirmation: a decision
 * cannot be edited.
 */
export function DecisionForm({ referral, onDecided }: { referral: DecisionSectionFragment; onDecided: () => Promise<unknown> }) {
  const { t, formatDate } = useI18n();
  const headingId = useId();
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
  const grantsOf = (values: FormValues): Grants =>
    values.outcome === 'GRANTED'
      ? { grantsCoordinator: values.grantsCoordinator, grantsIndividualPlan: values.grantsIndividualPlan, grantsChildCoordinator: values.grantsChildCoordinator }
      : { grantsCoordinator: false, grantsIndividualPlan: false, grantsChildCoordinator: false };

  const onSubmit = handleSubmit((values) => {
    const grants = grantsOf(values);
    let valid = true;
    if (values.outcome === 'GRANTED' && !grants.grantsCoordinator && !grants.grantsIndividualPlan && !grants.grantsChildCoordinator) {
      setError('grantsCoordinator', { message: t('web.decision.grantsRequired') });
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
      for (const [field, message] of serverFieldErrors(failure)) {
        if (FORM_FIELDS.has(field)) setError(field as keyof FormValues, { message });
        else if (field === 'grants' || field.startsWith('grants')) setError('grantsCoordinator', { message });
      }
      return; // the message is shown from `error`
    }
    setPending(null);
    setMade(true);
    await onDecided();
  };

  const grantOptions = [
    { value: 'grantsCoordinator', label: t('web.decision.grant.coordinator') },
    { value: 'grantsIndividualPlan', label: t('web.decision.grant.individualPlan') },
    ...(person.isChild ? [{ value: 'grantsChildCoordinator', label: t('web.decision.grant.childCoordinator') }] : []),
  ];
  const yesNo = [
    { value: 'yes', label: t('web.decision.met') },
    { value: 'no', label: t('web.decision.notMet') },
  ];
  const criterion = { validate: (value: string) => value !== '' || t('web.decision.criterionRequired') };
  const summaryOf = (values: FormValues) => {
    const grants = grantsOf(values);
    const granted = grantOptions.filter((option) => grants[option.value as keyof Grants]).map((option) => option.label);
    return t('web.decision.confirmSummary', {
      outcome: t(`web.decision.outcome.${values.outcome as DecisionOutcome}`),
      grants: granted.length > 0 ? granted.join(', ') : t('web.decision.nothingGranted'),
    });
  };

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="app-stack">
        <Paragraph>{t('web.decision.requested', { requested: t(`requested.${requested}`) })}</Paragraph>
        <ChoiceFieldset
          legend={t('web.decision.outcome')}
          options={[
            { value: 'GRANTED', label: t('web.decision.outcome.GRANTED') },
            { value: 'DENIED', label: t('web.decision.outcome.DENIED') },
          ]}
          registration={register('outcome', { required: t('web.decision.outcomeRequired') })}
          error={errors.outcome?.message}
        />
        {outcome === 'GRANTED' ? (
          <ChoiceFieldset
            type="checkbox"
            legend={t('web.decision.grants')}
            options={grantOptions}
            registration={grantOptions.map((option) => register(option.value as keyof Grants, { onChange: () => clearErrors('grantsCoordinator') }))}
            error={errors.grantsCoordinator?.message}
          />
        ) : null}
        <ChoiceFieldset legend={t('web.decision.longTermNeed')} options={yesNo} registration={register('longTermNeed', criterion)} error={errors.longTermNeed?.message} />
        <ChoiceFieldset
          legend={t('web.decision.coordinatedServices')}
          options={yesNo}
          registration={register('coordinatedServices', criterion)}
          error={errors.coordinatedServices?.message}
        />
        <TextField
          label={t('web.decision.reasons')}
          hint={t('web.decision.reasonsHint')}
          multiline
          registration={register('reasons', { maxLength: { value: REASONS_MAX, message: t('validation.tooLong', { max: REASONS_MAX }) } })}
          error={errors.reasons?.message}
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
        {error ? <ErrorState error={error} title={t('web.error.actionFailed')} headingLevel={3} /> : null}
        {made ? (
          <Alert data-color="success" role="status">
            {t('web.decision.made')}
          </Alert>
        ) : null}
        <div className="app-actions">
          <Button type="submit">{t('web.decision.submit')}</Button>
        </div>
      </form>
      <Dialog open={pending !== null} onClose={() => setPending(null)} closeButton={t('common.close')} aria-labelledby={headingId}>
        <Dialog.Block>
          <Heading level={2} data-size="xs" id={headingId}>
            {t('web.decision.confirmTitle')}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <div className="app-stack">
            {pending ? <Paragraph>{summaryOf(pending)}</Paragraph> : null}
            <Paragraph>{t('web.decision.confirmText')}</Paragraph>
            <div className="app-actions">
              <Button type="button" onClick={() => void confirm()} loading={loading} disabled={loading}>
                {t('web.decision.confirm')}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setPending(null)}>
                {t('common.cancel')}
              </Button>
            </div>
          </div>
        </Dialog.Block>
      </Dialog>
    </>
  );
}
