import { useMutation } from '@apollo/client/react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { osloToday } from '@samhandling/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormActions, InputField, SelectField, setApiFieldErrors } from '../../../components/form';
import { useFragment, type FragmentType } from '../../../gql';
import type { LetterChannel } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { pastDateRules } from '../form-values';
import { DecisionDetailsFragment, RecordLetterSentMutation } from '../graphql/decision';

const CHANNELS: LetterChannel[] = ['POST', 'DIGITAL_MAILBOX', 'HANDED_OVER', 'EMAIL'];

interface FormValues {
  sentAt: string;
  via: '' | LetterChannel;
}

/** When and how the decision letter was sent: shown, and recorded (or corrected) with the decision's version. */
export function LetterSentForm(props: { decision: FragmentType<typeof DecisionDetailsFragment>; onSaved: () => Promise<unknown> }) {
  const decision = useFragment(DecisionDetailsFragment, props.decision);
  const { t, formatDate } = useI18n();
  const today = osloToday();
  const [saved, setSaved] = useState(false);
  const [record, { loading, error, reset: resetMutation }] = useMutation(RecordLetterSentMutation);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<FormValues>({ defaultValues: { sentAt: today, via: decision.letterSentVia ?? '' } });

  const reload = () => {
    resetMutation();
    void props.onSaved();
  };
  const onSubmit = handleSubmit(async ({ sentAt, via }) => {
    setSaved(false);
    resetMutation();
    try {
      await record({ variables: { decisionId: decision.id, sentAt, via: via as LetterChannel, expectedVersion: decision.version } });
    } catch (failure) {
      setApiFieldErrors(failure, setError, ['sentAt']);
      return;
    }
    setSaved(true);
    await props.onSaved();
  });

  return (
    <div className="app-stack">
      <Heading level={3} data-size="xs">
        {t('web.letter.title')}
      </Heading>
      <Paragraph>
        {decision.letterSentAt && decision.letterSentVia
          ? t('web.letter.sent', {
              date: formatDate(decision.letterSentAt),
              via: t(`web.letter.via.${decision.letterSentVia}`),
              name: decision.letterSentBy?.name ?? '',
            })
          : t('web.letter.notSent')}
      </Paragraph>
      <form onSubmit={onSubmit} noValidate className="app-stack">
        <InputField label={t('web.letter.sentAt')} type="date" max={today} error={errors.sentAt?.message} {...register('sentAt', pastDateRules(t, today))} />
        <SelectField
          label={t('web.letter.via')}
          placeholder={t('web.form.choose')}
          options={CHANNELS.map((value) => ({ value, label: t(`web.letter.via.${value}`) }))}
          error={errors.via?.message}
          {...register('via', { required: t('web.form.chooseOne') })}
        />
        <FormActions
          submit={t('web.letter.record')}
          variant="secondary"
          loading={loading}
          error={error}
          headingLevel={4}
          onReload={reload}
          success={saved && t('web.letter.recorded')}
        />
      </form>
    </div>
  );
}
