import { useQuery } from '@apollo/client/react';
import { Fieldset } from '@digdir/designsystemet-react';
import { osloToday } from '@samhandling/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorState } from '../../../components/ErrorState';
import { CheckboxField, ChoiceGroup, errorList, FieldIdPrefix, FormActions, FormErrorSummary, InputField, SelectField, TextareaField } from '../../../components/form';
import type { Channel, ConsentForm, CreateReferralInput, ReferralSourceKind, RequestedService, Role } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { IntakeUnitsQuery } from '../graphql/intake';
import {
  all,
  LIMITS,
  maxLength,
  nationalId,
  needDescription,
  notAfterToday,
  optional,
  required,
  validDate,
} from '../referral-rules';
import { PersonPicker } from './PersonPicker';
import { ServicesToday, type ServiceRow } from './ServicesToday';
import { useSubmitReferral, type SubmittedReferral } from './submit-referral';

const SOURCE_KINDS: ReferralSourceKind[] = ['PERSON', 'RELATIVE', 'MUNICIPAL_PROVIDER', 'GP', 'HOSPITAL', 'OTHER'];
const CHANNELS: Channel[] = ['ORAL', 'WRITTEN', 'ELECTRONIC'];
const REQUESTED: RequestedService[] = ['BOTH', 'COORDINATOR', 'INDIVIDUAL_PLAN'];
const CONSENT_FORMS: ConsentForm[] = ['ORAL', 'WRITTEN'];

export interface StaffReferralValues {
  personMode: 'existing' | 'new';
  personId: string;
  newPerson: {
    firstName: string;
    lastName: string;
    nationalId: string;
    born: 'born' | 'unborn';
    dateOfBirth: string;
    expectedBirthDate: string;
    parentName: string;
    parentPhone: string;
  };
  sourceKind: ReferralSourceKind | '';
  sourceName: string;
  sourceOrganisation: string;
  reporterCapacity: string;
  sourceUnitId: string;
  channel: Channel;
  requested: RequestedService;
  needDescription: string;
  currentServices: ServiceRow[];
  wishedCoordinator: string;
  wishedUnitId: string;
  consentToRefer: boolean;
  consentForm: ConsentForm | '';
  consentDate: string;
  consentHeardBy: string;
  isInpatient: boolean;
  plannedDischargeDate: string;
}

/** Who usually reports from each staff role, as the form's first choice. */
const DEFAULT_SOURCE: Partial<Record<Role, ReferralSourceKind>> = {
  UNIT_LEADER: 'MUNICIPAL_PROVIDER',
  COORDINATOR: 'MUNICIPAL_PROVIDER',
  SERVICE_PROVIDER: 'MUNICIPAL_PROVIDER',
};

function defaults(role: Role): StaffReferralValues {
  return {
    personMode: 'existing',
    personId: '',
    newPerson: { firstName: '', lastName: '', nationalId: '', born: 'born', dateOfBirth: '', expectedBirthDate: '', parentName: '', parentPhone: '' },
    sourceKind: DEFAULT_SOURCE[role] ?? '',
    sourceName: '',
    sourceOrganisation: '',
    reporterCapacity: '',
    sourceUnitId: '',
    // KE also registers what it is told on the phone or at the desk.
    channel: role === 'SYSTEM_COORDINATOR' ? 'ORAL' : 'ELECTRONIC',
    requested: 'BOTH',
    needDescription: '',
    currentServices: [],
    wishedCoordinator: '',
    wishedUnitId: '',
    consentToRefer: false,
    consentForm: '',
    consentDate: osloToday(),
    consentHeardBy: '',
    isInpatient: false,
    plannedDischargeDate: '',
  };
}

