import { useQuery } from '@apollo/client/react';
import { Fieldset } from '@digdir/designsystemet-react';
import { osloToday } from '@samhandling/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { CheckboxField, ChoiceGroup, errorList, FieldIdPrefix, FormActions, FormErrorSummary, InputField, TextareaField } from '../../../components/form';
import { LoadingState } from '../../../components/LoadingState';
import type { CreateReferralInput, IntakeActingForQuery as ActingForData, RequestedService } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { IntakeActingForQuery } from '../graphql/intake';
import { all, LIMITS, maxLength, needDescription, optional, required } from '../referral-rules';
import { ServicesToday, type ServiceRow } from './ServicesToday';
import { useSubmitReferral, type SubmittedReferral } from './submit-referral';

type ActedFor = ActingForData['actingFor'][number];

export interface CitizenReferralValues {
  personId: string;
  sourceName: string;
  requested: RequestedService;
  needDescription: string;
  currentServices: ServiceRow[];
  wishedCoordinator: string;
  consentToRefer: boolean;
}

const REQUESTED: RequestedService[] = ['BOTH', 'COORDINATOR', 'INDIVIDUAL_PLAN'];

/** The citizen form's values as the API's input. */
export function toCitizenInput(values: CitizenReferralValues, persons: readonly ActedFor[]): CreateReferralInput {
  const person = persons.find((p) => p.id === values.personId);
  return {
    personId: values.personId,
    sourceKind: person?.isSelf ? 'PERSON' : 'RELATIVE',
    sourceName: values.sourceName.trim(),
    channel: 'ELECTRONIC',
    requested: values.requested,
    needDescription: values.needDescription.trim(),
    currentServices: values.currentServices.map((row) => ({ service: row.service.trim(), provider: optional(row.provider) })),
    wishedCoordinator: optional(values.wishedCoordinator),
    consentToRefer: values.consentToRefer,
    consentForm: 'WRITTEN',
    consentDate: osloToday(),
  };
}

const isFormField = (name: string) =>
  /^(personId|sourceName|requested|needDescription|wishedCoordinator|consentToRefer)$/.test(name) ||
  /^currentServices\.\d+\.(service|provider)$/.test(name);

/**
 * A citizen's own referral, for themselves or a child they are guardian of: they report as the
 * person or as a relative, online (a written consent, given today by sending it), and say so
 * with a checkbox that must be ticked.
 */
export function CitizenReferralForm({ onSubmitted }: { onSubmitted: (referral: SubmittedReferral) => void }) {
  const t = useT();
  const { data, error, refetch } = useQuery(IntakeActingForQuery);
  if (!data) {
    return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState label={t('web.intake.loading')} lines={4} />;
  }
  if (data.actingFor.length === 0) return <EmptyState>{t('web.intake.citizen.noPersons')}</EmptyState>;
  return <CitizenForm persons={data.actingFor} onSubmitted={onSubmitted} />;
}

function CitizenForm({ persons, onSubmitted }: { persons: readonly ActedFor[]; onSubmitted: (referral: SubmittedReferral) => void }) {
  const t = useT();
  const self = persons.find((person) => person.isSelf);
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, submitCount },
  } = useForm<CitizenReferralValues>({
    defaultValues: {
      personId: persons[0]!.id,
      sourceName: self?.name ?? '',
      requested: 'BOTH',
      needDescription: '',
      currentServices: [],
      wishedCoordinator: '',
      consentToRefer: false,
    },
    shouldFocusError: false,
  });
  const { submit, loading, error, unplaced } = useSubmitReferral(setError, isFormField);
  const [showSummary, setShowSummary] = useState(0);
  const summary = [...errorList(errors), ...unplaced.map((field) => ({ name: field.field, message: field.message }))];

  const onSubmit = handleSubmit(
    async (values) => {
      const referral = await submit(toCitizenInput(values, persons));
      if (referral) onSubmitted(referral);
      else setShowSummary((n) => n + 1);
    },
    () => setShowSummary((n) => n + 1),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.intake.citizenTitle')}>
      <FieldIdPrefix prefix="referral">
        {submitCount > 0 && <FormErrorSummary focusKey={showSummary} errors={summary} />}

        {persons.length > 1 ? (
          <ChoiceGroup
            legend={t('web.intake.citizen.who')}
            error={errors.personId?.message}
            options={persons.map((person) => ({ value: person.id, label: person.isSelf ? t('web.intake.citizen.self') : person.name }))}
            {...register('personId')}
          />
        ) : null}

        <InputField
          label={t('web.intake.citizen.yourName')}
          required
          autoComplete="name"
          error={errors.sourceName?.message}
          {...register('sourceName', { validate: all(required(t), maxLength(t, LIMITS.text)) })}
        />

        <ChoiceGroup
          legend={t('web.intake.citizen.requested')}
          description={t('web.intake.citizen.requestedHelp')}
          error={errors.requested?.message}
          options={REQUESTED.map((value) => ({ value, label: t(`requested.${value}`) }))}
          {...register('requested')}
        />

        <TextareaField
          label={t('web.intake.citizen.needDescription')}
          description={t('web.intake.citizen.needDescriptionHelp')}
          required
          rows={6}
          error={errors.needDescription?.message}
          {...register('needDescription', { validate: needDescription(t) })}
        />

        <ServicesToday
          control={control}
          register={register}
          errors={errors}
          legend={t('web.intake.citizen.services')}
          description={t('web.intake.citizen.servicesHelp')}
        />

        <InputField
          label={t('web.intake.citizen.wish')}
          description={t('web.intake.citizen.wishHelp')}
          error={errors.wishedCoordinator?.message}
          {...register('wishedCoordinator', { validate: maxLength(t, LIMITS.text) })}
        />

        <Fieldset>
          <Fieldset.Legend>{t('web.intake.section.consent')}</Fieldset.Legend>
          <CheckboxField
            label={t('web.intake.citizen.consent')}
            description={t('web.intake.citizen.consentHelp')}
            error={errors.consentToRefer?.message}
            {...register('consentToRefer', { validate: (value) => (value ? undefined : t('validation.consentRequired')) })}
          />
        </Fieldset>

        <FormActions
          submit={loading ? t('web.intake.sending') : t('web.intake.citizen.submit')}
          loading={loading}
          error={error}
          errorTitle={t('web.intake.failed')}
          headingLevel={2}
        />
      </FieldIdPrefix>
    </form>
  );
}
