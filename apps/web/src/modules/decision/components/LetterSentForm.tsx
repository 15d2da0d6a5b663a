import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { osloToday } from '@samhandling/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useFragment, type FragmentType } from '../../../gql';
import type { LetterChannel } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { DecisionDetailsFragment, RecordLetterSentMutation } from '../graphql/decision';
import { ActionError, SelectField, serverFieldErrors, TextField } from './FormFields';

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

  const onSubmit = handleSubmit(async ({ sentAt, via }) => {
    setSaved(false);
    resetMutation();
    try {
      await record({ variables: { decisionId: decision.id, sentAt, via: via as LetterChannel, expectedVersion: decision.version } });
    } catch (failure) {
      const sentAtError = serverFieldErrors(failure).get('sentAt');
      if (sentAtError) setError('sentAt', { message: sentAtError });
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
        <TextField
          label={t('web.letter.sentAt')}
          type="date"
          max={today}
          registration={register('sentAt', {
            required: t('web.form.dateRequired'),
            validate: (value) => value <= today || t('web.form.dateInFuture'),
          })}
          error={errors.sentAt?.message}
        />
        <SelectField
          label={t('web.letter.via')}
          placeholder={t('web.form.choose')}
          options={CHANNELS.map((value) => ({ value, label: t(`web.letter.via.${value}`) }))}
          registration={register('via', { required: t('web.form.chooseOne') })}
          error={errors.via?.message}
        />
        {error ? (
          <ActionError
            error={error}
            headingLevel={4}
            onReload={() => {
              resetMutation();
              void props.onSaved();
            }}
          />
        ) : null}
        {saved ? (
          <Alert data-color="success" role="status">
            {t('web.letter.recorded')}
          </Alert>
        ) : null}
        <div className="app-actions">
          <Button type="submit" variant="secondary" loading={loading} disabled={loading}>
            {t('web.letter.record')}
          </Button>
        </div>
      </form>
    </div>
  );
}
