import { useQuery } from '@apollo/client/react';
import { Section } from '../../../components/Section';
import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { aboutPerson, useI18n } from '../../../i18n';
import { CoordinatorContacts } from '../../plan/components/CoordinatorContacts';
import { GoalList } from '../../plan/components/GoalList';
import { WithheldNotice } from '../../plan/components/WithheldNotice';
import { MeetingList } from '../../plan/components/MeetingList';
import { PlanPdfLink } from '../../plan/components/PlanPdfLink';
import { PlanStateNotice } from '../../plan/components/PlanStateNotice';
import { PersonPlanStateQuery } from '../../plan/graphql/plan';
import { CitizenPlanQuery } from '../graphql/citizen';
import { usePlanLive } from '../../plan/live/usePlanLive';
import { CheckboxField } from '../../../components/form';
import { EasyReadPlan } from '../easy-read/EasyReadPlan';
import { useEasyRead } from '../easy-read/useEasyRead';
import type { ShownPerson } from '../person';
import { CitizenGoalComments } from './CitizenGoalComments';
import { SubPlanList } from '../../plan/components/SubPlanList';
import { WhoDoesWhat } from './WhoDoesWhat';
import { meetingsPath } from '../../meeting/paths';
import { GoalActionItems } from '../../meeting/components/GoalActionItems';

const LIVE_QUERIES = [CitizenPlanQuery];

export const CitizenPlanViewFragment = graphql(`
  fragment CitizenPlanView on PlanView {
    id
    status
    whatIsImportant
    nextRevisionDate
    periodEnd
    hiddenLifeAreas
    partsWithheld
    coordinators {
      ...CoordinatorContactItem
    }
    coordinatorHandover {
      ...CoordinatorHandoverText
    }
    goals {
      id
      ...GoalListGoal
      ...GoalCommentThread
      # Inline, as in the staff's plan: tasks from meetings tied to the goal.
      actionItems {
        id
        meetingId
        description
        responsibleName
        dueDate
        overdue
        doneAt
      }
    }
    measures {
      id
      ...WhoDoesWhatItem
    }
    upcomingMeetings {
      id
      ...MeetingItem
    }
    subPlans {
      id
      ...SubPlanListItem
    }
    ...EasyReadPlan
  }
`);

function CitizenPlanSections(props: { plan: FragmentType<typeof CitizenPlanViewFragment>; person: ShownPerson }) {
  const plan = useFragment(CitizenPlanViewFragment, props.plan);
  const { t, formatDate } = useI18n();
  // What the coordinator saves shows up here at once.
  usePlanLive(plan.id, LIVE_QUERIES);
  const [easyRead, setEasyRead] = useEasyRead();
  const easyReadSwitch = (
    <CheckboxField name="easy-read" role="switch" label={t('web.easyRead.switch')} description={t('web.easyRead.switchHelp')} checked={easyRead} onChange={(event) => setEasyRead(event.target.checked)} />
  );
  if (easyRead) {
    return (
      <>
        {easyReadSwitch}
        <EasyReadPlan plan={plan} />
      </>
    );
  }
  const about = aboutPerson(props.person);
  const comments = (goalId: string) => {
    const goal = plan.goals.find((candidate) => candidate.id === goalId);
    return goal ? (
      <>
        <GoalActionItems items={goal.actionItems} />
        <CitizenGoalComments goal={goal} person={props.person} />
      </>
    ) : null;
  };
  return (
    <>
      {easyReadSwitch}
      {plan.status === 'DRAFT' && <Paragraph>{t('web.citizen.planDraft')}</Paragraph>}
      {plan.nextRevisionDate && (
        <Paragraph>{t('web.citizen.nextRevision', { date: formatDate(plan.nextRevisionDate) })}</Paragraph>
      )}
      <WithheldNotice areas={plan.hiddenLifeAreas} partsWithheld={plan.partsWithheld} />
      <PlanPdfLink planId={plan.id} />

      <Card data-color="accent" variant="tinted" asChild>
        <section aria-labelledby="citizen-important">
          <Heading level={2} data-size="sm" id="citizen-important">
            {t('web.citizen.whatIsImportant', about)}
          </Heading>
          <Paragraph variant="long">{plan.whatIsImportant || t('web.citizen.whatIsImportantMissing', about)}</Paragraph>
        </section>
      </Card>

      <Section id="citizen-goals" title={t('web.citizen.goals', about)}>
        <GoalList goals={plan.goals} extra={comments} />
      </Section>

      <Section id="citizen-measures" title={t('web.citizen.whoDoesWhat')}>
        <WhoDoesWhat measures={plan.measures} />
      </Section>

      <Section id="citizen-sub-plans" title={t('web.planParts.mine.title', about)}>
        <SubPlanList subPlans={plan.subPlans} />
      </Section>

      <Section id="citizen-coordinator" title={t('web.citizen.coordinator', about)}>
        <Paragraph data-size="sm">{t('web.citizen.coordinatorHelp', about)}</Paragraph>
        <CoordinatorContacts coordinators={plan.coordinators} handover={plan.coordinatorHandover} />
      </Section>

      <Section id="citizen-meetings" title={t('web.citizen.meetings')}>
        <MeetingList meetings={plan.upcomingMeetings} />
        <MeetingsLink person={props.person} />
      </Section>
    </>
  );
}

/** The plan of the person shown, in plain language; without a plan, why there is none. */
export function CitizenPlan({ person }: { person: ShownPerson }) {
  const { t } = useI18n();
  const planQuery = useQuery(CitizenPlanQuery, { variables: { personId: person.id } });
  const stateQuery = useQuery(PersonPlanStateQuery, { variables: { personId: person.id }, skip: planQuery.data?.plan !== null });
  const plan = planQuery.data?.plan;
  if (plan) return <CitizenPlanSections plan={plan} person={person} />;
  if (stateQuery.data) {
    const { coordinators } = stateQuery.data.person;
    return (
      <>
        <PlanStateNotice person={stateQuery.data.person} />
        {coordinators.length > 0 && (
          <Section id="citizen-coordinator" title={t('web.citizen.coordinatorWithoutPlan')}>
            <Paragraph data-size="sm">{t('web.citizen.coordinatorHelp', aboutPerson(person))}</Paragraph>
            <CoordinatorContacts coordinators={coordinators} />
          </Section>
        )}
      </>
    );
  }
  const error = planQuery.error ?? stateQuery.error;
  if (error) return <ErrorState error={error} onRetry={() => void (planQuery.error ? planQuery.refetch() : stateQuery.refetch())} />;
  return <LoadingState label={t('web.citizen.loadingPlan')} lines={5} />;
}

/** All the person's meetings, with agendas and finalised minutes. */
function MeetingsLink({ person }: { person: ShownPerson }) {
  const { t } = useI18n();
  return (
    <Paragraph>
      <Link asChild>
        <RouterLink to={meetingsPath(person.id)}>{t('web.meeting.citizenLink', aboutPerson(person))}</RouterLink>
      </Link>
    </Paragraph>
  );
}