/** The form's values as the API's input: one of person or new person, optional texts as null. */
export function toStaffInput(values: StaffReferralValues): CreateReferralInput {
  const person = values.newPerson;
  const unborn = person.born === 'unborn';
  return {
    ...(values.personMode === 'existing'
      ? { personId: values.personId }
      : {
          newPerson: {
            firstName: person.firstName.trim(),
            lastName: person.lastName.trim(),
            nationalId: unborn ? null : optional(person.nationalId),
            dateOfBirth: unborn ? null : person.dateOfBirth || null,
            expectedBirthDate: unborn ? person.expectedBirthDate || null : null,
            parent: unborn ? { name: person.parentName.trim(), phone: optional(person.parentPhone) } : null,
          },
        }),
    sourceKind: values.sourceKind as ReferralSourceKind,
    sourceName: values.sourceName.trim(),
    sourceOrganisation: optional(values.sourceOrganisation),
    reporterCapacity: optional(values.reporterCapacity),
    sourceUnitId: values.sourceUnitId || null,
    channel: values.channel,
    requested: values.requested,
    needDescription: values.needDescription.trim(),
    currentServices: values.currentServices.map((row) => ({ service: row.service.trim(), provider: optional(row.provider) })),
    wishedCoordinator: optional(values.wishedCoordinator),
    wishedUnitId: values.wishedUnitId || null,
    consentToRefer: values.consentToRefer,
    consentForm: values.consentForm || null,
    consentDate: values.consentDate || null,
    consentHeardBy: optional(values.consentHeardBy),
    isInpatient: values.isInpatient,
    plannedDischargeDate: values.isInpatient ? values.plannedDischargeDate || null : null,
  };
}

/** The fields the form has, for the API's field messages (the search fields are not sent). */
const isFormField = (name: string) =>
  /^(personId|sourceKind|sourceName|sourceOrganisation|reporterCapacity|sourceUnitId|channel|requested|needDescription|wishedCoordinator|wishedUnitId|consentToRefer|consentForm|consentDate|consentHeardBy|plannedDischargeDate)$/.test(name) ||
  /^newPerson\.(firstName|lastName|nationalId|dateOfBirth|expectedBirthDate|parentName|parentPhone)$/.test(name) ||
  /^currentServices\.\d+\.(service|provider)$/.test(name);

/**
 * The staff form "Melding om behov for koordinerte tjenester / IP / koordinator": the person
 * (registered, or new), who reports and how, what is asked for and why, services today, the
 * wish for a coordinator, consent, and an inpatient's discharge. Checked here by the API's rules.
 */
