import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { usePageTitle } from '../../../components/usePageTitle';
import { useT } from '../../../i18n';
import { MyCaseloadQuery } from '../graphql/caseload';
import { CaseloadTable } from './CaseloadTable';

/** The coordinator's home: the persons they follow. */
export function CoordinatorHome() {
  const t = useT();
  const title = t('web.caseload.title');
  usePageTitle(title);
  const { data, error, refetch } = useQuery(MyCaseloadQuery);
  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph className="app-lead">{t('web.caseload.intro')}</Paragraph>
      {data ? (
        data.myCaseload.length === 0 ? (
          <EmptyState>{t('web.caseload.empty')}</EmptyState>
        ) : (
          <CaseloadTable entries={data.myCaseload} />
        )
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState label={t('web.caseload.loading')} lines={5} />
      )}
    </>
  );
}
