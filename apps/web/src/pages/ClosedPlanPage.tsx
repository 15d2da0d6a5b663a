import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { isUuid } from '@samhandling/shared';
import { Link as RouterLink, useParams } from 'react-router';
import { isNotFoundOrNoAccess } from '../apollo/errors';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { NotFoundContent } from '../components/NotFoundContent';
import { usePageTitle } from '../components/usePageTitle';
import { useI18n } from '../i18n';
import { PlanDetails } from '../modules/plan/components/PlanDetails';
import { ClosedPlanQuery } from '../modules/plan/graphql/plan';

/** /plan/:personId/avsluttet/:planId: a closed plan, kept and read-only. */
export function ClosedPlanPage() {
  const { personId = '', planId = '' } = useParams();
  if (!isUuid(personId) || !isUuid(planId)) return <NotFoundContent />;
  return <ClosedPlan key={planId} personId={personId} planId={planId} />;
}

function ClosedPlan({ personId, planId }: { personId: string; planId: string }) {
  const { t, formatDate } = useI18n();
  const { data, error, refetch } = useQuery(ClosedPlanQuery, { variables: { personId, planId } });
  const plan = data?.plan;
  usePageTitle(plan ? t('web.closedPlan.titleFor', { name: plan.person.name }) : t('web.plan.title'));
  if (isNotFoundOrNoAccess(error) || data?.plan === null) return <NotFoundContent />;
  return (
    <>
      <nav aria-label={t('web.plan.breadcrumb')} className="app-back">
        <Link asChild>
          <RouterLink to={`/plan/${personId}`}>{t('web.closedPlan.back')}</RouterLink>
        </Link>
      </nav>
      {plan ? (
        <>
          <Heading level={1} data-size="lg">
            {t('web.closedPlan.titleFor', { name: plan.person.name })}
          </Heading>
          <Alert data-color="info" className="app-notice" data-testid="closed-plan">
            <Paragraph>{t('web.closedPlan.notice', { date: formatDate(plan.closedAt) })}</Paragraph>
            {plan.closedReason && <Paragraph data-size="sm">{t('web.closedPlan.reason', { reason: plan.closedReason })}</Paragraph>}
          </Alert>
          <PlanDetails plan={plan} />
        </>
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState label={t('web.plan.loading')} lines={6} />
      )}
    </>
  );
}