export function ReferralForm({ role, onSubmitted }: { role: Role; onSubmitted: (referral: SubmittedReferral) => void }) {
  const t = useT();
  const units = useQuery(IntakeUnitsQuery);
  const {
    register,
    handleSubmit,
    control,
    watch,
    setError,
    getValues,
    formState: { errors, submitCount },
  } = useForm<StaffReferralValues>({ defaultValues: defaults(role), shouldFocusError: false });
  const { submit, loading, error, unplaced } = useSubmitReferral(setError, isFormField);
  const [showSummary, setShowSummary] = useState(0);

  const personMode = watch('personMode');
  const born = watch('newPerson.born');
  const isInpatient = watch('isInpatient');
  const consentToRefer = watch('consentToRefer');

  const summary = [...errorList(errors), ...unplaced.map((field) => ({ name: field.field, message: field.message }))];

  // Without a search answer there is no radio button to check, so the rule is checked here too.
  const personChosen = () => {
    if (getValues('personMode') !== 'existing' || getValues('personId')) return true;
    setError('personId', { type: 'required', message: t('validation.personRequired') });
    setShowSummary((n) => n + 1);
    return false;
  };

  const onSubmit = handleSubmit(
    async (values) => {
      if (!personChosen()) return;
      const referral = await submit(toStaffInput(values));
      if (referral) onSubmitted(referral);
      else setShowSummary((n) => n + 1);
    },
    () => {
      personChosen();
      setShowSummary((n) => n + 1);
    },
  );

  const unitOptions = (units.data?.units ?? []).map((unit) => ({ value: unit.id, label: unit.name }));
  const noUnit = units.loading ? t('web.intake.unitsLoading') : t('web.intake.noUnit');
  const todayRule = (key: Parameters<typeof notAfterToday>[1]) => all(validDate(t), notAfterToday(t, key));

  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.intake.title')}>
      <FieldIdPrefix prefix="referral">
        {submitCount > 0 && <FormErrorSummary focusKey={showSummary} errors={summary} />}

        <Fieldset>
          <Fieldset.Legend>{t('web.intake.section.person')}</Fieldset.Legend>
          <ChoiceGroup
            legend={t('web.intake.person.mode')}
            options={[
              { value: 'existing', label: t('web.intake.person.existing') },
              { value: 'new', label: t('web.intake.person.new') },
            ]}
            {...register('personMode')}
          />
          {personMode === 'existing' ? (
            <PersonPicker
              registration={register('personId', {
                validate: (value) => (getValues('personMode') === 'existing' && !value ? t('validation.personRequired') : undefined),
              })}
              error={errors.personId?.message}
            />
          ) : (
            <div className="app-stack">
              <InputField
                label={t('web.intake.firstName')}
                required
                autoComplete="off"
                error={errors.newPerson?.firstName?.message}
                {...register('newPerson.firstName', { validate: all(required(t), maxLength(t, LIMITS.name)) })}
              />
              <InputField
                label={t('web.intake.lastName')}
                required
                autoComplete="off"
                error={errors.newPerson?.lastName?.message}
                {...register('newPerson.lastName', { validate: all(required(t), maxLength(t, LIMITS.name)) })}
              />
              <ChoiceGroup
                legend={t('web.intake.birth')}
                options={[
                  { value: 'born', label: t('web.intake.birth.born') },
                  { value: 'unborn', label: t('web.intake.birth.unborn') },
                ]}
                {...register('newPerson.born')}
              />
              {born === 'born' ? (
                <>
                  <InputField
                    label={t('web.intake.dateOfBirth')}
                    type="date"
                    required
                    error={errors.newPerson?.dateOfBirth?.message}
                    {...register('newPerson.dateOfBirth', {
                      validate: all(required(t, 'validation.birthDateRequired'), todayRule('validation.dateOfBirthInFuture')),
                    })}
                  />
                  <InputField
                    label={t('web.intake.nationalId')}
                    description={t('web.intake.nationalIdHelp')}
                    inputMode="numeric"
                    autoComplete="off"
                    error={errors.newPerson?.nationalId?.message}
                    {...register('newPerson.nationalId', { validate: nationalId(t, () => getValues('newPerson.dateOfBirth')) })}
                  />
                </>
              ) : (
                <>
                  <InputField
                    label={t('web.intake.expectedBirthDate')}
                    type="date"
                    required
                    error={errors.newPerson?.expectedBirthDate?.message}
                    {...register('newPerson.expectedBirthDate', { validate: all(required(t, 'validation.birthDateRequired'), validDate(t)) })}
                  />
                  <InputField
                    label={t('web.intake.parentName')}
                    required
                    autoComplete="off"
                    error={errors.newPerson?.parentName?.message}
                    {...register('newPerson.parentName', { validate: all(required(t, 'validation.parentRequired'), maxLength(t, LIMITS.text)) })}
                  />
                  <InputField
                    label={t('web.intake.parentPhone')}
                    type="tel"
                    autoComplete="off"
                    error={errors.newPerson?.parentPhone?.message}
                    {...register('newPerson.parentPhone', { validate: maxLength(t, LIMITS.phone) })}
                  />
                </>
              )}
            </div>
          )}
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>{t('web.intake.section.reporter')}</Fieldset.Legend>
          <SelectField
            label={t('web.intake.sourceKind')}
            required
            error={errors.sourceKind?.message}
            placeholder={t('web.form.choose')}
            options={SOURCE_KINDS.map((kind) => ({ value: kind, label: t(`referralSource.${kind}`) }))}
            {...register('sourceKind', { validate: (value) => (value ? undefined : t('validation.invalidChoice')) })}
          />
          <InputField
            label={t('web.intake.sourceName')}
            required
            error={errors.sourceName?.message}
            {...register('sourceName', { validate: all(required(t), maxLength(t, LIMITS.text)) })}
          />
          <InputField
            label={t('web.intake.reporterCapacity')}
            description={t('web.intake.reporterCapacityHelp')}
            error={errors.reporterCapacity?.message}
            {...register('reporterCapacity', { validate: maxLength(t, LIMITS.text) })}
          />
          <InputField
            label={t('web.intake.sourceOrganisation')}
            error={errors.sourceOrganisation?.message}
            {...register('sourceOrganisation', { validate: maxLength(t, LIMITS.text) })}
          />
          <SelectField
            label={t('web.intake.sourceUnit')}
            description={t('web.intake.sourceUnitHelp')}
            error={errors.sourceUnitId?.message}
            placeholder={noUnit}
            options={unitOptions}
            {...register('sourceUnitId')}
          />
          {units.error && <ErrorState error={units.error} headingLevel={3} onRetry={() => void units.refetch()} />}
          <ChoiceGroup
            legend={t('web.intake.channel')}
            description={t('web.intake.channelHelp')}
            error={errors.channel?.message}
            options={CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))}
            {...register('channel')}
          />
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>{t('web.intake.section.request')}</Fieldset.Legend>
          <ChoiceGroup
            legend={t('web.intake.requested')}
            error={errors.requested?.message}
            options={REQUESTED.map((value) => ({ value, label: t(`requested.${value}`) }))}
            {...register('requested')}
          />
          <TextareaField
            label={t('web.intake.needDescription')}
            description={t('web.intake.needDescriptionHelp')}
            required
            rows={6}
            error={errors.needDescription?.message}
            {...register('needDescription', { validate: needDescription(t) })}
          />
        </Fieldset>

        <ServicesToday
          control={control}
          register={register}
          errors={errors}
          legend={t('web.intake.section.services')}
          description={t('web.intake.servicesHelp')}
        />

        <Fieldset>
          <Fieldset.Legend>{t('web.intake.section.wish')}</Fieldset.Legend>
          <Fieldset.Description>{t('web.intake.wishHelp')}</Fieldset.Description>
          <InputField
            label={t('web.intake.wishedCoordinator')}
            error={errors.wishedCoordinator?.message}
            {...register('wishedCoordinator', { validate: maxLength(t, LIMITS.text) })}
          />
          <SelectField
            label={t('web.intake.wishedUnit')}
            error={errors.wishedUnitId?.message}
            placeholder={noUnit}
            options={unitOptions}
            {...register('wishedUnitId')}
          />
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>{t('web.intake.section.consent')}</Fieldset.Legend>
          <CheckboxField
            label={t('web.intake.consentToRefer')}
            description={t('web.intake.consentToReferHelp')}
            error={errors.consentToRefer?.message}
            {...register('consentToRefer', { validate: (value) => (value ? undefined : t('validation.consentRequired')) })}
          />
          {consentToRefer && (
            <>
              <ChoiceGroup
                legend={t('web.intake.consentForm')}
                required
                error={errors.consentForm?.message}
                options={CONSENT_FORMS.map((form) => ({ value: form, label: t(`web.consentForm.${form}`) }))}
                {...register('consentForm', {
                  validate: (value) => (getValues('consentToRefer') && !value ? t('validation.consentFormRequired') : undefined),
                })}
              />
              <InputField
                label={t('web.intake.consentDate')}
                type="date"
                error={errors.consentDate?.message}
                {...register('consentDate', { validate: todayRule('validation.consentDateInFuture') })}
              />
              <InputField
                label={t('web.intake.consentHeardBy')}
                error={errors.consentHeardBy?.message}
                {...register('consentHeardBy', { validate: maxLength(t, LIMITS.text) })}
              />
            </>
          )}
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>{t('web.intake.section.hospital')}</Fieldset.Legend>
          <CheckboxField label={t('web.intake.isInpatient')} {...register('isInpatient')} />
          {isInpatient && (
            <InputField
              label={t('web.intake.plannedDischargeDate')}
              type="date"
              required
              error={errors.plannedDischargeDate?.message}
              {...register('plannedDischargeDate', {
                validate: (value) =>
                  getValues('isInpatient') ? all(required(t, 'validation.dischargeDateRequired'), validDate(t))(value) : undefined,
              })}
            />
          )}
        </Fieldset>

        <FormActions
          submit={loading ? t('web.intake.sending') : t('web.intake.submit')}
          loading={loading}
          error={error}
          errorTitle={t('web.intake.failed')}
          headingLevel={2}
        />
      </FieldIdPrefix>
    </form>
  );
}
