// The change form (endringsskjema) for a change of coordinator or a closing. It offers only the
// kinds that fit the person's situation today, checks what it can before sending (the server
// checks it all again), and asks for confirmation: each kind changes who has the person's case.
import { useMutation } from '@apollo/client/react';
import { Paragraph } from '@digdir/designsystemet-react';
import { osloToday } from '@samhandling/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ChoiceGroup, ConfirmDialog, FormActions, InputField, maxLengthRule, requiredTextRule, SelectField, setApiFieldErrors, TextareaField } from '../../../components/form';
import type { ChangeFormKind, ChangeFormReporter, ChangeFormSubjectQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { SubmitChangeFormMutation } from '../graphql/change-form';

const REASON_MAX = 2000;
const NAME_MAX = 200;

type Subject = ChangeFormSubjectQuery['changeFormSubject'];
type SubmittedKind = Extract<ChangeFormKind, 'CHANGE_OF_COORDINATOR' | 'CLOSING_COORDINATOR' | 'CLOSING_INDIVIDUAL_PLAN' | 'CLOSING_RESPONSIBILITY_GROUP'>;

interface FormValues {
  kind: SubmittedKind | '';
  assignmentId: string;
  /** `userId|unitId`: a coordinator is chosen together with the unit they would coordinate from. */
  candidate: string;
  newStartDate: string;
  effectiveDate: string;
  reason: string;
  reportedBy: ChangeFormReporter;
  reportedByName: string;
}

/** The kinds that can be reported now: a coordinator to hand over or end, an open plan, an active group. */
export function availableKinds(subject: Subject): SubmittedKind[] {
  const kinds: SubmittedKind[] = [];
  const open = subject.assignments.some((a) => a.endDate === null);
  if (open) kinds.push('CHANGE_OF_COORDINATOR');
  if (subject.openPlanId) kinds.push('CLOSING_INDIVIDUAL_PLAN');
  if (subject.activeGroupId) kinds.push('CLOSING_RESPONSIBILITY_GROUP');
  if (open) kinds.push('CLOSING_COORDINATOR');
  return kinds;
}

const REPORTERS: readonly ChangeFormReporter[] = ['PERSON', 'GUARDIAN', 'COORDINATOR', 'UNIT_LEADER', 'SERVICE_PROVIDER', 'OTHER'];

export function SubmitChangeForm({ subject, byKe, onDone }: { subject: Subject; byKe: boolean; onDone: (message: string) => void }) {
  const { t, formatDate } = useI18n();
  const [submit, { loading, error, reset: resetMutation }] = useMutation(SubmitChangeFormMutation);
  const [confirming, setConfirming] = useState<FormValues | null>(null);
  const [failed, setFailed] = useState(false);
  const kinds = availableKinds(subject);
  const openAssignments = subject.assignments.filter((a) => a.endDate === null);
  const defaultAssignment = openAssignments.find((a) => a.isViewer) ?? openAssignments[0];
  const today = osloToday();
  const {
    register,
    handleSubmit,
    setError,
    watch,
    getValues,
    formState: { errors },
  } = useForm<FormValues>({
    defaultValues: {
      kind: kinds.length === 1 ? kinds[0] : '',
      assignmentId: defaultAssignment?.id ?? '',
      candidate: '',
      newStartDate: today,
      effectiveDate: today,
      reason: '',
      reportedBy: 'PERSON',
      reportedByName: '',
    },
  });
  const kind = watch('kind');
  const isChange = kind === 'CHANGE_OF_COORDINATOR';
  const endsAssignment = isChange || kind === 'CLOSING_COORDINATOR';
  const isClosingNow = kind === 'CLOSING_INDIVIDUAL_PLAN' || kind === 'CLOSING_RESPONSIBILITY_GROUP';

  if (kinds.length === 0) return <Paragraph>{t('web.changeForm.nothingToChange')}</Paragraph>;

  const onSubmit = handleSubmit((values) => {
    setFailed(false);
    resetMutation();
    setConfirming(values);
  });

  const confirm = async () => {
    if (!confirming || !confirming.kind) return;
    const values = { ...confirming, kind: confirming.kind };
    const [newCoordinatorId, newUnitId] = values.candidate.split('|');
    const changing = values.kind === 'CHANGE_OF_COORDINATOR';
    try {
      const result = await submit({
        variables: {
          input: {
            personId: subject.person.id,
            kind: values.kind,
            effectiveDate: values.effectiveDate,
            reason: values.reason.trim(),
            reportedBy: values.reportedBy,
            reportedByName: values.reportedByName.trim() || null,
            assignmentId: changing || values.kind === 'CLOSING_COORDINATOR' ? values.assignmentId || null : null,
            newCoordinatorId: changing ? newCoordinatorId || null : null,
            newUnitId: changing ? newUnitId || null : null,
            newStartDate: changing ? values.newStartDate || null : null,
          },
        },
      });
      setConfirming(null);
      onDone(result.data?.submitChangeForm.registeredAt ? t('web.changeForm.sentByKe') : t('web.changeForm.sent'));
    } catch (failure) {
      setConfirming(null);
      const placed = setApiFieldErrors(failure, setError, (field) => {
        if (field === 'newCoordinatorId' || field === 'newUnitId') return 'candidate';
        return (['kind', 'assignmentId', 'newStartDate', 'effectiveDate', 'reason', 'reportedBy', 'reportedByName'] as const).find((name) => name === field) ?? null;
      }).placed;
      if (!placed) setFailed(true);
    }
  };

  const nameOf = (assignmentId: string) => subject.assignments.find((a) => a.id === assignmentId)?.coordinatorName ?? '';
  const candidateName = (value: string) => subject.candidates.find((c) => `${c.id}|${c.unit.id}` === value)?.name ?? '';
  const confirmText = (values: FormValues) =>
    values.kind
      ? t(`web.changeForm.confirm.${values.kind}`, {
          from: nameOf(values.assignmentId),
          to: candidateName(values.candidate),
          start: formatDate(values.newStartDate),
          end: formatDate(values.effectiveDate),
        })
      : '';

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.changeForm.newForm')}>
        <ChoiceGroup
          legend={t('web.changeForm.kind')}
          required
          options={kinds.map((value) => ({ value, label: t(`changeForm.kind.${value}`) }))}
          error={errors.kind?.message}
          {...register('kind', { required: t('changeForm.error.kind') })}
        />
        {endsAssignment && openAssignments.length > 1 && (
          <SelectField
            label={t('web.changeForm.assignment')}
            required
            options={openAssignments.map((a) => ({ value: a.id, label: `${a.coordinatorName}${a.unitName ? `, ${a.unitName}` : ''}` }))}
            error={errors.assignmentId?.message}
            {...register('assignmentId', { required: t('changeForm.error.chooseAssignment') })}
          />
        )}
        {isChange && (
          <>
            <SelectField
              label={t('web.changeForm.newCoordinator')}
              required
              placeholder={t('web.changeForm.chooseCoordinator')}
              options={subject.candidates
                .filter((c) => !openAssignments.some((a) => a.coordinatorId === c.id))
                .map((c) => ({ value: `${c.id}|${c.unit.id}`, label: t('web.changeForm.candidate', { name: c.name, unit: c.unit.name, count: c.caseload }) }))}
              error={errors.candidate?.message}
              {...register('candidate', { required: t('changeForm.error.newCoordinatorRequired') })}
            />
            <InputField
              label={t('web.changeForm.newStartDate')}
              description={t('web.changeForm.newStartHelp')}
              type="date"
              required
              error={errors.newStartDate?.message}
              {...register('newStartDate', {
                required: t('changeForm.error.newStartRequired'),
                validate: (value) => !value || !getValues('effectiveDate') || value <= getValues('effectiveDate') || t('changeForm.error.noOverlap'),
              })}
            />
          </>
        )}
        {kind && (
          <InputField
            label={endsAssignment ? t('web.changeForm.lastDay') : t('web.changeForm.closingDate')}
            type="date"
            required
            error={errors.effectiveDate?.message}
            {...register('effectiveDate', {
              required: t('validation.required'),
              validate: (value) => !isClosingNow || value <= today || t('changeForm.error.closingInFuture'),
            })}
          />
        )}
        <TextareaField label={t('web.changeForm.reason')} rows={3} required error={errors.reason?.message} {...register('reason', requiredTextRule(t, REASON_MAX))} />
        <SelectField
          label={t('web.changeForm.reportedBy')}
          required
          options={REPORTERS.map((value) => ({ value, label: t(`changeForm.reporter.${value}`) }))}
          error={errors.reportedBy?.message}
          {...register('reportedBy', { required: t('validation.required') })}
        />
        <InputField label={t('web.changeForm.reportedByName')} error={errors.reportedByName?.message} {...register('reportedByName', maxLengthRule(t, NAME_MAX))} />
        <FormActions submit={t('web.changeForm.submit')} color="danger" error={failed && error} />
      </form>
      <ConfirmDialog
        open={confirming !== null}
        title={t('web.changeForm.confirmTitle')}
        confirm={t('web.changeForm.confirmSend')}
        color="danger"
        loading={loading}
        onConfirm={confirm}
        onClose={() => setConfirming(null)}
      >
        <Paragraph>{confirming ? confirmText(confirming) : ''}</Paragraph>
        {byKe ? null : <Paragraph data-size="sm">{t('web.changeForm.intro')}</Paragraph>}
      </ConfirmDialog>
    </>
  );
}
