import { useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { isUuid } from '@samhandling/shared';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { isNotFoundOrNoAccess } from '../../../apollo/errors';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { NotFoundContent } from '../../../components/NotFoundContent';
import { Section } from '../../../components/Section';
import { usePageTitle } from '../../../components/usePageTitle';
import { useFragment } from '../../../gql';
import type { MeetingDetailsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { InviteeCandidateFragment, InviteeCandidatesQuery, MeetingDetailsFragment as MeetingDetailsDocument, MeetingQuery } from '../graphql/meeting';
import { meetingsPath } from '../paths';
import { ANSWER_COLOR, MEETING_STATUS_COLOR } from '../status';
import { AgendaEditor } from './AgendaEditor';
import { AgendaList } from './AgendaList';
import { AnswerInvitation } from './AnswerInvitation';
import { CancelMeeting } from './CancelMeeting';
import { MeetingForm } from './MeetingForm';
import { MinutesEditor } from './MinutesEditor';
import { MinutesView } from './MinutesView';
import { PlanLink } from './PlanLink';
import { SendAgenda } from './SendAgenda';

/** /mote/:meetingId: one meeting, its agenda and minutes, with what the viewer may do with them. */
export function MeetingPage() {
  const { meetingId = '' } = useParams();
  if (!isUuid(meetingId)) return <NotFoundContent />;
  return <MeetingContent key={meetingId} meetingId={meetingId} />;
}

function MeetingContent({ meetingId }: { meetingId: string }) {
  const { t, formatDateTime } = useI18n();
  const { data, error, refetch } = useQuery(MeetingQuery, { variables: { id: meetingId } });
  const meeting = useFragment(MeetingDetailsDocument, data?.meeting);
  const title = meeting ? t('web.meeting.title', { type: t(`meetingType.${meeting.type}`), name: meeting.person.name }) : t('web.meeting.loading');
  usePageTitle(title);
  if (isNotFoundOrNoAccess(error)) return <NotFoundContent />;
  if (!meeting) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState label={t('web.meeting.loading')} lines={6} />;
  const reload = () => void refetch();
  const planned = meeting.status === 'PLANNED';
  const finalised = Boolean(meeting.minutes?.finalisedAt);
  return (
    <div className="app-stack app-meeting">
      <MeetingLinks meeting={meeting} />
      <div>
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        <Paragraph className="app-lead">{formatDateTime(meeting.startsAt)}</Paragraph>
      </div>
      <div className="app-tags">
        <Tag data-color={MEETING_STATUS_COLOR[meeting.status]}>{t(`web.meeting.status.${meeting.status}`)}</Tag>
        {finalised && <Tag data-color="success">{t('web.meeting.minutesFinal')}</Tag>}
      </div>
      {meeting.status === 'CANCELLED' && (
        <Alert data-color="warning">
          <Paragraph>{t('web.meeting.cancelledAt', { at: formatDateTime(meeting.cancelledAt) })}</Paragraph>
          {meeting.cancelReason && <Paragraph className="app-prewrap">{t('web.meeting.cancelReasonShown', { reason: meeting.cancelReason })}</Paragraph>}
        </Alert>
      )}
      <MeetingFacts meeting={meeting} />
      {meeting.myAnswer && planned && <AnswerInvitation meeting={meeting} />}
      {meeting.canManage && planned && <ManageMeeting meeting={meeting} onReload={reload} />}
      <Participants meeting={meeting} />
      <Section id="meeting-agenda" title={t('web.meeting.agenda.title')}>
        <AgendaState meeting={meeting} />
        {meeting.canManage && planned ? (
          <>
            <AgendaEditor meeting={meeting} onReload={reload} />
            <SendAgenda meeting={meeting} onReload={reload} />
          </>
        ) : (
          <AgendaList meeting={meeting} />
        )}
      </Section>
      <Section id="meeting-minutes" title={t('web.meeting.minutes.title')}>
        {finalised ? (
          <MinutesView meeting={meeting} />
        ) : meeting.canWriteMinutes && meeting.status !== 'CANCELLED' ? (
          <MinutesEditor meeting={meeting} onReload={reload} />
        ) : (
          <Paragraph>{t('web.meeting.minutes.notYet')}</Paragraph>
        )}
      </Section>
    </div>
  );
}

function MeetingLinks({ meeting }: { meeting: MeetingDetailsFragment }) {
  const t = useI18n().t;
  return (
    <nav aria-label={t('web.meeting.breadcrumb')} className="app-back app-actions">
      <Link asChild>
        <RouterLink to={meetingsPath(meeting.person.id)}>{t('web.meeting.toList', { name: meeting.person.firstName })}</RouterLink>
      </Link>
      {meeting.canReadPlan && <PlanLink person={meeting.person} />}
    </nav>
  );
}

function MeetingFacts({ meeting }: { meeting: MeetingDetailsFragment }) {
  const { t, formatDateTime, formatTime } = useI18n();
  return (
    <dl className="app-facts">
      <div>
        <dt>{t('web.meeting.when')}</dt>
        <dd>
          {t('web.meeting.timeSpan', { start: formatDateTime(meeting.startsAt), end: formatTime(meeting.endsAt), minutes: meeting.durationMinutes })}
        </dd>
      </div>
      <div>
        <dt>{t('web.meeting.where')}</dt>
        <dd>
          {meeting.location && <div>{meeting.location}</div>}
          {meeting.videoLink && (
            <div>
              <Link href={meeting.videoLink} target="_blank" rel="noopener noreferrer">
                {t('web.meeting.videoLink')}
              </Link>
            </div>
          )}
          {!meeting.location && !meeting.videoLink && <span className="app-muted">{t('web.common.notSet')}</span>}
        </dd>
      </div>
      <div>
        <dt>{t('web.meeting.chair')}</dt>
        <dd>{meeting.chairName ?? <span className="app-muted">{t('web.common.notSet')}</span>}</dd>
      </div>
      <div>
        <dt>{t('web.meeting.minuteTaker')}</dt>
        <dd>{meeting.minuteTakerName ?? <span className="app-muted">{t('web.common.notSet')}</span>}</dd>
      </div>
    </dl>
  );
}

function Participants({ meeting }: { meeting: MeetingDetailsFragment }) {
  const t = useI18n().t;
  const itemTitle = (id: string) => meeting.agenda.find((item) => item.id === id)?.title ?? '';
  return (
    <Section id="meeting-participants" title={t('web.meeting.participants')}>
      <ul className="app-list" role="list" aria-label={t('web.meeting.participants')}>
        {meeting.invitees.map((invitee) => (
          <li key={invitee.id} className="app-list__item" data-testid="invitee">
            <Paragraph>
              {invitee.name}
              {invitee.isCoordinator ? ` (${t('web.meeting.coordinator')})` : ''}
            </Paragraph>
            <div className="app-tags">
              <Tag data-size="sm" data-color={ANSWER_COLOR[invitee.answer]}>
                {t(`web.meeting.answer.${invitee.answer}`)}
              </Tag>
              {invitee.agendaItemId && (
                <Tag data-size="sm" data-color="neutral" variant="outline">
                  {t('web.meeting.onlyItem', { title: itemTitle(invitee.agendaItemId) })}
                </Tag>
              )}
              {invitee.present !== null && (
                <Tag data-size="sm" data-color={invitee.present ? 'success' : 'neutral'}>
                  {invitee.present ? t('web.meeting.present') : t('web.meeting.absent')}
                </Tag>
              )}
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** When the agenda was sent, and for an ansvarsgruppemøte by when it had to be. */
function AgendaState({ meeting }: { meeting: MeetingDetailsFragment }) {
  const { t, formatDateTime } = useI18n();
  return (
    <div className="app-stack">
      <div className="app-tags">
        {meeting.agendaSentAt ? (
          <Tag data-size="sm" data-color="info">
            {t('web.meeting.agenda.sentAt', { at: formatDateTime(meeting.agendaSentAt) })}
          </Tag>
        ) : (
          <Tag data-size="sm" data-color="neutral">
            {t('web.meeting.agenda.notSent')}
          </Tag>
        )}
        {meeting.agendaSentLate && (
          <Tag data-size="sm" data-color="warning">
            {t('web.meeting.agenda.sentLate')}
          </Tag>
        )}
        {meeting.agendaSetWithPerson && (
          <Tag data-size="sm" data-color="success">
            {t('web.meeting.agenda.setWithPerson', { name: meeting.person.firstName })}
          </Tag>
        )}
      </div>
      {meeting.agendaDueBy && !meeting.agendaSentAt && (
        <Paragraph data-size="sm">{t('web.meeting.agenda.dueBy', { at: formatDateTime(meeting.agendaDueBy) })}</Paragraph>
      )}
      {meeting.agendaSentLate && meeting.agendaLateReason && (
        <Paragraph data-size="sm" className="app-prewrap">
          {t('web.meeting.agenda.lateReasonShown', { reason: meeting.agendaLateReason })}
        </Paragraph>
      )}
    </div>
  );
}

/** The coordinator's changes to a planned meeting: its time, place and invitees, or cancelling it. */
function ManageMeeting({ meeting, onReload }: { meeting: MeetingDetailsFragment; onReload: () => void }) {
  const t = useI18n().t;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <Section id="meeting-manage" title={t('web.meeting.manage')}>
      {saved && (
        <Alert data-color="success" role="status">
          {t('web.meeting.form.saved')}
        </Alert>
      )}
      {editing ? (
        <EditMeeting
          meeting={meeting}
          onReload={onReload}
          onDone={(done) => {
            setEditing(false);
            setSaved(done);
          }}
        />
      ) : (
        <div className="app-actions">
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('web.meeting.edit')}
          </Button>
          <CancelMeeting meeting={meeting} onReload={onReload} />
        </div>
      )}
    </Section>
  );
}

function EditMeeting({ meeting, onReload, onDone }: { meeting: MeetingDetailsFragment; onReload: () => void; onDone: (saved: boolean) => void }) {
  const t = useI18n().t;
  const { data, error, refetch } = useQuery(InviteeCandidatesQuery, { variables: { personId: meeting.person.id } });
  const candidates = useFragment(InviteeCandidateFragment, data?.meetings.inviteeCandidates ?? []);
  if (!data) return error ? <ErrorState error={error} headingLevel={3} onRetry={() => void refetch()} /> : <LoadingState label={t('web.meeting.loading')} />;
  return (
    // Started again from the server's meeting after a reload.
    <MeetingForm
      key={meeting.version}
      mode="edit"
      meeting={meeting}
      candidates={candidates}
      groupMeetingMinutes={data.meetings.groupMeetingMinutes}
      onSaved={() => onDone(true)}
      onCancel={() => onDone(false)}
      onReload={onReload}
    />
  );
}
