import { useQuery } from '@apollo/client/react';
import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { DateText } from '../../../components/DateText';
import { QueryContent } from '../../../components/QueryContent';
import { Section } from '../../../components/Section';
import { useT } from '../../../i18n';
import { REFERRAL_STATUS_COLOR } from '../../ke/statuses';
import { MySubmittedReferralsQuery } from '../graphql/intake';

export const NEW_REFERRAL_PATH = '/melding/ny';

/** "Mine meldinger": the referrals the user has sent and where each stands, with the way to a new one. */
export function MySubmittedReferrals() {
  const t = useT();
  // Asked again each time it is shown, so a referral just sent is there.
  const { data, error, refetch } = useQuery(MySubmittedReferralsQuery, { fetchPolicy: 'cache-and-network' });
  const columns = [t('web.intake.mine.col.journalNumber'), t('web.intake.mine.col.person'), t('web.intake.mine.col.received'), t('web.intake.mine.col.status')];
  return (
    <Section id="intake-mine" title={t('web.intake.mine.title')}>
      <div className="app-actions">
        <Link asChild>
          <RouterLink to={NEW_REFERRAL_PATH}>{t('web.intake.mine.new')}</RouterLink>
        </Link>
      </div>
      <QueryContent
        data={data}
        error={error}
        refetch={refetch}
        items={(result) => result.mySubmittedReferrals}
        empty={t('web.intake.mine.empty')}
        loadingLabel={t('web.intake.mine.loading')}
        loadingLines={2}
        errorHeadingLevel={3}
      >
        {(referrals) => (
          <DataTable caption={t('web.intake.mine.title')} columns={columns}>
            {referrals.map((referral) => (
              <Table.Row key={referral.id}>
                <Table.HeaderCell scope="row" className="app-row-name">
                  {referral.journalNumber ?? <span className="app-muted">{t('web.common.notSet')}</span>}
                </Table.HeaderCell>
                <DataTable.Cell label={columns[1]!}>{referral.person.name}</DataTable.Cell>
                <DataTable.Cell label={columns[2]!}>
                  <DateText value={referral.receivedAt} />
                </DataTable.Cell>
                <DataTable.Cell label={columns[3]!}>
                  <Tag data-color={REFERRAL_STATUS_COLOR[referral.status]} data-size="sm">
                    {t(`referralStatus.${referral.status}`)}
                  </Tag>
                </DataTable.Cell>
              </Table.Row>
            ))}
          </DataTable>
        )}
      </QueryContent>
    </Section>
  );
}
