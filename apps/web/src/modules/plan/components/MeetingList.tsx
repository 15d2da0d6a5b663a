import { Paragraph } from '@digdir/designsystemet-react';
import { DateText } from '../../../components/DateText';
import { EmptyState } from '../../../components/EmptyState';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useT } from '../../../i18n';

export const MeetingItemFragment = graphql(`
  fragment MeetingItem on MeetingRef {
    id
    type
    startsAt
    location
    status
  }
`);

export function MeetingList(props: { meetings: readonly FragmentType<typeof MeetingItemFragment>[] }) {
  const meetings = useFragment(MeetingItemFragment, props.meetings);
  const t = useT();
  if (meetings.length === 0) return <EmptyState>{t('web.plan.noMeetings')}</EmptyState>;
  return (
    <ul className="app-list" role="list">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="app-list__item">
          <Paragraph>
            <strong>{t(`meetingType.${meeting.type}`)}</strong> · <DateText value={meeting.startsAt} withTime />
          </Paragraph>
          {meeting.location && (
            <Paragraph data-size="sm" className="app-muted">
              {t('web.plan.location', { location: meeting.location })}
            </Paragraph>
          )}
        </li>
      ))}
    </ul>
  );
}
