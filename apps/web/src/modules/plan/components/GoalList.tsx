import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/EmptyState';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { GoalListGoalFragment as Goal } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { GOAL_STATUS_COLOR } from '../status';

export const GoalListGoalFragment = graphql(`
  fragment GoalListGoal on GoalView {
    id
    kind
    status
    description
    targetDate
    lifeArea
    parentGoalId
  }
`);

/** What a page shows under each goal, such as its comments. */
type GoalExtra = (goalId: string) => ReactNode;

function GoalItem({ goal, subGoals, headingLevel, extra }: { goal: Goal; subGoals: readonly Goal[]; headingLevel: 3 | 4; extra?: GoalExtra }) {
  const { t, formatDate } = useI18n();
  return (
    <li className="app-goal">
      <Heading level={headingLevel} data-size="2xs">
        {goal.description}
      </Heading>
      <div className="app-tags">
        <Tag data-size="sm" data-color="neutral" variant="outline">
          {t(`web.goalKind.${goal.kind}`)}
        </Tag>
        <Tag data-size="sm" data-color={GOAL_STATUS_COLOR[goal.status]}>
          {t(`goalStatus.${goal.status}`)}
        </Tag>
        {goal.lifeArea && (
          <Tag data-size="sm" data-color="accent" variant="outline">
            {t(`web.lifeArea.${goal.lifeArea}`)}
          </Tag>
        )}
      </div>
      {goal.targetDate && (
        <Paragraph data-size="sm" className="app-muted">
          {t('web.plan.goalTarget', { date: formatDate(goal.targetDate) })}
        </Paragraph>
      )}
      {extra?.(goal.id)}
      {subGoals.length > 0 && (
        <ul className="app-goal-list app-goal-list--nested" role="list">
          {subGoals.map((sub) => (
            <GoalItem key={sub.id} goal={sub} subGoals={[]} headingLevel={4} extra={extra} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Long-term goals with their short-term goals beneath them. */
export function GoalList(props: { goals: readonly FragmentType<typeof GoalListGoalFragment>[]; extra?: GoalExtra }) {
  const goals = useFragment(GoalListGoalFragment, props.goals);
  const { t } = useI18n();
  if (goals.length === 0) return <EmptyState>{t('web.plan.noGoals')}</EmptyState>;
  const ids = new Set(goals.map((goal) => goal.id));
  const topLevel = goals.filter((goal) => !goal.parentGoalId || !ids.has(goal.parentGoalId));
  return (
    <ul className="app-goal-list" role="list">
      {topLevel.map((goal) => (
        <GoalItem key={goal.id} goal={goal} subGoals={goals.filter((sub) => sub.parentGoalId === goal.id)} headingLevel={3} extra={props.extra} />
      ))}
    </ul>
  );
}
