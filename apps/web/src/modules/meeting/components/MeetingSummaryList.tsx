import { Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { MeetingSummaryFragment } from '../graphql/meeting';
import { meetingPath } from '../paths';
import { ANSWER_COLOR } from '../status';

/** Meetings as links to their pages: type and time, place, and how far each has come. */
export function MeetingSummaryList(props: { meetings: readonly FragmentType<typeof MeetingSummaryFragment>[]; empty: string }) {
  const meetings = useFragment(MeetingSummaryFragment, props.meetings);
  const { t, formatDateTime } = useI18n();
  if (meetings.length === 0) return <EmptyState>{props.empty}</EmptyState>;
  return (
    <ul className="app-list" role="list">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="app-list__item app-meeting-line">
          <Paragraph>
            <Link asChild>
              <RouterLink to={meetingPath(meeting.id)}>
                {t('web.meeting.linkText', { type: t(`meetingType.${meeting.type}`), when: formatDateTime(meeting.startsAt) })}
              </RouterLink>
            </Link>
          </Paragraph>
          <Paragraph data-size="sm" className="app-muted">
            {meeting.location ?? (meeting.videoLink ? t('web.meeting.video') : '')}
          </Paragraph>
          <div className="app-tags">
            {meeting.status === 'CANCELLED' && (
              <Tag data-size="sm" data-color="danger">
                {t('web.meeting.status.CANCELLED')}
              </Tag>
            )}
            {meeting.minutes?.finalisedAt ? (
              <Tag data-size="sm" data-color="success">
                {t('web.meeting.minutesFinal')}
              </Tag>
            ) : null}
            {meeting.status === 'PLANNED' && meeting.agendaSentAt ? (
              <Tag data-size="sm" data-color="info">
                {t('web.meeting.agendaSent')}
              </Tag>
            ) : null}
            {meeting.status === 'PLANNED' && meeting.myAnswer ? (
              <Tag data-size="sm" data-color={ANSWER_COLOR[meeting.myAnswer]}>
                {t('web.meeting.myAnswer', { answer: t(`web.meeting.answer.${meeting.myAnswer}`) })}
              </Tag>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
