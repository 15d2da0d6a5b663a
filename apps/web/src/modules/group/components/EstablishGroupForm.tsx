// Establishing the group: the blockers in plain words first (with the way to the consent page
// when the written group consent is missing), then the person's wish and, in their words, why.
import { useMutation } from '@apollo/client/react';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import { CheckboxField, FormActions, maxLengthRule, setApiFieldErrors, TextareaField } from '../../../components/form';
import type { GroupBlocker } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { consentPath } from '../../consent/paths';
import { EstablishGroupMutation, GroupPageQuery } from '../graphql/group-page';

const NOTE_MAX = 2000;

interface Values {
  wishedByPerson: boolean;
  wishNote: string;
}

export function EstablishBlockers({ personId, blockers }: { personId: string; blockers: readonly GroupBlocker[] }) {
  const { t } = useI18n();
  if (blockers.length === 0) return null;
  return (
    <Alert data-color="warning">
      <Heading level={3} data-size="xs">
        {t('web.groupEstablish.blockersTitle')}
      </Heading>
      <ul>
        {blockers.map((blocker) => (
          <li key={blocker}>
            <Paragraph>{t(`web.groupEstablish.blocker.${blocker}`)}</Paragraph>
            {blocker === 'NO_GROUP_CONSENT' && (
              <Paragraph>
                <Link asChild>
                  <RouterLink to={consentPath(personId)}>{t('web.groupEstablish.consentLink')}</RouterLink>
                </Link>
              </Paragraph>
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

export function EstablishGroupForm({ personId }: { personId: string }) {
  const { t } = useI18n();
  const [establish, { loading, error, reset: resetMutation }] = useMutation(EstablishGroupMutation, {
    refetchQueries: [{ query: GroupPageQuery, variables: { personId } }],
    awaitRefetchQueries: true,
  });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { wishedByPerson: false, wishNote: '' } });
  const onSubmit = handleSubmit(async (values) => {
    resetMutation();
    try {
      await establish({ variables: { input: { personId, wishedByPerson: values.wishedByPerson, wishNote: values.wishNote } } });
    } catch (failure) {
      setApiFieldErrors(failure, setError, ['wishedByPerson', 'wishNote']);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.groupEstablish.title')}>
      <CheckboxField
        label={t('web.groupEstablish.wish')}
        description={t('web.groupEstablish.wishHelp')}
        error={errors.wishedByPerson?.message}
        {...register('wishedByPerson', { validate: (value) => value || t('web.groupEstablish.wishRequired') })}
      />
      <TextareaField
        label={t('web.groupEstablish.wishNote')}
        description={t('web.groupEstablish.wishNoteHelp')}
        error={errors.wishNote?.message}
        {...register('wishNote', maxLengthRule(t, NOTE_MAX))}
      />
      <FormActions submit={t('web.groupEstablish.submit')} loading={loading} error={error} />
    </form>
  );
}
