import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ErrorState } from '../../../components/ErrorState';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { RegisterChangeFormMutation } from '../../change-form/graphql/change-form';

export const DeclineItemFragment = graphql(`
  fragment DeclineItem on DeclineForm {
    id
    kind
    reason
    effectiveDate
    registeredAt
    submittedBy {
      id
      name
    }
  }
`);

/** The case's declines (change forms); KE registers one a coordinator submitted. */
export function DeclineList(props: {
  declines: readonly FragmentType<typeof DeclineItemFragment>[];
  canRegister: boolean;
  onRegistered: () => void;
}) {
  const declines = useFragment(DeclineItemFragment, props.declines);
  const { t, formatDate } = useI18n();
  const [register, { loading, error }] = useMutation(RegisterChangeFormMutation);
  if (declines.length === 0) return null;
  const registerForm = async (changeFormId: string) => {
    try {
      await register({ variables: { changeFormId } });
    } catch {
      return; // shown from `error`
    }
    props.onRegistered();
  };
  return (
    <>
      <Heading level={3} data-size="2xs">
        {t('web.appointment.declines')}
      </Heading>
      <ul className="app-list" role="list">
        {declines.map((form) => (
          <li key={form.id} className="app-list__item">
            <Paragraph>
              <strong>{t('web.appointment.declineLine', { kind: form.kind, date: formatDate(form.effectiveDate) })}</strong>
            </Paragraph>
            {form.reason && <Paragraph data-size="sm">{form.reason}</Paragraph>}
            <Paragraph data-size="sm" className="app-muted">
              {form.registeredAt
                ? t('web.appointment.declineRegistered', { date: formatDate(form.registeredAt) })
                : t('web.appointment.declineWaiting', { name: form.submittedBy?.name ?? '' })}
            </Paragraph>
            {!form.registeredAt && props.canRegister && (
              <Button type="button" variant="secondary" data-size="sm" loading={loading} disabled={loading} onClick={() => void registerForm(form.id)}>
                {t('web.appointment.registerForm')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {error && <ErrorState error={error} title={t('web.error.actionFailed')} headingLevel={4} />}
    </>
  );
}
