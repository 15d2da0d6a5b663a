import { useQuery } from '@apollo/client/react';
import { PageIntro } from '../../../components/PageIntro';
import { QueryContent } from '../../../components/QueryContent';
import { useT } from '../../../i18n';
import { MyParticipationQuery } from '../graphql/group';
import { ParticipationCard } from './ParticipationCard';
import { MySubmittedReferrals } from '../../intake/components/MySubmittedReferrals';
import { MyTasks } from '../../meeting/components/MyTasks';

/** The service provider's home: the responsibility groups they take part in, and their tasks from meetings. */
export function ProviderHome() {
  const t = useT();
  const { data, error, refetch } = useQuery(MyParticipationQuery);
  return (
    <>
      <PageIntro title={t('web.group.title')} intro={t('web.group.intro')} />
      <QueryContent
        data={data}
        error={error}
        refetch={refetch}
        items={(result) => result.myParticipation}
        empty={t('web.group.empty')}
        loadingLabel={t('web.group.loading')}
        loadingLines={4}
      >
        {(entries) => (
          <div className="app-stack">
            {entries.map((entry) => (
              <ParticipationCard key={entry.groupId} entry={entry} />
            ))}
          </div>
        )}
      </QueryContent>
      <MyTasks />
      <MySubmittedReferrals />
    </>
  );
}
