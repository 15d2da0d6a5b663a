// Near the end of the plan period the coordinator decides: continue the plan into a new period
// (which then waits for the person's consent to it) or close it (a change form).
import { useMutation } from '@apollo/client/react';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { addYears, localDateAsUtcMidnight } from '@samhandling/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import { ConfirmDialog, FormActions, InputField, setApiFieldErrors } from '../../../components/form';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { changeFormPath } from '../../change-form/paths';

/** From this many days before the period ends, the editor asks the coordinator to decide. */
export const PERIOD_DECISION_DAYS = 60;

export const PlanPeriodDecisionFragment = graphql(`
  fragment PlanPeriodDecision on PlanView {
    id
    version
    status
    periodEnd
    periodEndsInDays
    person {
      id
    }
  }
`);

export const ContinuePlanPeriodMutation = graphql(`
  mutation ContinuePlanPeriod($planId: ID!, $expectedVersion: Int!, $periodEnd: LocalDate!) {
    continuePlanPeriod(planId: $planId, expectedVersion: $expectedVersion, periodEnd: $periodEnd) {
      id
      canEdit
      awaitingConsent
      ...PlanEditor
    }
  }
`);

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function PlanPeriodDecision(props: { plan: FragmentType<typeof PlanPeriodDecisionFragment> }) {
  const plan = useFragment(PlanPeriodDecisionFragment, props.plan);
  const { t, formatDate } = useI18n();
  const [continuePeriod, { loading, error, reset }] = useMutation(ContinuePlanPeriodMutation);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const currentEnd = plan.periodEnd;
  const { register, handleSubmit, setError, formState: { errors } } = useForm<{ periodEnd: string }>({
    defaultValues: { periodEnd: currentEnd ? isoDay(addYears(localDateAsUtcMidnight(currentEnd), 1)) : '' },
  });
  if (plan.status !== 'ACTIVE' || !currentEnd || plan.periodEndsInDays === null || plan.periodEndsInDays > PERIOD_DECISION_DAYS) return null;
  const onSubmit = handleSubmit(({ periodEnd }) => {
    setFailed(false);
    reset();
    setConfirming(periodEnd);
  });
  const confirm = async () => {
    if (!confirming) return;
    try {
      await continuePeriod({ variables: { planId: plan.id, expectedVersion: plan.version, periodEnd: confirming } });
    } catch (failure) {
      if (!setApiFieldErrors(failure, setError, ['periodEnd']).placed) setFailed(true);
    }
    setConfirming(null);
  };
  return (
    <Alert data-color="warning" className="app-stack" data-testid="plan-period-decision">
      <Heading level={3} data-size="xs">
        {t('web.planEditor.periodDecision.title')}
      </Heading>
      <Paragraph>{t('web.planEditor.periodDecision.explain', { date: formatDate(currentEnd), count: plan.periodEndsInDays })}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.planEditor.periodDecision.continue')}>
        <InputField
          label={t('web.planEditor.periodDecision.newEnd')}
          type="date"
          required
          error={errors.periodEnd?.message}
          {...register('periodEnd', {
            required: t('validation.required'),
            validate: (value) => value > currentEnd || t('web.planEditor.periodDecision.endBeforeStart'),
          })}
        />
        <FormActions submit={t('web.planEditor.periodDecision.continue')} error={failed && error} />
      </form>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={changeFormPath(plan.person.id)}>{t('web.planEditor.periodDecision.close')}</RouterLink>
        </Link>
      </Paragraph>
      <ConfirmDialog
        open={confirming !== null}
        title={t('web.planEditor.periodDecision.confirmTitle')}
        confirm={t('web.planEditor.periodDecision.confirm')}
        loading={loading}
        onConfirm={confirm}
        onClose={() => setConfirming(null)}
      >
        <Paragraph>{t('web.planEditor.periodDecision.confirmText', { end: formatDate(confirming) })}</Paragraph>
      </ConfirmDialog>
    </Alert>
  );
}
