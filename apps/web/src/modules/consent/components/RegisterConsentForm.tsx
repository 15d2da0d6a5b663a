// Registering a consent for the person, as Herøy's and Salangen's forms have it: what it covers,
// oral (heard when) or written (where the signed form is filed, uploaded after), who consented
// (the person, or a guardian, with a young person's own view at 16 and 17), the period, what the
// person was told before a group consent, and what they refused to share. The browser checks
// what it can; the server checks it all again and its messages land on the fields they name.
import { useMutation } from '@apollo/client/react';
import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { osloToday } from '@samhandling/shared';
import { useState } from 'react';
import { useFieldArray, useForm, type Path } from 'react-hook-form';
import {
  CheckboxField,
  ChoiceGroup,
  errorList,
  FieldIdPrefix,
  FormActions,
  FormErrorSummary,
  InputField,
  maxLengthRule,
  requiredTextRule,
  SelectField,
  setApiFieldErrors,
  TextareaField,
} from '../../../components/form';
import type { FieldError } from '../../../apollo/errors';
import type { ConsentForm, ConsentScope, LifeArea, RegisterConsentInput, RestrictionKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { RegisterConsentMutation, StaffConsentsQuery } from '../graphql/consent';

const SCOPES: readonly ConsentScope[] = ['INDIVIDUAL_PLAN', 'RESPONSIBILITY_GROUP', 'INFORMATION_EXCHANGE', 'REFERRAL'];
const LIFE_AREAS: readonly LifeArea[] = ['HEALTH', 'EDUCATION', 'HOUSING', 'TRANSPORT', 'LEISURE', 'ECONOMY', 'WORK', 'FAMILY_NETWORK', 'OTHER'];
const KINDS: readonly RestrictionKind[] = ['MATTER', 'PROFESSIONAL_ENVIRONMENT'];
const INFORMED = ['informedOfComposition', 'informedOfWayOfWorking', 'informedOfInformationExchange'] as const;
/** From this age a person consents themselves; a guardian consenting at 16 or 17 records the young person's view. */
export const AGE_OF_CONSENT = 16;
const AGE_OF_MAJORITY = 18;
const MAX_RESTRICTIONS = 50;
const ORGANISATION = 'org';

interface RestrictionRow {
  kind: RestrictionKind | '';
  description: string;
  /** `area:HEALTH`, `goal:<id>`, `subPlan:<id>` or empty. */
  matter: string;
  /** `unit:<id>`, `org` (then `organisation`) or empty. */
  environment: string;
  organisation: string;
}

export interface ConsentFormValues {
  scope: ConsentScope | '';
  form: ConsentForm | '';
  givenAt: string;
  heardTime: string;
  /** The guardian who consented; empty: the person. */
  givenBy: string;
  youngPersonView: string;
  youngPersonAgrees: '' | 'yes' | 'no';
  periodStart: string;
  periodEnd: string;
  informedOfComposition: boolean;
  informedOfWayOfWorking: boolean;
  informedOfInformationExchange: boolean;
  documentReference: string;
  restrictions: RestrictionRow[];
}

export interface ConsentFormContext {
  person: { id: string; name: string; age: number | null };
  guardians: ReadonlyArray<{ id: string; name: string }>;
  goals: ReadonlyArray<{ id: string; description: string }>;
  subPlans: ReadonlyArray<{ id: string; title: string }>;
  units: ReadonlyArray<{ id: string; name: string }>;
}

export interface RegisteredConsent {
  id: string;
  scope: ConsentScope;
  form: ConsentForm;
}

const emptyRow = (): RestrictionRow => ({ kind: '', description: '', matter: '', environment: '', organisation: '' });

const optional = (value: string) => value.trim() || null;

/** The input the API takes, from the form's values. */
export function toInput(personId: string, values: ConsentFormValues): RegisterConsentInput {
  const oral = values.form === 'ORAL';
  const group = values.scope === 'RESPONSIBILITY_GROUP';
  const byGuardian = values.givenBy !== '';
  return {
    personId,
    scope: values.scope as ConsentScope,
    form: values.form as ConsentForm,
    givenAt: values.givenAt,
    givenByRelativeId: byGuardian ? values.givenBy : null,
    // The device's time of day on the day given (in Norway, Norwegian time).
    heardAt: oral && values.heardTime ? new Date(`${values.givenAt}T${values.heardTime}`).toISOString() : null,
    youngPersonView: byGuardian ? optional(values.youngPersonView) : null,
    youngPersonAgrees: byGuardian && values.youngPersonAgrees ? values.youngPersonAgrees === 'yes' : null,
    periodStart: values.periodStart || null,
    periodEnd: values.periodEnd || null,
    informedOfComposition: group && values.informedOfComposition,
    informedOfWayOfWorking: group && values.informedOfWayOfWorking,
    informedOfInformationExchange: group && values.informedOfInformationExchange,
    documentReference: oral ? null : optional(values.documentReference),
    restrictions:
      values.scope === 'INFORMATION_EXCHANGE'
        ? values.restrictions.map((row) => {
            const [matterKind, matterId] = row.matter.split(':');
            const [environmentKind, environmentId] = row.environment.split(':');
            return {
              kind: row.kind as RestrictionKind,
              description: row.description.trim(),
              lifeArea: matterKind === 'area' ? (matterId as LifeArea) : null,
              goalId: matterKind === 'goal' ? matterId : null,
              subPlanId: matterKind === 'subPlan' ? matterId : null,
              unitId: environmentKind === 'unit' ? environmentId : null,
              organisation: row.environment === ORGANISATION ? optional(row.organisation) : null,
            };
          })
        : [],
  };
}

/** The form's field for a field the API names (without `input.`), if it has one. */
export function formFieldOf(apiField: string): Path<ConsentFormValues> | null {
  const row = /^restrictions\.(\d+)\.(\w+)$/.exec(apiField);
  if (row) {
    const [, index, field] = row;
    if (field === 'kind' || field === 'description' || field === 'organisation') return `restrictions.${Number(index)}.${field}`;
    if (field === 'lifeArea' || field === 'goalId' || field === 'subPlanId') return `restrictions.${Number(index)}.matter`;
    if (field === 'unitId') return `restrictions.${Number(index)}.environment`;
    return null;
  }
  if (apiField === 'givenByRelativeId') return 'givenBy';
  if (apiField === 'heardAt') return 'heardTime';
  const direct = [
    'scope',
    'form',
    'givenAt',
    'youngPersonView',
    'youngPersonAgrees',
    'periodStart',
    'periodEnd',
    'informedOfComposition',
    'informedOfWayOfWorking',
    'informedOfInformationExchange',
    'documentReference',
  ] as const;
  return direct.find((name) => name === apiField) ?? null;
}

export function RegisterConsentForm({ context, onRegistered }: { context: ConsentFormContext; onRegistered: (consent: RegisteredConsent) => void }) {
  const { t } = useI18n();
  const today = osloToday();
  const { person, guardians } = context;
  const [registerConsent, { loading, error, reset: resetMutation }] = useMutation(RegisterConsentMutation);
  const [unplaced, setUnplaced] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const {
    register,
    handleSubmit,
    control,
    watch,
    setError,
    getValues,
    formState: { errors, submitCount },
  } = useForm<ConsentFormValues>({
    shouldFocusError: false,
    defaultValues: {
      scope: '',
      form: '',
      givenAt: today,
      heardTime: '',
      givenBy: '',
      youngPersonView: '',
      youngPersonAgrees: '',
      periodStart: '',
      periodEnd: '',
      informedOfComposition: false,
      informedOfWayOfWorking: false,
      informedOfInformationExchange: false,
      documentReference: '',
      restrictions: [],
    },
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'restrictions' });
  const scope = watch('scope');
  const form = watch('form');
  const givenBy = watch('givenBy');
  const restrictionRows = watch('restrictions');
  const oral = form === 'ORAL';
  const written = form === 'WRITTEN';
  const byGuardian = givenBy !== '';
  const youngPerson = person.age !== null && person.age >= AGE_OF_CONSENT && person.age < AGE_OF_MAJORITY;

  const onSubmit = handleSubmit(
    async (values) => {
      setUnplaced([]);
      setFailed(false);
      resetMutation();
      try {
        const result = await registerConsent({
          variables: { input: toInput(person.id, values) },
          update(cache, { data }) {
            const added = data?.registerConsent;
            if (!added) return;
            cache.updateQuery({ query: StaffConsentsQuery, variables: { personId: person.id } }, (list) =>
              list ? { ...list, consents: [added, ...list.consents.filter((c) => c.id !== added.id)] } : list,
            );
          },
        });
        const added = result.data?.registerConsent;
        if (added) onRegistered({ id: added.id, scope: added.scope, form: added.form });
      } catch (failure) {
        const { placed, unplaced: rest } = setApiFieldErrors(failure, setError, formFieldOf);
        setUnplaced(rest);
        if (placed || rest.length > 0) setSummaryFocus((n) => n + 1);
        else setFailed(true);
      }
    },
    () => setSummaryFocus((n) => n + 1),
  );

  const summary = [...errorList(errors), ...unplaced.map((field) => ({ name: field.field, message: field.message }))];
  const matterOptions = [
    ...LIFE_AREAS.map((area) => ({ value: `area:${area}`, label: t('web.consentRegister.lifeAreaOption', { name: t(`web.lifeArea.${area}`) }) })),
    ...context.goals.map((goal) => ({ value: `goal:${goal.id}`, label: t('web.consentRegister.goalOption', { name: goal.description }) })),
    ...context.subPlans.map((subPlan) => ({ value: `subPlan:${subPlan.id}`, label: t('web.consentRegister.subPlanOption', { name: subPlan.title }) })),
  ];
  const environmentOptions = [
    ...context.units.map((unit) => ({ value: `unit:${unit.id}`, label: unit.name })),
    { value: ORGANISATION, label: t('web.consentRegister.environmentOrganisation') },
  ];

  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.consentRegister.title')}>
      <FieldIdPrefix prefix="consent">
        {submitCount > 0 && <FormErrorSummary focusKey={summaryFocus} errors={summary} />}
        <ChoiceGroup
          legend={t('web.consentRegister.scope')}
          required
          options={SCOPES.map((value) => ({ value, label: t(`consentScope.${value}`) }))}
          error={errors.scope?.message}
          {...register('scope', { required: t('web.form.chooseOne') })}
        />
        <ChoiceGroup
          legend={t('web.consentRegister.form')}
          required
          options={(['ORAL', 'WRITTEN'] as const).map((value) => ({ value, label: t(`web.consentRegister.${value}`) }))}
          error={errors.form?.message}
          {...register('form', { required: t('validation.consentFormRequired') })}
        />
        <InputField
          label={t('web.consentRegister.givenAt')}
          type="date"
          max={today}
          required
          error={errors.givenAt?.message}
          {...register('givenAt', { required: t('web.form.dateRequired'), validate: (value) => value <= today || t('web.form.dateInFuture') })}
        />
        {oral && (
          <InputField
            label={t('web.consentRegister.heardTime')}
            description={t('web.consentRegister.heardHelp')}
            type="time"
            required
            error={errors.heardTime?.message}
            {...register('heardTime', {
              required: t('web.consentRegister.heardTimeRequired'),
              validate: (value) => {
                const day = getValues('givenAt');
                return !value || !day || new Date(`${day}T${value}`).getTime() <= Date.now() || t('web.consentRegister.heardInFuture');
              },
            })}
          />
        )}
        {written && (
          <InputField
            label={t('web.consentRegister.documentReference')}
            description={t('web.consentRegister.documentReferenceHelp')}
            error={errors.documentReference?.message}
            {...register('documentReference', maxLengthRule(t, 200))}
          />
        )}
        <SelectField
          label={t('web.consentRegister.givenBy')}
          required
          description={guardians.length > 0 ? undefined : t('web.consentRegister.noGuardiansRegistered')}
          options={[
            { value: '', label: t('web.consentRegister.self', { name: person.name }) },
            ...guardians.map((guardian) => ({ value: guardian.id, label: t('web.consentRegister.guardian', { name: guardian.name }) })),
          ]}
          error={errors.givenBy?.message}
          {...register('givenBy', {
            // Under 16 (or not yet born) a child cannot consent alone.
            validate: (value) => value !== '' || (person.age !== null && person.age >= AGE_OF_CONSENT) || t('web.consentRegister.childNeedsGuardian'),
          })}
        />
        {byGuardian && (
          <>
            <TextareaField
              label={t('web.consentRegister.youngPersonView')}
              description={youngPerson ? t('web.consentRegister.youngPersonViewHelp', { age: person.age ?? 0 }) : undefined}
              rows={3}
              required={youngPerson}
              error={errors.youngPersonView?.message}
              {...register('youngPersonView', {
                validate: (value) => !youngPerson || value.trim() !== '' || t('web.consentRegister.youngPersonViewRequired'),
                ...maxLengthRule(t, 2000),
              })}
            />
            <ChoiceGroup
              legend={t('web.consentRegister.youngPersonAgrees')}
              options={[
                { value: 'yes', label: t('web.consentRegister.agreesYes') },
                { value: 'no', label: t('web.consentRegister.agreesNo') },
                { value: '', label: t('web.consentRegister.agreesUnknown') },
              ]}
              error={errors.youngPersonAgrees?.message}
              {...register('youngPersonAgrees')}
            />
          </>
        )}
        <Fieldset>
          <Fieldset.Legend>{t('web.consentRegister.period')}</Fieldset.Legend>
          <Fieldset.Description>
            {scope === 'INDIVIDUAL_PLAN' ? `${t('web.consentRegister.periodPlanHelp')} ` : ''}
            {t('web.consentRegister.periodHelp')}
          </Fieldset.Description>
          <div className="app-stack">
            <InputField label={t('web.consentRegister.periodStart')} type="date" error={errors.periodStart?.message} {...register('periodStart')} />
            <InputField
              label={t('web.consentRegister.periodEnd')}
              type="date"
              error={errors.periodEnd?.message}
              {...register('periodEnd', {
                validate: (value) => {
                  const start = getValues('periodStart');
                  return !value || !start || value >= start || t('web.consentRegister.periodEndBeforeStart');
                },
              })}
            />
          </div>
        </Fieldset>
        {scope === 'RESPONSIBILITY_GROUP' && (
          <Fieldset>
            <Fieldset.Legend>
              {t('web.consentRegister.informed')}
              {written && <span className="app-muted"> {t('web.form.required')}</span>}
            </Fieldset.Legend>
            <Fieldset.Description>{t('web.consentRegister.informedHelp')}</Fieldset.Description>
            {INFORMED.map((name) => (
              <CheckboxField
                key={name}
                label={t(`web.consentRegister.${name}`)}
                error={errors[name]?.message}
                {...register(name, { validate: (value) => value || getValues('form') !== 'WRITTEN' || t('web.consentRegister.informedRequired') })}
              />
            ))}
          </Fieldset>
        )}
        {scope === 'INFORMATION_EXCHANGE' && (
          <Fieldset>
            <Fieldset.Legend>{t('web.consentRegister.restrictions')}</Fieldset.Legend>
            <Fieldset.Description>{t('web.consentRegister.restrictionsHelp')}</Fieldset.Description>
            {fields.length === 0 && <Paragraph data-size="sm">{t('web.consentRegister.noRestrictions')}</Paragraph>}
            <ol className="app-list">
              {fields.map((field, index) => {
                const number = index + 1;
                const row = restrictionRows[index];
                const rowErrors = errors.restrictions?.[index];
                return (
                  <li key={field.id} className="app-list__item app-stack">
                    <ChoiceGroup
                      legend={`${t('web.consentRegister.restriction', { number })}: ${t('web.consentRegister.restrictionKind')}`}
                      required
                      options={KINDS.map((value) => ({ value, label: t(`web.consentRegister.kind.${value}`) }))}
                      error={rowErrors?.kind?.message}
                      {...register(`restrictions.${index}.kind`, { required: t('web.form.chooseOne') })}
                    />
                    <TextareaField
                      label={t('web.consentRegister.restrictionDescription')}
                      rows={2}
                      required
                      error={rowErrors?.description?.message}
                      {...register(`restrictions.${index}.description`, requiredTextRule(t, 500))}
                    />
                    <SelectField
                      label={t('web.consentRegister.matter')}
                      required={row?.kind === 'MATTER'}
                      placeholder={t('web.consentRegister.matterNone')}
                      options={matterOptions}
                      error={rowErrors?.matter?.message}
                      {...register(`restrictions.${index}.matter`, {
                        validate: (value) => value !== '' || getValues(`restrictions.${index}.kind`) !== 'MATTER' || t('web.consentRegister.matterRequired'),
                      })}
                    />
                    <SelectField
                      label={t('web.consentRegister.environment')}
                      required={row?.kind === 'PROFESSIONAL_ENVIRONMENT'}
                      placeholder={t('web.consentRegister.environmentNone')}
                      options={environmentOptions}
                      error={rowErrors?.environment?.message}
                      {...register(`restrictions.${index}.environment`, {
                        validate: (value) =>
                          value !== '' || getValues(`restrictions.${index}.kind`) !== 'PROFESSIONAL_ENVIRONMENT' || t('web.consentRegister.environmentRequired'),
                      })}
                    />
                    {row?.environment === ORGANISATION && (
                      <InputField
                        label={t('web.consentRegister.organisation')}
                        required
                        error={rowErrors?.organisation?.message}
                        {...register(`restrictions.${index}.organisation`, requiredTextRule(t, 200))}
                      />
                    )}
                    <div className="app-actions">
                      <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(index)}>
                        {t('web.consentRegister.removeRestriction', { number })}
                      </Button>
                    </div>
                  </li>
                );
              })}
            </ol>
            <div className="app-actions">
              <Button type="button" variant="secondary" disabled={fields.length >= MAX_RESTRICTIONS} onClick={() => append(emptyRow())}>
                {t('web.consentRegister.addRestriction')}
              </Button>
            </div>
            {fields.length >= MAX_RESTRICTIONS && <Paragraph data-size="sm">{t('web.consentRegister.tooManyRestrictions', { max: MAX_RESTRICTIONS })}</Paragraph>}
          </Fieldset>
        )}
        <FormActions submit={t('web.consentRegister.submit')} loading={loading} error={failed && error} />
      </FieldIdPrefix>
    </form>
  );
}
