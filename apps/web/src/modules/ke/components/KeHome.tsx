import { useQuery } from '@apollo/client/react';
import { Section } from '../../../components/Section';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { LabelledSelect } from '../../../components/LabelledSelect';
import { PageIntro } from '../../../components/PageIntro';
import { QueryContent } from '../../../components/QueryContent';
import { useT } from '../../../i18n';
import { KeOverviewQuery, ReferralInboxQuery } from '../graphql/ke';
import { isReferralStatus, REFERRAL_STATUSES } from '../statuses';
import { KeOverviewPanel } from './KeOverviewPanel';
import { ReferralTable } from './ReferralTable';
import { MySubmittedReferrals } from '../../intake/components/MySubmittedReferrals';

/** The system coordinator's home: KE's registers and the referral inbox. */
export function KeHome() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status') ?? '';
  const status = isReferralStatus(statusParam) ? statusParam : null;

  const overview = useQuery(KeOverviewQuery);
  const inbox = useQuery(ReferralInboxQuery, { variables: { status } });

  return (
    <>
      <PageIntro title={t('web.ke.title')} intro={t('web.ke.intro')} />

      {overview.data ? (
        <KeOverviewPanel overview={overview.data.keOverview} />
      ) : overview.error ? (
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <LoadingState label={t('web.ke.loadingOverview')} lines={2} />
      )}

      <Section id="ke-inbox" title={t('web.ke.inbox')}>
        <LabelledSelect
          className="app-toolbar"
          label={t('web.ke.statusFilter')}
          value={status ?? ''}
          options={[
            { value: '', label: t('web.ke.allStatuses') },
            ...REFERRAL_STATUSES.map((option) => ({ value: option, label: t(`referralStatus.${option}`) })),
          ]}
          onChange={(next) => setSearchParams(isReferralStatus(next) ? { status: next } : {}, { replace: true })}
        />
        <QueryContent
          data={inbox.data}
          error={inbox.error}
          refetch={inbox.refetch}
          items={(result) => result.referrals}
          empty={status ? t('web.ke.noReferralsWithStatus') : t('web.ke.noReferrals')}
          loadingLabel={t('web.ke.loadingInbox')}
          errorHeadingLevel={3}
        >
          {(referrals) => <ReferralTable referrals={referrals} caption={t('web.ke.inbox')} />}
        </QueryContent>
      </Section>
      <MySubmittedReferrals />
    </>
  );
}
