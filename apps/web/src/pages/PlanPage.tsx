import { useQuery } from '@apollo/client/react';
import { Heading, Link } from '@digdir/designsystemet-react';
import { isUuid } from '@samhandling/shared';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { groupPath } from '../modules/group/paths';
import { isNotFoundOrNoAccess } from '../apollo/errors';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { NotFoundContent } from '../components/NotFoundContent';
import { usePageTitle } from '../components/usePageTitle';
import { useT } from '../i18n';
import { PlanDetails } from '../modules/plan/components/PlanDetails';
import { PlanEditor } from '../modules/plan/editor/PlanEditor';
import { PlanPeriodConsent } from '../modules/plan/editor/PlanPeriodConsent';
import { PlanStateNotice } from '../modules/plan/components/PlanStateNotice';
import { PersonPlanQuery, PersonPlanStateQuery } from '../modules/plan/graphql/plan';
import { meetingsPath } from '../modules/meeting/paths';

/** /plan/:personId: a person's individual plan, or why they have none. */
export function PlanPage() {
  const { personId = '' } = useParams();
  // An id that cannot be one is not asked for: the page is simply not there.
  if (!isUuid(personId)) return <NotFoundContent />;
  return <PersonPlan key={personId} personId={personId} />;
}

function PersonPlan({ personId }: { personId: string }) {
  const t = useT();
  const planQuery = useQuery(PersonPlanQuery, { variables: { personId } });
  const hasNoPlan = planQuery.data?.plan === null;
  const stateQuery = useQuery(PersonPlanStateQuery, { variables: { personId }, skip: !hasNoPlan });
  const error = planQuery.error ?? stateQuery.error;
  const retry = () => void (planQuery.error ? planQuery.refetch() : stateQuery.refetch());

  if (isNotFoundOrNoAccess(error)) return <NotFoundContent />;

  const plan = planQuery.data?.plan;
  if (plan) {
    return (
      <PlanPageLayout title={t('web.plan.titleFor', { name: plan.person.name })} person={plan.person} withGroup={plan.canEdit}>
        {plan.canEdit ? (
          <PlanEditor plan={plan} />
        ) : (
          <>
            <PlanPeriodConsent plan={plan} />
            <PlanDetails plan={plan} />
          </>
        )}
      </PlanPageLayout>
    );
  }
  const person = stateQuery.data?.person;
  if (person) {
    return (
      <PlanPageLayout title={t('web.plan.titleFor', { name: person.name })} person={person}>
        <PlanStateNotice person={person} />
      </PlanPageLayout>
    );
  }
  return (
    <PlanPageLayout title={t('web.plan.title')}>
      {error ? <ErrorState error={error} onRetry={retry} /> : <LoadingState label={t('web.plan.loading')} lines={6} />}
    </PlanPageLayout>
  );
}

/** The page's frame; with a person, links to their meetings (and for the coordinator, their group). */
function PlanPageLayout({ title, person, withGroup = false, children }: { title: string; person?: { id: string; name: string }; withGroup?: boolean; children: ReactNode }) {
  const t = useT();
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
      {person && (
        <div className="app-actions">
          <Link asChild>
            <RouterLink to={meetingsPath(person.id)}>{t('web.meeting.linkFor', { name: person.name })}</RouterLink>
          </Link>
          {withGroup && (
            <Link asChild>
              <RouterLink to={groupPath(person.id)}>{t('web.groupPage.linkFor', { name: person.name })}</RouterLink>
            </Link>
          )}
        </div>
      )}
      {children}
    </>
  );
}
