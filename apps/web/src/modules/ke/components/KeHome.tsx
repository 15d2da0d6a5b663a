import { useQuery } from '@apollo/client/react';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { PageIntro } from '../../../components/PageIntro';
import { useT } from '../../../i18n';
import { KeOverviewQuery } from '../graphql/ke';
import { KeOverviewPanel } from './KeOverviewPanel';
import { ReferralInbox } from './ReferralInbox';
import { MySubmittedReferrals } from '../../intake/components/MySubmittedReferrals';
import { UnregisteredChangeForms } from '../../change-form/components/UnregisteredChangeForms';

/** The system coordinator's home: KE's registers and the referral inbox. */
export function KeHome() {
  const t = useT();
  const overview = useQuery(KeOverviewQuery);

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

      <ReferralInbox />
      <UnregisteredChangeForms />
      <MySubmittedReferrals />
    </>
  );
}
