import { Table, Tag } from '@digdir/designsystemet-react';
import { DateText } from '../../../components/DateText';
import { PersonAge } from '../../../components/PersonAge';
import { ScrollableTable } from '../../../components/ScrollableTable';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useT } from '../../../i18n';
import { REFERRAL_STATUS_COLOR } from '../statuses';

export const ReferralRowFragment = graphql(`
  fragment ReferralRow on ReferralSummary {
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
    status
    journalNumber
  }
`);

function ReferralTableRow(props: { referral: FragmentType<typeof ReferralRowFragment> }) {
  const referral = useFragment(ReferralRowFragment, props.referral);
  const t = useT();
  return (
    <Table.Row>
      {/* KE keeps the register and does not read plans: the name is plain text, not a link. */}
      <Table.HeaderCell scope="row" className="app-row-name">
        {referral.person.name}
      </Table.HeaderCell>
      <Table.Cell>
        <PersonAge age={referral.person.age} expectedBirthDate={referral.person.expectedBirthDate} />
      </Table.Cell>
      <Table.Cell>
        {t(`referralSource.${referral.sourceKind}`)}
        <span className="app-muted"> · {referral.sourceName}</span>
      </Table.Cell>
      <Table.Cell>{t(`channel.${referral.channel}`)}</Table.Cell>
      <Table.Cell>{t(`requested.${referral.requested}`)}</Table.Cell>
      <Table.Cell>
        <DateText value={referral.receivedAt} />
      </Table.Cell>
      <Table.Cell>
        <Tag data-color={REFERRAL_STATUS_COLOR[referral.status]} data-size="sm">
          {t(`referralStatus.${referral.status}`)}
        </Tag>
      </Table.Cell>
      <Table.Cell>{referral.journalNumber ?? <span className="app-muted">{t('web.common.notSet')}</span>}</Table.Cell>
    </Table.Row>
  );
}

export function ReferralTable(props: {
  referrals: readonly ({ id: string } & FragmentType<typeof ReferralRowFragment>)[];
  caption: string;
}) {
  const t = useT();
  return (
    <ScrollableTable label={props.caption}>
      <Table zebra data-size="sm">
        <caption className="app-visually-hidden">{props.caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('web.ke.col.person')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.ke.col.age')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.ke.col.source')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.ke.col.channel')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.ke.col.requested')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.ke.col.received')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.ke.col.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.ke.col.journalNumber')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {props.referrals.map((referral) => (
            <ReferralTableRow key={referral.id} referral={referral} />
          ))}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}
