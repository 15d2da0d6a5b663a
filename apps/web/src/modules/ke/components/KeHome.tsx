import { useQuery } from '@apollo/client/react';
import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { PageIntro } from '../../../components/PageIntro';
import { useT } from '../../../i18n';
import { KeOverviewQuery } from '../graphql/ke';
import { KeOverviewPanel } from './KeOverviewPanel';
import { ReferralInbox } from './ReferralInbox';
import { MySubmittedReferrals } from '../../intake/components/MySubmittedReferrals';
import { UnregisteredChangeForms } from '../../change-form/components/UnregisteredChangeForms';
import { STAFF_AUDIT_PATH } from '../../access-log/paths';
import { SENT_MAIL_PATH } from '../../mail/paths';
import { ConsentAlerts } from '../../consent/components/ConsentAlerts';
import { GroupReviewsDue } from '../../group/components/GroupReviewsDue';

/** The system coordinator's home: KE's registers and the referral inbox. */
export function KeHome() {
  const t = useT();
  const overview = useQuery(KeOverviewQuery);

  return (
    <>
      <PageIntro title={t('web.ke.title')} intro={t('web.ke.intro')} />
      <div className="app-actions">
        <Link asChild>
          <RouterLink to={STAFF_AUDIT_PATH}>{t('web.staffAudit.homeLink')}</RouterLink>
        </Link>
        <Link asChild>
          <RouterLink to={SENT_MAIL_PATH}>{t('web.mail.homeLink')}</RouterLink>
        </Link>
      </div>

      {overview.data ? (
        <KeOverviewPanel overview={overview.data.keOverview} />
      ) : overview.error ? (
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <LoadingState label={t('web.ke.loadingOverview')} lines={2} />
      )}

      <ReferralInbox />
      <UnregisteredChangeForms />
      <ConsentAlerts />
      <GroupReviewsDue />
      <MySubmittedReferrals />
    </>
  );
}
