import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Fieldset, Input, Radio, Select, Tag, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import { osloToday } from '@samhandling/shared';
import { useEffect, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { LoadingState } from '../../../components/LoadingState';
import { useT } from '../../../i18n';
import { AppointCoordinatorMutation, CoordinatorCandidatesQuery } from '../graphql/appointment';
import { FormField } from './FormField';
import { showFieldErrors } from './server-errors';

const REASON_MAX = 2000;

interface FormValues {
  unitId: string;
  coordinatorId: string;
  wishDeviationReason: string;
  isChildCoordinator: boolean;
  startDate: string;
}

/**
 * Choose a unit, then one of its coordinators (caseload and training shown), and appoint. A reason
 * is required when the chosen one is not the wished one; the child coordinator box only for a child.
 * A unit leader's list holds only the unit the case is left to (the API decides).
 */
export function AppointForm({
  referralId,
  wish,
  isChild,
  childCoordinatorOnly,
  onDone,
  onCancel,
}: {
  referralId: string;
  /** The wish as text ("Ingrid Solberg, Hjemmetjenesten"); null without one. */
  wish: string | null;
  isChild: boolean;
  childCoordinatorOnly: boolean;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const candidatesQuery = useQuery(CoordinatorCandidatesQuery, { variables: { referralId } });
  const [appoint, { loading, error, reset: resetMutation }] = useMutation(AppointCoordinatorMutation);
  const [failed, setFailed] = useState(false);
  const legendId = useId();
  const candidateErrorId = useId();
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    setError,
    formState: { errors },
  } = useForm<FormValues>({
    defaultValues: { unitId: '', coordinatorId: '', wishDeviationReason: '', isChildCoordinator: childCoordinatorOnly, startDate: osloToday() },
  });
  const candidates = useMemo(() => candidatesQuery.data?.coordinatorCandidates ?? [], [candidatesQuery.data]);
  const units = useMemo(() => {
    const byId = new Map(candidates.map((candidate) => [candidate.unit.id, candidate.unit.name]));
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }, [candidates]);
  const unitId = watch('unitId');
  const coordinatorId = watch('coordinatorId');
  const inUnit = candidates.filter((candidate) => candidate.unit.id === unitId);
  const chosen = inUnit.find((candidate) => candidate.id === coordinatorId);
  const deviates = wish !== null && chosen !== undefined && !chosen.matchesWish;

  // Start in the wished coordinator's unit, or the only unit there is.
  useEffect(() => {
    if (unitId || units.length === 0) return;
    const wished = candidates.find((candidate) => candidate.matchesWish)?.unit.id;
    const start = wished ?? (units.length === 1 ? units[0]!.id : '');
    if (start) setValue('unitId', start);
  }, [candidates, units, unitId, setValue]);

  const onSubmit = handleSubmit(async (values) => {
    setFailed(false);
    try {
      await appoint({
        variables: {
          referralId,
          input: {
            coordinatorId: values.coordinatorId,
            unitId: values.unitId,
            isChildCoordinator: isChild && values.isChildCoordinator,
            startDate: values.startDate,
            wishDeviationReason: deviates ? values.wishDeviationReason.trim() : null,
          },
        },
      });
    } catch (failure) {
      if (!showFieldErrors(failure, setError, ['coordinatorId', 'unitId', 'wishDeviationReason', 'isChildCoordinator', 'startDate'])) setFailed(true);
      return;
    }
    onDone();
  });

  if (!candidatesQuery.data) {
    return candidatesQuery.error ? (
      <ErrorState error={candidatesQuery.error} headingLevel={3} onRetry={() => void candidatesQuery.refetch()} />
    ) : (
      <LoadingState label={t('web.appointment.form.loadingCandidates')} lines={3} />
    );
  }
  if (candidates.length === 0) return <EmptyState>{t('web.appointment.form.noCandidates')}</EmptyState>;

  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.appointment.appoint')}>
      <FormField label={t('web.appointment.form.unit')} error={errors.unitId?.message}>
        {({ id, describedBy, invalid }) => (
          <Select
            id={id}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register('unitId', {
              required: t('web.appointment.form.chooseUnit'),
              onChange: () => {
                setValue('coordinatorId', '');
                resetMutation();
              },
            })}
          >
            <Select.Option value="">{t('web.appointment.form.chooseUnit')}</Select.Option>
            {units.map((unit) => (
              <Select.Option key={unit.id} value={unit.id}>
                {unit.name}
              </Select.Option>
            ))}
          </Select>
        )}
      </FormField>

      {unitId && (
        <Fieldset aria-labelledby={legendId} aria-describedby={errors.coordinatorId ? candidateErrorId : undefined}>
          <Fieldset.Legend id={legendId}>{t('web.appointment.form.candidates')}</Fieldset.Legend>
          {inUnit.map((candidate) => (
            <Radio
              key={candidate.id}
              value={candidate.id}
              label={candidate.name}
              description={
                <span className="app-tags">
                  {candidate.title && <span>{candidate.title}</span>}
                  <span>{t('web.appointment.form.caseload', { count: candidate.caseload })}</span>
                  <span>{candidate.hasTraining ? t('web.appointment.form.trained') : t('web.appointment.form.untrained')}</span>
                  {candidate.matchesWish && (
                    <Tag data-color="success" data-size="sm">
                      {t('web.appointment.form.wished')}
                    </Tag>
                  )}
                </span>
              }
              aria-invalid={errors.coordinatorId ? true : undefined}
              {...register('coordinatorId', { required: t('web.appointment.form.chooseCandidate') })}
            />
          ))}
          {errors.coordinatorId?.message && <ValidationMessage id={candidateErrorId}>{errors.coordinatorId.message}</ValidationMessage>}
        </Fieldset>
      )}

      {deviates && (
        <FormField
          label={t('web.appointment.form.reason')}
          description={t('web.appointment.form.reasonHelp', { wish })}
          error={errors.wishDeviationReason?.message}
        >
          {({ id, describedBy, invalid }) => (
            <Textarea
              id={id}
              rows={3}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              aria-required
              {...register('wishDeviationReason', {
                validate: (value) => (deviates && !value.trim() ? t('appointment.error.wishDeviationReason') : true),
                maxLength: { value: REASON_MAX, message: t('validation.tooLong', { max: REASON_MAX }) },
              })}
            />
          )}
        </FormField>
      )}

      {isChild && (
        <div className="app-field">
          <Checkbox
            label={t('web.appointment.form.childCoordinator')}
            aria-invalid={errors.isChildCoordinator ? true : undefined}
            {...register('isChildCoordinator')}
          />
          {errors.isChildCoordinator?.message && <ValidationMessage>{errors.isChildCoordinator.message}</ValidationMessage>}
        </div>
      )}

      <FormField label={t('web.appointment.form.startDate')} error={errors.startDate?.message}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            type="date"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register('startDate', { required: t('validation.required') })}
          />
        )}
      </FormField>

      {failed && error && <ErrorState error={error} title={t('web.error.actionFailed')} headingLevel={3} />}
      <div className="app-actions">
        <Button type="submit" loading={loading} disabled={loading}>
          {t('web.appointment.form.submit')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
