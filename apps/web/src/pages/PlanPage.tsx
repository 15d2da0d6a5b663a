import { useQuery } from '@apollo/client/react';
import { Heading, Link } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { usePageTitle } from '../components/usePageTitle';
import { useT } from '../i18n';
import { PlanDetails } from '../modules/plan/components/PlanDetails';
import { PersonPlanQuery } from '../modules/plan/graphql/plan';

/** /plan/:personId: a person's individual plan. */
export function PlanPage() {
  const t = useT();
  const { personId = '' } = useParams();
  const { data, error, refetch } = useQuery(PersonPlanQuery, { variables: { personId } });
  const plan = data?.plan;
  const title = plan ? t('web.plan.titleFor', { name: plan.person.name }) : t('web.plan.title');
  usePageTitle(title);

  return (
    <>
      <nav aria-label={t('web.plan.breadcrumb')} className="app-back">
        <Link asChild>
          <RouterLink to="/">{t('web.plan.back')}</RouterLink>
        </Link>
      </nav>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {data ? (
        plan ? (
          <PlanDetails plan={plan} />
        ) : (
          <EmptyState>{t('web.plan.noPlan')}</EmptyState>
        )
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState label={t('web.plan.loading')} lines={6} />
      )}
    </>
  );
}
