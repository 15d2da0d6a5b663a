import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { usePageTitle } from '../../../components/usePageTitle';
import { useT } from '../../../i18n';
import { MyParticipationQuery } from '../graphql/group';
import { ParticipationCard } from './ParticipationCard';

/** The service provider's home: the responsibility groups they take part in. */
export function ProviderHome() {
  const t = useT();
  const title = t('web.group.title');
  usePageTitle(title);
  const { data, error, refetch } = useQuery(MyParticipationQuery);
  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph className="app-lead">{t('web.group.intro')}</Paragraph>
      {data ? (
        data.myParticipation.length === 0 ? (
          <EmptyState>{t('web.group.empty')}</EmptyState>
        ) : (
          <div className="app-stack">
            {data.myParticipation.map((entry) => (
              <ParticipationCard key={entry.groupId} entry={entry} />
            ))}
          </div>
        )
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState label={t('web.group.loading')} lines={4} />
      )}
    </>
  );
}
