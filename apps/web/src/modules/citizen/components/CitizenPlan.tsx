import { useQuery } from '@apollo/client/react';
import { Section } from '../../../components/Section';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { CoordinatorContacts } from '../../plan/components/CoordinatorContacts';
import { GoalList } from '../../plan/components/GoalList';
import { HiddenLifeAreasNotice } from '../../plan/components/HiddenLifeAreasNotice';
import { MeetingList } from '../../plan/components/MeetingList';
import { CitizenPlanQuery } from '../graphql/citizen';
import { WhoDoesWhat } from './WhoDoesWhat';

export const CitizenPlanViewFragment = graphql(`
  fragment CitizenPlanView on PlanView {
    id
    status
    whatIsImportant
    nextRevisionDate
    periodEnd
    hiddenLifeAreas
    coordinators {
      ...CoordinatorContactItem
    }
    goals {
      id
      ...GoalListGoal
    }
    measures {
      id
      ...WhoDoesWhatItem
    }
    upcomingMeetings {
      id
      ...MeetingItem
    }
  }
`);

function CitizenPlanSections(props: { plan: FragmentType<typeof CitizenPlanViewFragment> }) {
  const plan = useFragment(CitizenPlanViewFragment, props.plan);
  const { t, formatDate } = useI18n();
  return (
    <>
      {plan.status === 'DRAFT' && <Paragraph>{t('web.citizen.planDraft')}</Paragraph>}
      {plan.nextRevisionDate && (
        <Paragraph>{t('web.citizen.nextRevision', { date: formatDate(plan.nextRevisionDate) })}</Paragraph>
      )}
      <HiddenLifeAreasNotice areas={plan.hiddenLifeAreas} />

      <Card data-color="accent" variant="tinted" asChild>
        <section aria-labelledby="citizen-important">
          <Heading level={2} data-size="sm" id="citizen-important">
            {t('web.citizen.whatIsImportant')}
          </Heading>
          <Paragraph variant="long">{plan.whatIsImportant || t('web.citizen.whatIsImportantMissing')}</Paragraph>
        </section>
      </Card>

      <Section id="citizen-goals" title={t('web.citizen.goals')}>
        <GoalList goals={plan.goals} />
      </Section>

      <Section id="citizen-measures" title={t('web.citizen.whoDoesWhat')}>
        <WhoDoesWhat measures={plan.measures} />
      </Section>

      <Section id="citizen-coordinator" title={t('web.citizen.coordinator')}>
        <Paragraph data-size="sm">{t('web.citizen.coordinatorHelp')}</Paragraph>
        <CoordinatorContacts coordinators={plan.coordinators} />
      </Section>

      <Section id="citizen-meetings" title={t('web.citizen.meetings')}>
        <MeetingList meetings={plan.upcomingMeetings} />
      </Section>
    </>
  );
}

export function CitizenPlan({ personId }: { personId: string }) {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(CitizenPlanQuery, { variables: { personId } });
  if (data) {
    return data.plan ? <CitizenPlanSections plan={data.plan} /> : <EmptyState>{t('web.citizen.noPlan')}</EmptyState>;
  }
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return <LoadingState label={t('web.citizen.loadingPlan')} lines={5} />;
}
