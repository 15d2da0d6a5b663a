import { useQuery } from '@apollo/client/react';
import { Section } from '../../../components/Section';
import { Alert, Button, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { aboutPerson, useI18n } from '../../../i18n';
import type { MessageParams } from '@samhandling/shared';
import { isInForce } from '../consent';
import { PersonConsentsQuery } from '../graphql/citizen';
import type { ShownPerson } from '../person';
import { WithdrawConsentDialog } from './WithdrawConsentDialog';
import { ConsentHeard, ConsentPeriod, ConsentRestrictions, ConsentStatusTags } from '../../consent/components/ConsentDetails';

export const ConsentItemFragment = graphql(`
  fragment ConsentItem on ConsentView {
    id
    scope
    form
    givenAt
    givenByName
    heardAt
    heardByName
    periodStart
    periodEnd
    withdrawnAt
    pdfUrl
    restrictions {
      kind
      description
      lifeArea
      goalId
      subPlanId
      unitName
      organisation
    }
  }
`);

function ConsentCards(props: {
  consents: readonly FragmentType<typeof ConsentItemFragment>[];
  about: MessageParams;
  onWithdraw: (consent: { id: string; scopeLabel: string }) => void;
}) {
  const consents = useFragment(ConsentItemFragment, props.consents);
  const { t, formatDate, locale } = useI18n();
  // In force first; otherwise the server's order.
  const sorted = [...consents].sort((a, b) => Number(isInForce(b)) - Number(isInForce(a)));
  return (
    <ul className="app-card-grid app-card-grid--wide" role="list">
      {sorted.map((consent) => {
        const inForce = isInForce(consent);
        const scopeLabel = t(`consentScope.${consent.scope}`);
        return (
          <li key={consent.id}>
            <Card data-color="neutral" className="app-consent" data-testid={`consent-${consent.id}`}>
              <Heading level={3} data-size="2xs">
                {scopeLabel}
              </Heading>
              <ConsentStatusTags inForce={inForce} withdrawnAt={consent.withdrawnAt} form={consent.form} />
              <Paragraph data-size="sm">
                {consent.givenByName
                  ? t('web.consent.givenOnBy', { date: formatDate(consent.givenAt), name: consent.givenByName })
                  : t('web.consent.givenOn', { date: formatDate(consent.givenAt) })}
              </Paragraph>
              <ConsentHeard heardAt={consent.heardAt} heardByName={consent.heardByName} />
              <ConsentPeriod periodStart={consent.periodStart} periodEnd={consent.periodEnd} />
              <ConsentRestrictions heading={t('web.consent.restrictions', props.about)} restrictions={consent.restrictions} />
              <Paragraph data-size="sm">
                <Link href={`${consent.pdfUrl}?lang=${locale}`} aria-label={t('web.consent.pdfLabel', { scope: scopeLabel })}>
                  {t('web.consent.pdf')}
                </Link>
              </Paragraph>
              {inForce && (
                <Button
                  variant="secondary"
                  data-color="danger"
                  data-size="sm"
                  aria-label={t('web.consent.withdrawLabel', { scope: scopeLabel })}
                  onClick={() => props.onWithdraw({ id: consent.id, scopeLabel })}
                >
                  {t('web.consent.withdraw')}
                </Button>
              )}
            </Card>
          </li>
        );
      })}
    </ul>
  );
}

/** The person's consents, with "Trekk tilbake" on those in force and a PDF copy of each in the interface language. */
export function ConsentList({ person }: { person: ShownPerson }) {
  const { t } = useI18n();
  const about = aboutPerson(person);
  const { data, error, refetch } = useQuery(PersonConsentsQuery, { variables: { personId: person.id } });
  const [pending, setPending] = useState<{ id: string; scopeLabel: string } | null>(null);
  const [withdrawn, setWithdrawn] = useState<string | null>(null);

  let content;
  if (data) {
    content =
      data.consents.length === 0 ? (
        <EmptyState>{t('web.consent.empty')}</EmptyState>
      ) : (
        <ConsentCards
          consents={data.consents}
          about={about}
          onWithdraw={(consent) => {
            setWithdrawn(null);
            setPending(consent);
          }}
        />
      );
  } else if (error) {
    content = <ErrorState error={error} headingLevel={3} onRetry={() => void refetch()} />;
  } else {
    content = <LoadingState label={t('web.consent.loading')} lines={2} />;
  }

  return (
    <Section id="citizen-consents" title={t('web.consent.title', about)}>
      <Paragraph data-size="sm">{t('web.consent.intro', about)}</Paragraph>
      {withdrawn && (
        <Alert data-color="success" role="status">
          <Paragraph>{t('web.consent.withdrawn', { scope: withdrawn })}</Paragraph>
        </Alert>
      )}
      {content}
      <WithdrawConsentDialog
        open={pending !== null}
        consentId={pending?.id ?? null}
        scopeLabel={pending?.scopeLabel ?? ''}
        about={about}
        onClose={() => setPending(null)}
        onWithdrawn={() => {
          setWithdrawn(pending?.scopeLabel ?? '');
          setPending(null);
        }}
      />
    </Section>
  );
}
