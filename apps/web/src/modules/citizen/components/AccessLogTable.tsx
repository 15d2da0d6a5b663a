import { useQuery } from '@apollo/client/react';
import { Section } from '../../../components/Section';
import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import type { MessageKey } from '@samhandling/shared';
import { useState } from 'react';
import { DateText } from '../../../components/DateText';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useT } from '../../../i18n';
import { AccessLogQuery } from '../graphql/citizen';

export const AccessLogRowFragment = graphql(`
  fragment AccessLogRow on AccessLogView {
    at
    actorName
    actorTitle
    actorRole
    action
  }
`);

const ACTION_LABELS: Record<string, MessageKey> = {
  'plan.read': 'web.accessAction.planRead',
  'caseload.read': 'web.accessAction.caseloadRead',
  'participation.read': 'web.accessAction.participationRead',
  'person.read': 'web.accessAction.personRead',
  'consent.list': 'web.accessAction.consentList',
  'consent.withdraw': 'web.accessAction.consentWithdraw',
  'referral.list': 'web.accessAction.referralList',
  'accessLog.read': 'web.accessAction.accessLogRead',
};

const PAGE = 20;

function AccessLogRows(props: { entries: readonly FragmentType<typeof AccessLogRowFragment>[] }) {
  const entries = useFragment(AccessLogRowFragment, props.entries);
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  if (entries.length === 0) return <EmptyState>{t('web.accessLog.empty')}</EmptyState>;
  const visible = showAll ? entries : entries.slice(0, PAGE);
  return (
    <>
      <div className="app-table-wrap">
        <Table zebra data-size="sm">
          <caption className="app-visually-hidden">{t('web.accessLog.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('web.accessLog.col.when')}</Table.HeaderCell>
              <Table.HeaderCell>{t('web.accessLog.col.who')}</Table.HeaderCell>
              <Table.HeaderCell>{t('web.accessLog.col.role')}</Table.HeaderCell>
              <Table.HeaderCell>{t('web.accessLog.col.what')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {visible.map((entry, index) => {
              const label = ACTION_LABELS[entry.action];
              return (
                <Table.Row key={`${entry.at}-${index}`}>
                  <Table.Cell>
                    <DateText value={entry.at} withTime />
                  </Table.Cell>
                  <Table.Cell>
                    {entry.actorName}
                    {entry.actorTitle && <span className="app-muted">, {entry.actorTitle}</span>}
                  </Table.Cell>
                  <Table.Cell>{t(`role.${entry.actorRole}`)}</Table.Cell>
                  <Table.Cell>{label ? t(label) : entry.action}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
      {!showAll && entries.length > PAGE && (
        <Button variant="tertiary" data-size="sm" onClick={() => setShowAll(true)}>
          {t('web.accessLog.showAll', { count: entries.length })}
        </Button>
      )}
    </>
  );
}

/** "Hvem har sett opplysningene dine": who has read the person's data, newest first. */
export function AccessLogTable({ personId }: { personId: string }) {
  const t = useT();
  const { data, error, refetch } = useQuery(AccessLogQuery, { variables: { personId } });
  return (
    <Section id="citizen-access-log" title={t('web.accessLog.title')}>
      <Paragraph data-size="sm">{t('web.accessLog.intro')}</Paragraph>
      {data ? (
        <AccessLogRows entries={data.accessLog} />
      ) : error ? (
        <ErrorState error={error} headingLevel={3} onRetry={() => void refetch()} />
      ) : (
        <LoadingState label={t('web.accessLog.loading')} lines={3} />
      )}
    </Section>
  );
}
