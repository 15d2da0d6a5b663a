import { useMutation } from '@apollo/client/react';
import { Button, Dialog, Fieldset, Heading, Input, Paragraph, Radio, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import { osloToday } from '@samhandling/shared';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorState } from '../../../components/ErrorState';
import { useI18n } from '../../../i18n';
import { RegisterDeclineMutation } from '../graphql/appointment';
import { FormField } from './FormField';
import { showFieldErrors } from './server-errors';

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
  const legendId = useId();
  const kindErrorId = useId();
  const headingId = useId();
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
      if (!showFieldErrors(failure, setError, ['kind', 'reason', 'effectiveDate'])) setFailed(true);
      return;
    }
    setConfirming(null);
    onDone();
  };

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.appointment.decline')}>
        <Fieldset aria-labelledby={legendId} aria-describedby={errors.kind ? kindErrorId : undefined}>
          <Fieldset.Legend id={legendId}>{t('web.appointment.form.declineKind')}</Fieldset.Legend>
          <Radio
            value="DECLINED_COORDINATOR"
            label={t('web.appointment.form.declineCoordinator')}
            {...register('kind', { required: t('appointment.error.declineKind') })}
          />
          {canDeclinePlan && (
            <Radio
              value="DECLINED_INDIVIDUAL_PLAN"
              label={t('web.appointment.form.declinePlan')}
              {...register('kind', { required: t('appointment.error.declineKind') })}
            />
          )}
          {errors.kind?.message && <ValidationMessage id={kindErrorId}>{errors.kind.message}</ValidationMessage>}
        </Fieldset>
        <FormField label={t('web.appointment.form.declineReason')} error={errors.reason?.message}>
          {({ id, describedBy, invalid }) => (
            <Textarea
              id={id}
              rows={3}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register('reason', { maxLength: { value: REASON_MAX, message: t('validation.tooLong', { max: REASON_MAX }) } })}
            />
          )}
        </FormField>
        <FormField label={t('web.appointment.form.effectiveDate')} error={errors.effectiveDate?.message}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              type="date"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register('effectiveDate', { required: t('validation.required') })}
            />
          )}
        </FormField>
        {failed && error && <ErrorState error={error} title={t('web.error.actionFailed')} headingLevel={3} />}
        <div className="app-actions">
          <Button type="submit" data-color="danger">
            {t('web.appointment.form.declineSubmit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
      <Dialog open={confirming !== null} onClose={() => setConfirming(null)} closeButton={t('common.close')} aria-labelledby={headingId}>
        <Dialog.Block>
          <Heading level={2} data-size="xs" id={headingId}>
            {t('web.appointment.form.confirmTitle')}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <div className="app-stack">
            <Paragraph>
              {confirming?.kind === 'DECLINED_COORDINATOR'
                ? t('web.appointment.form.confirmCoordinator', { date: formatDate(confirming.effectiveDate) })
                : t('web.appointment.form.confirmPlan')}
            </Paragraph>
            <div className="app-actions">
              <Button type="button" data-color="danger" loading={loading} disabled={loading} onClick={() => void confirm()}>
                {t('web.appointment.form.confirm')}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setConfirming(null)}>
                {t('common.cancel')}
              </Button>
            </div>
          </div>
        </Dialog.Block>
      </Dialog>
    </>
  );
}
