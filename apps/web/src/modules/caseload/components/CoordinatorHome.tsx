import { useQuery } from '@apollo/client/react';
import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { PageIntro } from '../../../components/PageIntro';
import { QueryContent } from '../../../components/QueryContent';
import { useT } from '../../../i18n';
import { MyCaseloadQuery } from '../graphql/caseload';
import { CaseloadTable } from './CaseloadTable';
import { MySubmittedReferrals } from '../../intake/components/MySubmittedReferrals';
import { ConsentAlerts } from '../../consent/components/ConsentAlerts';
import { SENT_MAIL_PATH } from '../../mail/paths';
import { MyTasks } from '../../meeting/components/MyTasks';
import { ToLeadersList } from '../../meeting/components/ToLeadersList';
import { GroupReviewsDue } from '../../group/components/GroupReviewsDue';

/** The coordinator's home: the persons they follow, their tasks from meetings and matters for the leaders, consents missing or expiring, and the groups to review. */
export function CoordinatorHome() {
  const t = useT();
  const { data, error, refetch } = useQuery(MyCaseloadQuery);
  return (
    <>
      <PageIntro title={t('web.caseload.title')} intro={t('web.caseload.intro')} />
      <div className="app-actions">
        <Link asChild>
          <RouterLink to={SENT_MAIL_PATH}>{t('web.mail.homeLink')}</RouterLink>
        </Link>
      </div>
      <QueryContent
        data={data}
        error={error}
        refetch={refetch}
        items={(result) => result.myCaseload}
        empty={t('web.caseload.empty')}
        loadingLabel={t('web.caseload.loading')}
        loadingLines={5}
      >
        {(entries) => <CaseloadTable entries={entries} />}
      </QueryContent>
      <MyTasks />
      <ToLeadersList />
      <ConsentAlerts />
      <GroupReviewsDue />
      <MySubmittedReferrals />
    </>
  );
}
