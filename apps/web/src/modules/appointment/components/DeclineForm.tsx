import { useMutation } from '@apollo/client/react';
import { Paragraph } from '@digdir/designsystemet-react';
import { osloToday } from '@samhandling/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ChoiceGroup, ConfirmDialog, FormActions, InputField, maxLengthRule, setApiFieldErrors, TextareaField } from '../../../components/form';
import { useI18n } from '../../../i18n';
import { RegisterDeclineMutation } from '../graphql/appointment';

const REASON_MAX = 2000;

type DeclineKind = 'DECLINED_COORDINATOR' | 'DECLINED_INDIVIDUAL_PLAN';

interface FormValues {
  kind: DeclineKind | '';
  reason: string;
  effectiveDate: string;
}

/**
 * The person declines the coordinator or the plan: a change form registered at KE. The form is
 * confirmed in a dialog first, as declining the coordinator ends the coordinator and the case.
 */
export function DeclineForm({
  referralId,
  canDeclinePlan,
  onDone,
  onCancel,
}: {
  referralId: string;
  /** The decision grants an individual plan. */
  canDeclinePlan: boolean;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, formatDate } = useI18n();
  const [register_, { loading, error, reset: resetMutation }] = useMutation(RegisterDeclineMutation);
  const [confirming, setConfirming] = useState<FormValues | null>(null);
  const [failed, setFailed] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<FormValues>({ defaultValues: { kind: canDeclinePlan ? '' : 'DECLINED_COORDINATOR', reason: '', effectiveDate: osloToday() } });

  const onSubmit = handleSubmit((values) => {
    setFailed(false);
    resetMutation();
    setConfirming(values);
  });

  const confirm = async () => {
    if (!confirming || !confirming.kind) return;
    const values = confirming;
    try {
      await register_({
        variables: { referralId, kind: values.kind as DeclineKind, reason: values.reason.trim() || null, effectiveDate: values.effectiveDate },
      });
    } catch (failure) {
      setConfirming(null);
      if (!setApiFieldErrors(failure, setError, ['kind', 'reason', 'effectiveDate']).placed) setFailed(true);
      return;
    }
    setConfirming(null);
    onDone();
  };

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.appointment.decline')}>
        <ChoiceGroup
          legend={t('web.appointment.form.declineKind')}
          options={[
            { value: 'DECLINED_COORDINATOR', label: t('web.appointment.form.declineCoordinator') },
            ...(canDeclinePlan ? [{ value: 'DECLINED_INDIVIDUAL_PLAN', label: t('web.appointment.form.declinePlan') }] : []),
          ]}
          error={errors.kind?.message}
          {...register('kind', { required: t('appointment.error.declineKind') })}
        />
        <TextareaField
          label={t('web.appointment.form.declineReason')}
          rows={3}
          error={errors.reason?.message}
          {...register('reason', maxLengthRule(t, REASON_MAX))}
        />
        <InputField
          label={t('web.appointment.form.effectiveDate')}
          type="date"
          error={errors.effectiveDate?.message}
          {...register('effectiveDate', { required: t('validation.required') })}
        />
        <FormActions submit={t('web.appointment.form.declineSubmit')} color="danger" error={failed && error} onCancel={onCancel} />
      </form>
      <ConfirmDialog
        open={confirming !== null}
        title={t('web.appointment.form.confirmTitle')}
        confirm={t('web.appointment.form.confirm')}
        color="danger"
        loading={loading}
        onConfirm={confirm}
        onClose={() => setConfirming(null)}
      >
        <Paragraph>
          {confirming?.kind === 'DECLINED_COORDINATOR'
            ? t('web.appointment.form.confirmCoordinator', { date: formatDate(confirming.effectiveDate) })
            : t('web.appointment.form.confirmPlan')}
        </Paragraph>
      </ConfirmDialog>
    </>
  );
}
