import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { usePageTitle } from '../../../components/usePageTitle';
import { useT } from '../../../i18n';
import { MyUnitsQuery } from '../graphql/unit';
import { UnitCard } from './UnitCard';

/** The unit leader's home: coordinators of each unit they lead, and its training needs. */
export function UnitLeaderHome() {
  const t = useT();
  const title = t('web.unit.title');
  usePageTitle(title);
  const { data, error, refetch } = useQuery(MyUnitsQuery);
  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph className="app-lead">{t('web.unit.intro')}</Paragraph>
      {data ? (
        data.myUnits.length === 0 ? (
          <EmptyState>{t('web.unit.noUnits')}</EmptyState>
        ) : (
          <div className="app-stack">
            {data.myUnits.map((unit) => (
              <UnitCard key={unit.id} unit={unit} />
            ))}
          </div>
        )
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState label={t('web.unit.loading')} lines={4} />
      )}
    </>
  );
}
