import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { ActionError } from '../../../components/form';
import { QueryContent } from '../../../components/QueryContent';
import { Section } from '../../../components/Section';
import { useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { ActionItemRowFragment, MarkActionItemDoneMutation, MyTasksQuery } from '../graphql/meeting';
import { meetingPath } from '../paths';

/** The signed-in user's open action items from meetings, due first, each to mark done. */
export function MyTasks() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(MyTasksQuery);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Section id="my-tasks" title={t('web.meeting.tasks.title')}>
      {done && (
        <Alert data-color="success" role="status">
          {t('web.meeting.tasks.markedDone', { task: done })}
        </Alert>
      )}
      <QueryContent
        data={data}
        error={error}
        refetch={refetch}
        items={(result) => result.myTasks}
        empty={t('web.meeting.tasks.empty')}
        loadingLabel={t('web.meeting.tasks.loading')}
        errorHeadingLevel={3}
      >
        {(tasks) => (
          <ul className="app-list" role="list">
            {tasks.map((task) => (
              <TaskItem key={task.id} task={task} onDone={setDone} onReload={() => void refetch()} />
            ))}
          </ul>
        )}
      </QueryContent>
    </Section>
  );
}

function TaskItem(props: { task: FragmentType<typeof ActionItemRowFragment>; onDone: (task: string) => void; onReload: () => void }) {
  const task = useFragment(ActionItemRowFragment, props.task);
  const { t, formatDate } = useI18n();
  // A task marked done leaves the list of open ones.
  const [mark, { loading, error, reset }] = useMutation(MarkActionItemDoneMutation, { refetchQueries: [MyTasksQuery], awaitRefetchQueries: true });
  if (task.doneAt) return null;
  return (
    <li className="app-list__item" data-testid="task">
      <Paragraph>{task.description}</Paragraph>
      <div className="app-tags">
        <Paragraph data-size="sm">{t('web.meeting.tasks.for', { name: task.person.firstName })}</Paragraph>
        {task.dueDate ? (
          <Paragraph data-size="sm">{t('web.meeting.actionItems.due', { date: formatDate(task.dueDate) })}</Paragraph>
        ) : null}
        {task.overdue && (
          <Tag data-size="sm" data-color="danger">
            {t('web.meeting.tasks.overdue')}
          </Tag>
        )}
      </div>
      <div className="app-actions">
        <Link asChild>
          <RouterLink to={meetingPath(task.meetingId)}>{t('web.meeting.tasks.toMeeting')}</RouterLink>
        </Link>
        {task.canMarkDone && (
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            loading={loading}
            disabled={loading}
            onClick={() =>
              void mark({ variables: { actionItemId: task.id, version: task.version, done: true } })
                .then(() => props.onDone(task.description))
                .catch(() => undefined)
            }
          >
            {t('web.meeting.tasks.markDone', { task: task.description })}
          </Button>
        )}
      </div>
      <ActionError
        error={error}
        onReload={() => {
          reset();
          props.onReload();
        }}
      />
    </li>
  );
}
