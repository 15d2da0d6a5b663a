import { Heading, Link, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../../../i18n';
import { meetingPath } from '../paths';

/** An action item as the plan's goal queries select it (inline: the plan's fragments are nested deep). */
export interface GoalActionItem {
  id: string;
  meetingId: string;
  description: string;
  responsibleName: string;
  dueDate: string | null;
  overdue: boolean;
  doneAt: string | null;
}

/** Under a goal's measures: the tasks from meetings tied to the goal, with who and by when. */
export function GoalActionItems({ items, headingLevel = 4 }: { items: readonly GoalActionItem[]; headingLevel?: 4 | 5 }) {
  const { t, formatDate } = useI18n();
  if (items.length === 0) return null;
  return (
    <div className="app-stack" data-testid="goal-action-items">
      <Heading level={headingLevel} data-size="2xs">
        {t('web.meeting.goalTasks.title')}
      </Heading>
      <ul className="app-list" role="list">
        {items.map((item) => (
          <li key={item.id} className="app-list__item">
            <span>{item.description}</span>
            <div className="app-tags app-small">
              <span>{t('web.meeting.actionItems.who', { name: item.responsibleName })}</span>
              {item.dueDate && <span>{t('web.meeting.actionItems.due', { date: formatDate(item.dueDate) })}</span>}
              {item.doneAt ? (
                <Tag data-size="sm" data-color="success">
                  {t('web.meeting.goalTasks.done')}
                </Tag>
              ) : item.overdue ? (
                <Tag data-size="sm" data-color="danger">
                  {t('web.meeting.tasks.overdue')}
                </Tag>
              ) : null}
              <Link asChild>
                <RouterLink to={meetingPath(item.meetingId)}>{t('web.meeting.goalTasks.meeting')}</RouterLink>
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
