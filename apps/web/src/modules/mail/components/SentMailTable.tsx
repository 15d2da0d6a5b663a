import { Details, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { DataTable } from '../../../components/DataTable';
import { DateText } from '../../../components/DateText';
import { useFragment, type FragmentType } from '../../../gql';
import type { MailStatus, SentMailItemFragment as SentMailItem } from '../../../gql/graphql';
import { useI18n, useT } from '../../../i18n';
import { SentMailItemFragment } from '../graphql';

const STATUS_COLOR: Record<MailStatus, 'success' | 'warning' | 'danger'> = { SENT: 'success', PENDING: 'warning', FAILED: 'danger' };

const COLUMNS = ['subject', 'to', 'kind', 'status', 'createdAt', 'calendar'] as const;

/** The sent mail, a row each (a card each on a phone): subject and text, recipient, status, calendar file. */
export function SentMailTable(props: { mails: readonly FragmentType<typeof SentMailItemFragment>[]; showSender: boolean }) {
  const t = useT();
  const mails = useFragment(SentMailItemFragment, props.mails);
  const { showSender } = props;
  const columns = COLUMNS.map((column) => t(`web.mail.col.${column}`));
  return (
    <div className="app-sent-mail">
      <DataTable caption={t('web.mail.caption')} columns={columns}>
        {mails.map((mail) => {
          return (
            <Table.Row key={mail.id}>
              <Table.HeaderCell scope="row" className="app-row-name">
                {mail.subject}
                {showSender && mail.senderName && (
                  <Paragraph data-size="sm" className="app-muted">
                    {t('web.mail.sender', { name: mail.senderName })}
                  </Paragraph>
                )}
                <Details>
                  <Details.Summary>{t('web.mail.body')}</Details.Summary>
                  <Details.Content>
                    <Paragraph data-size="sm" className="app-prewrap">
                      {mail.textBody}
                    </Paragraph>
                  </Details.Content>
                </Details>
              </Table.HeaderCell>
              <DataTable.Cell label={columns[1]!}>
                {mail.toName && <div>{mail.toName}</div>}
                <div>{mail.to}</div>
              </DataTable.Cell>
              <DataTable.Cell label={columns[2]!}>{t(`mail.kind.${mail.kind}`)}</DataTable.Cell>
              <DataTable.Cell label={columns[3]!}>
                <Tag data-color={STATUS_COLOR[mail.status]} data-size="sm">
                  {t(`mail.status.${mail.status}`)}
                </Tag>
                <MailDelivery mail={mail} />
              </DataTable.Cell>
              <DataTable.Cell label={columns[4]!}>
                <DateText value={mail.createdAt} withTime />
              </DataTable.Cell>
              <DataTable.Cell label={columns[5]!}>
                {mail.calendarUrl ? (
                  <Link href={mail.calendarUrl} download aria-label={t('web.mail.downloadFor', { subject: mail.subject })}>
                    {t('web.mail.download')}
                  </Link>
                ) : (
                  t('web.mail.noCalendar')
                )}
              </DataTable.Cell>
            </Table.Row>
          );
        })}
      </DataTable>
    </div>
  );
}

/** When it was sent, or how the attempts went. */
function MailDelivery({ mail }: { mail: Pick<SentMailItem, 'status' | 'sentAt' | 'attempts' | 'nextAttemptAt' | 'lastError'> }) {
  const { t, formatDateTime } = useI18n();
  const lines = [
    mail.status === 'SENT' && mail.sentAt ? t('web.mail.sentAt', { at: formatDateTime(mail.sentAt) }) : null,
    mail.status !== 'SENT' && mail.attempts > 0 ? t('web.mail.attempts', { count: mail.attempts }) : null,
    mail.status === 'PENDING' && mail.attempts > 0 && mail.nextAttemptAt ? t('web.mail.nextAttempt', { at: formatDateTime(mail.nextAttemptAt) }) : null,
    mail.status !== 'SENT' && mail.lastError ? t('web.mail.error', { code: mail.lastError }) : null,
  ].filter((line): line is string => line !== null);
  return lines.map((line) => (
    <Paragraph key={line} data-size="sm" className="app-muted">
      {line}
    </Paragraph>
  ));
}
