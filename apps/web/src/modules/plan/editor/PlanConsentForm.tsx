import { useMutation } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { osloToday } from '@samhandling/shared';
import { useForm } from 'react-hook-form';
import { ChoiceGroup, FormActions, InputField, maxLengthRule, SelectField, setApiFieldErrors, TextareaField } from '../../../components/form';
import type { ConsentForm } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { RegisterPlanConsentMutation } from '../graphql/editor';

interface ConsentValues {
  /** The guardian who consented; empty: the person. */
  givenBy: string;
  form: ConsentForm | '';
  givenAt: string;
  documentReference: string;
  /** From 16, when a guardian consents: the young person's own view. */
  youngPersonView: string;
}

/**
 * A draft plan becomes active when the person's consent to it is registered: oral or written,
 * when. A plan continued into a new period needs the consent to that period (`newPeriod`).
 */
export function PlanConsentForm({
  planId,
  guardians,
  newPeriod,
}: {
  planId: string;
  guardians: ReadonlyArray<{ id: string; name: string }>;
  newPeriod?: { start: string | null; end: string | null };
}) {
  const { t, formatDate } = useI18n();
  const today = osloToday();
  const [registerConsent, { loading, error, reset: resetMutation }] = useMutation(RegisterPlanConsentMutation);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors },
  } = useForm<ConsentValues>({ defaultValues: { givenBy: '', form: '', givenAt: today, documentReference: '', youngPersonView: '' } });
  const onSubmit = handleSubmit(async (values) => {
    resetMutation();
    try {
      await registerConsent({
        variables: {
          planId,
          input: {
            form: values.form as ConsentForm,
            givenAt: values.givenAt,
            givenByRelativeId: values.givenBy || null,
            documentReference: values.documentReference || null,
            ...(values.givenBy && values.youngPersonView.trim() ? { youngPersonView: values.youngPersonView.trim() } : {}),
          },
        },
      });
    } catch (failure) {
      setApiFieldErrors(failure, setError, (field) => (field === 'givenByRelativeId' ? 'givenBy' : (['form', 'givenAt', 'documentReference', 'youngPersonView'] as const).find((name) => name === field) ?? null));
    }
  });
  return (
    <Alert data-color="warning" className="app-stack">
      <Heading level={2} data-size="xs">
        {newPeriod ? t('web.planEditor.consent.newPeriodTitle') : t('web.planEditor.consent.title')}
      </Heading>
      <Paragraph>
        {newPeriod
          ? t('web.planEditor.consent.newPeriodExplain', { start: formatDate(newPeriod.start), end: formatDate(newPeriod.end) })
          : t('web.planEditor.consent.explain')}
      </Paragraph>
      <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={newPeriod ? t('web.planEditor.consent.newPeriodTitle') : t('web.planEditor.consent.title')}>
        {guardians.length > 0 ? (
          <SelectField
            label={t('web.planEditor.consent.givenBy')}
            options={[
              { value: '', label: t('web.planEditor.consent.self') },
              ...guardians.map((guardian) => ({ value: guardian.id, label: t('web.planEditor.consent.guardian', { name: guardian.name }) })),
            ]}
            error={errors.givenBy?.message}
            {...register('givenBy')}
          />
        ) : null}
        {watch('givenBy') ? (
          <TextareaField
            label={t('web.planEditor.consent.youngPersonView')}
            description={t('web.planEditor.consent.youngPersonViewHelp')}
            rows={2}
            error={errors.youngPersonView?.message}
            {...register('youngPersonView', maxLengthRule(t, 2000))}
          />
        ) : null}
        <ChoiceGroup
          legend={t('web.planEditor.consent.form')}
          required
          options={(['ORAL', 'WRITTEN'] as const).map((value) => ({ value, label: t(`web.planEditor.consent.${value}`) }))}
          error={errors.form?.message}
          {...register('form', { required: t('web.form.chooseOne') })}
        />
        <InputField
          label={t('web.planEditor.consent.givenAt')}
          type="date"
          max={today}
          required
          error={errors.givenAt?.message}
          {...register('givenAt', { required: t('web.form.dateRequired'), validate: (value) => value <= today || t('web.form.dateInFuture') })}
        />
        {watch('form') === 'WRITTEN' ? (
          <InputField
            label={t('web.planEditor.consent.documentReference')}
            description={t('web.planEditor.consent.documentReferenceHelp')}
            error={errors.documentReference?.message}
            {...register('documentReference', maxLengthRule(t, 200))}
          />
        ) : null}
        <FormActions submit={t('web.planEditor.consent.submit')} loading={loading} error={error} />
      </form>
    </Alert>
  );
}
