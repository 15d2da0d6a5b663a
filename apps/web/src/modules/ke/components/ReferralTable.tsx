import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { DateText } from '../../../components/DateText';
import { PersonAge } from '../../../components/PersonAge';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useT } from '../../../i18n';
import { REFERRAL_STATUS_COLOR } from '../statuses';

export const ReferralRowFragment = graphql(`
  fragment ReferralRow on Referral {
    id
    person {
      id
      name
      age
      expectedBirthDate
    }
    sourceKind
    sourceName
    channel
    requested
    receivedAt
    waitingDays
    status
    journalNumber
  }
`);

function ReferralTableRow(props: { referral: FragmentType<typeof ReferralRowFragment> }) {
  const referral = useFragment(ReferralRowFragment, props.referral);
  const t = useT();
  return (
    <Table.Row>
      {/* The name opens the case (KE keeps the register and does not read plans). */}
      <Table.HeaderCell scope="row" className="app-row-name">
        <Link asChild>
          <RouterLink to={`/sak/${referral.id}`}>{referral.person.name}</RouterLink>
        </Link>
      </Table.HeaderCell>
      <DataTable.Cell label={t('web.ke.col.age')}>
        <PersonAge age={referral.person.age} expectedBirthDate={referral.person.expectedBirthDate} />
      </DataTable.Cell>
      <DataTable.Cell label={t('web.ke.col.source')}>
        {t(`referralSource.${referral.sourceKind}`)}
        <span className="app-muted"> · {referral.sourceName}</span>
      </DataTable.Cell>
      <DataTable.Cell label={t('web.ke.col.channel')}>{t(`channel.${referral.channel}`)}</DataTable.Cell>
      <DataTable.Cell label={t('web.ke.col.requested')}>{t(`requested.${referral.requested}`)}</DataTable.Cell>
      <DataTable.Cell label={t('web.ke.col.received')}>
        <DateText value={referral.receivedAt} />
      </DataTable.Cell>
      <DataTable.Cell label={t('web.ke.col.waiting')}>
        {referral.waitingDays === null ? <span className="app-muted">{t('web.ke.notWaiting')}</span> : t('web.ke.days', { count: referral.waitingDays })}
      </DataTable.Cell>
      <DataTable.Cell label={t('web.ke.col.status')}>
        <Tag data-color={REFERRAL_STATUS_COLOR[referral.status]} data-size="sm">
          {t(`referralStatus.${referral.status}`)}
        </Tag>
      </DataTable.Cell>
      <DataTable.Cell label={t('web.ke.col.journalNumber')}>{referral.journalNumber ?? <span className="app-muted">{t('web.common.notSet')}</span>}</DataTable.Cell>
    </Table.Row>
  );
}

export function ReferralTable(props: {
  referrals: readonly ({ id: string } & FragmentType<typeof ReferralRowFragment>)[];
  caption: string;
}) {
  const t = useT();
  const columns = (['person', 'age', 'source', 'channel', 'requested', 'received', 'waiting', 'status', 'journalNumber'] as const).map((column) =>
    t(`web.ke.col.${column}`),
  );
  return (
    <DataTable caption={props.caption} columns={columns}>
      {props.referrals.map((referral) => (
        <ReferralTableRow key={referral.id} referral={referral} />
      ))}
    </DataTable>
  );
}
