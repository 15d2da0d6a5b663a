import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { MeetingDetailsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

/** Finalised minutes, read-only: every part the checklist names, in its order. */
export function MinutesView({ meeting }: { meeting: MeetingDetailsFragment }) {
  const { t, formatDate, formatDateTime, formatTime } = useI18n();
  const minutes = meeting.minutes;
  if (!minutes) return null;
  const present = meeting.invitees.filter((invitee) => invitee.present === true);
  const absent = meeting.invitees.filter((invitee) => invitee.present === false);
  const agenda = [...meeting.agenda].sort((a, b) => a.position - b.position);
  const names = (list: typeof present) => (list.length > 0 ? list.map((invitee) => invitee.name).join(', ') : t('common.none'));
  return (
    <article className="app-stack" aria-label={t('web.meeting.minutes.title')} data-testid="minutes-view">
      {minutes.finalisedAt && (
        <Paragraph data-size="sm" className="app-muted">
          {t('web.meeting.minutes.finalisedBy', { at: formatDateTime(minutes.finalisedAt), name: minutes.finalisedByName ?? '' })}
        </Paragraph>
      )}
      <dl className="app-facts app-facts--stacked">
        <div>
          <dt>{t('web.meeting.part.TIME_AND_PLACE')}</dt>
          <dd>
            {t('web.meeting.timeSpan', { start: formatDateTime(meeting.startsAt), end: formatTime(meeting.endsAt), minutes: meeting.durationMinutes })}
            {meeting.location ? `, ${meeting.location}` : meeting.videoLink ? `, ${t('web.meeting.video')}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('web.meeting.present')}</dt>
          <dd>{names(present)}</dd>
        </div>
        <div>
          <dt>{t('web.meeting.absent')}</dt>
          <dd>{names(absent)}</dd>
        </div>
        <div>
          <dt>{t('web.meeting.part.PREVIOUS_MINUTES')}</dt>
          <dd>
            {minutes.previousMinutesApproved === null
              ? t('web.common.notSet')
              : minutes.previousMinutesApproved
                ? t('web.meeting.minutes.approved')
                : t('web.meeting.minutes.notApproved')}
          </dd>
        </div>
      </dl>
      <ol className="app-list">
        {agenda.map((item, index) => (
          <li key={item.id} className="app-list__item">
            <Heading level={3} data-size="2xs">
              {t('web.meeting.minutes.itemHeading', { number: index + 1, title: item.title })}
            </Heading>
            {item.toLeadersKind && (
              <Tag data-size="sm" data-color="warning">
                {t('web.meeting.toLeadersTag', { kind: t(`web.meeting.toLeadersKind.${item.toLeadersKind}`) })}
              </Tag>
            )}
            {item.notes && <Paragraph className="app-prewrap">{item.notes}</Paragraph>}
            {item.conclusion && (
              <Paragraph className="app-prewrap">
                <strong>{t('web.meeting.minutes.conclusionShown')}</strong> {item.conclusion}
              </Paragraph>
            )}
            {item.actionItems.length > 0 && (
              <ul className="app-plain-list" aria-label={t('web.meeting.actionItems.of', { title: item.title })}>
                {item.actionItems.map((action) => (
                  <li key={action.id}>
                    {t('web.meeting.actionItems.line', {
                      task: action.description,
                      name: action.responsibleName,
                      due: action.dueDate ? formatDate(action.dueDate) : t('web.common.notSet'),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <dl className="app-facts app-facts--stacked">
        <div>
          <dt>{t('web.meeting.part.NEXT_MEETING')}</dt>
          <dd>
            {minutes.nextMeetingAt ? formatDateTime(minutes.nextMeetingAt) : t('web.common.notSet')}
            {minutes.nextMeetingTopic ? ` – ${minutes.nextMeetingTopic}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('web.meeting.part.RECIPIENTS')}</dt>
          <dd className="app-prewrap">{minutes.distribution ?? t('web.common.notSet')}</dd>
        </div>
      </dl>
    </article>
  );
}
