import { useMutation, useQuery } from '@apollo/client/react';
import { Tag } from '@digdir/designsystemet-react';
import { osloToday } from '@samhandling/shared';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { CheckboxField, ChoiceGroup, FormActions, InputField, maxLengthRule, SelectField, setApiFieldErrors, TextareaField } from '../../../components/form';
import { LoadingState } from '../../../components/LoadingState';
import { useT } from '../../../i18n';
import { AppointCoordinatorMutation, CoordinatorCandidatesQuery } from '../graphql/appointment';

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
      if (!setApiFieldErrors(failure, setError, ['coordinatorId', 'unitId', 'wishDeviationReason', 'isChildCoordinator', 'startDate']).placed) setFailed(true);
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
      <SelectField
        label={t('web.appointment.form.unit')}
        placeholder={t('web.appointment.form.chooseUnit')}
        options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        error={errors.unitId?.message}
        {...register('unitId', {
          required: t('web.appointment.form.chooseUnit'),
          onChange: () => {
            setValue('coordinatorId', '');
            resetMutation();
          },
        })}
      />

      {unitId && (
        <ChoiceGroup
          legend={t('web.appointment.form.candidates')}
          options={inUnit.map((candidate) => ({
            value: candidate.id,
            label: candidate.name,
            description: (
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
            ),
          }))}
          error={errors.coordinatorId?.message}
          {...register('coordinatorId', { required: t('web.appointment.form.chooseCandidate') })}
        />
      )}

      {deviates && (
        <TextareaField
          label={t('web.appointment.form.reason')}
          description={t('web.appointment.form.reasonHelp', { wish })}
          rows={3}
          aria-required
          error={errors.wishDeviationReason?.message}
          {...register('wishDeviationReason', {
            validate: (value) => (deviates && !value.trim() ? t('appointment.error.wishDeviationReason') : true),
            ...maxLengthRule(t, REASON_MAX),
          })}
        />
      )}

      {isChild && (
        <CheckboxField label={t('web.appointment.form.childCoordinator')} error={errors.isChildCoordinator?.message} {...register('isChildCoordinator')} />
      )}

      <InputField
        label={t('web.appointment.form.startDate')}
        type="date"
        error={errors.startDate?.message}
        {...register('startDate', { required: t('validation.required') })}
      />

      <FormActions submit={t('web.appointment.form.submit')} loading={loading} error={failed && error} onCancel={onCancel} />
    </form>
  );
}
