import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Section } from '../../../components/Section';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { PLAN_STATUS_COLOR } from '../status';
import { CoordinatorContacts } from './CoordinatorContacts';
import { GoalList } from './GoalList';
import { WithheldNotice } from './WithheldNotice';
import { MeasureTable } from './MeasureTable';
import { MeetingList } from './MeetingList';
import { PlanPdfLink } from './PlanPdfLink';
import { SubPlanList } from './SubPlanList';
import { GoalActionItems } from '../../meeting/components/GoalActionItems';

export const PlanDetailsFragment = graphql(`
  fragment PlanDetails on PlanView {
    id
    status
    periodStart
    periodEnd
    nextRevisionDate
    whatIsImportant
    hiddenLifeAreas
    partsWithheld
    person {
      id
      name
    }
    coordinators {
      ...CoordinatorContactItem
    }
    coordinatorHandover {
      ...CoordinatorHandoverText
    }
    goals {
      id
      ...GoalListGoal
      # Inline rather than a fragment: the test mocks' Unmasked<> type loses one nested this deep.
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
      ...MeasureRow
    }
    upcomingMeetings {
      id
      ...MeetingItem
    }
    subPlans {
      id
      ...SubPlanListItem
    }
  }
`);

/** The individual plan as professionals see it (below the page's h1). */
export function PlanDetails(props: { plan: FragmentType<typeof PlanDetailsFragment> }) {
  const plan = useFragment(PlanDetailsFragment, props.plan);
  const { t, formatDate } = useI18n();
  return (
    <div className="app-stack">
      <div className="app-tags">
        <Tag data-color={PLAN_STATUS_COLOR[plan.status]}>{t(`planStatus.${plan.status}`)}</Tag>
        {plan.periodStart && (
          <Paragraph data-size="sm">
            {t('web.plan.period', { from: formatDate(plan.periodStart), to: plan.periodEnd ? formatDate(plan.periodEnd) : '…' })}
          </Paragraph>
        )}
        {plan.nextRevisionDate && (
          <Paragraph data-size="sm">{t('web.plan.nextRevision', { date: formatDate(plan.nextRevisionDate) })}</Paragraph>
        )}
      </div>
      <WithheldNotice areas={plan.hiddenLifeAreas} partsWithheld={plan.partsWithheld} />
      <PlanPdfLink planId={plan.id} />

      <Card data-color="neutral" variant="tinted" asChild>
        <section aria-labelledby="plan-important">
          <Heading level={2} data-size="sm" id="plan-important">
            {t('web.plan.whatIsImportant')}
          </Heading>
          <Paragraph variant="long">{plan.whatIsImportant || t('web.plan.whatIsImportantMissing')}</Paragraph>
        </section>
      </Card>

      <Section id="plan-coordinators" title={t('web.plan.coordinators')}>
        <CoordinatorContacts coordinators={plan.coordinators} handover={plan.coordinatorHandover} />
      </Section>

      <Section id="plan-goals" title={t('web.plan.goals')}>
        <GoalList goals={plan.goals} extra={(goalId) => <GoalActionItems items={plan.goals.find((goal) => goal.id === goalId)?.actionItems ?? []} />} />
      </Section>

      <Section id="plan-measures" title={t('web.plan.measures')}>
        <MeasureTable measures={plan.measures} caption={t('web.plan.measures')} />
      </Section>

      <Section id="plan-sub-plans" title={t('web.planParts.subPlans.title')}>
        <SubPlanList subPlans={plan.subPlans} />
      </Section>

      <Section id="plan-meetings" title={t('web.plan.upcomingMeetings')}>
        <MeetingList meetings={plan.upcomingMeetings} />
      </Section>
    </div>
  );
}
