// The plan in easy-read form, for a person who reads better with short sentences: one thing per
// line, large text, a picture for each life area, and the next step first.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { LifeAreaIcon } from './LifeAreaIcon';

export const EasyReadPlanFragment = graphql(`
  fragment EasyReadPlan on PlanView {
    id
    whatIsImportant
    goals {
      id
      kind
      status
      description
      targetDate
      lifeArea
    }
    measures {
      id
      goalId
      description
      responsible
      dueDate
      status
      overdue
    }
    coordinators {
      name
      phone
      email
    }
    upcomingMeetings {
      id
      startsAt
      location
    }
    subPlans {
      id
      kind
      title
      owner
    }
  }
`);

export function EasyReadPlan(props: { plan: FragmentType<typeof EasyReadPlanFragment> }) {
  const plan = useFragment(EasyReadPlanFragment, props.plan);
  const { t, formatDate, formatDateTime } = useI18n();
  const next = plan.upcomingMeetings[0];
  return (
    <div className="app-easy-read" data-testid="easy-read">
      {next ? (
        <section aria-labelledby="easy-next" className="app-easy-card">
          <Heading level={2} data-size="sm" id="easy-next">
            {t('web.easyRead.nextMeeting')}
          </Heading>
          <Paragraph>{formatDateTime(next.startsAt)}</Paragraph>
          {next.location ? <Paragraph>{t('web.easyRead.where', { place: next.location })}</Paragraph> : null}
        </section>
      ) : null}

      <section aria-labelledby="easy-important" className="app-easy-card">
        <Heading level={2} data-size="sm" id="easy-important">
          {t('web.easyRead.important')}
        </Heading>
        <Paragraph>{plan.whatIsImportant || t('web.easyRead.importantMissing')}</Paragraph>
      </section>

      <section aria-labelledby="easy-goals">
        <Heading level={2} data-size="sm" id="easy-goals">
          {t('web.easyRead.goals')}
        </Heading>
        {plan.goals.length === 0 ? <Paragraph>{t('web.easyRead.noGoals')}</Paragraph> : null}
        <ul className="app-easy-list">
          {plan.goals.map((goal) => {
            const measures = plan.measures.filter((measure) => measure.goalId === goal.id);
            return (
              <li key={goal.id} className="app-easy-card">
                <div className="app-easy-goal">
                  <LifeAreaIcon area={goal.lifeArea ?? null} />
                  <div>
                    <Paragraph data-size="sm">{t(`web.lifeArea.${goal.lifeArea ?? 'OTHER'}`)}</Paragraph>
                    <Heading level={3} data-size="xs">
                      {goal.description}
                    </Heading>
                  </div>
                </div>
                <Paragraph>{t(`web.easyRead.goalStatus.${goal.status}`)}</Paragraph>
                {goal.targetDate ? <Paragraph>{t('web.easyRead.goalBy', { date: formatDate(goal.targetDate) })}</Paragraph> : null}
                {measures.map((measure) => (
                  <div key={measure.id} className="app-easy-measure" data-overdue={measure.overdue || undefined}>
                    <Paragraph>{t('web.easyRead.who', { who: measure.responsible || t('web.easyRead.someone') })}</Paragraph>
                    <Paragraph>
                      <strong>{measure.description}</strong>
                    </Paragraph>
                    {measure.dueDate ? <Paragraph>{t('web.easyRead.by', { date: formatDate(measure.dueDate) })}</Paragraph> : null}
                    <Paragraph>{measure.overdue ? t('web.easyRead.late') : t(`web.easyRead.measureStatus.${measure.status}`)}</Paragraph>
                  </div>
                ))}
              </li>
            );
          })}
        </ul>
      </section>

      {plan.subPlans.length > 0 ? (
        <section aria-labelledby="easy-sub-plans">
          <Heading level={2} data-size="sm" id="easy-sub-plans">
            {t('web.planParts.easy.title')}
          </Heading>
          <ul className="app-easy-list">
            {plan.subPlans.map((subPlan) => (
              <li key={subPlan.id} className="app-easy-card">
                <Paragraph data-size="sm">{t(`subPlanKind.${subPlan.kind}`)}</Paragraph>
                <Heading level={3} data-size="xs">
                  {subPlan.title}
                </Heading>
                <Paragraph>{t('web.planParts.easy.owner', { owner: subPlan.owner })}</Paragraph>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="easy-coordinator" className="app-easy-card">
        <Heading level={2} data-size="sm" id="easy-coordinator">
          {t('web.easyRead.coordinator')}
        </Heading>
        {plan.coordinators.length === 0 ? <Paragraph>{t('web.easyRead.noCoordinator')}</Paragraph> : null}
        {plan.coordinators.map((coordinator) => (
          <div key={coordinator.name}>
            <Paragraph>
              <strong>{coordinator.name}</strong>
            </Paragraph>
            {coordinator.phone ? (
              <Paragraph>
                {t('web.easyRead.call')} <a href={`tel:${coordinator.phone.replace(/\s/g, '')}`}>{coordinator.phone}</a>
              </Paragraph>
            ) : null}
            {coordinator.email ? (
              <Paragraph>
                {t('web.easyRead.write')} <a href={`mailto:${coordinator.email}`}>{coordinator.email}</a>
              </Paragraph>
            ) : null}
          </div>
        ))}
      </section>
    </div>
  );
}
