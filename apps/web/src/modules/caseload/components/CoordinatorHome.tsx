import { useQuery } from '@apollo/client/react';
import { PageIntro } from '../../../components/PageIntro';
import { QueryContent } from '../../../components/QueryContent';
import { useT } from '../../../i18n';
import { MyCaseloadQuery } from '../graphql/caseload';
import { CaseloadTable } from './CaseloadTable';
import { MySubmittedReferrals } from '../../intake/components/MySubmittedReferrals';
import { ConsentAlerts } from '../../consent/components/ConsentAlerts';

/** The coordinator's home: the persons they follow, and those whose consent is missing or expiring. */
export function CoordinatorHome() {
  const t = useT();
  const { data, error, refetch } = useQuery(MyCaseloadQuery);
  return (
    <>
      <PageIntro title={t('web.caseload.title')} intro={t('web.caseload.intro')} />
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
      <ConsentAlerts />
      <MySubmittedReferrals />
    </>
  );
}
