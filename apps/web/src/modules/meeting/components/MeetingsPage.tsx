import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { isUuid } from '@samhandling/shared';
import { useNavigate, useParams } from 'react-router';
import { isNotFoundOrNoAccess } from '../../../apollo/errors';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { NotFoundContent } from '../../../components/NotFoundContent';
import { Section } from '../../../components/Section';
import { usePageTitle } from '../../../components/usePageTitle';
import { useFragment } from '../../../gql';
import { useI18n } from '../../../i18n';
import { InviteeCandidateFragment, PersonMeetingsQuery } from '../graphql/meeting';
import { meetingPath } from '../paths';
import { MeetingForm } from './MeetingForm';
import { MeetingSummaryList } from './MeetingSummaryList';
import { PlanLink } from './PlanLink';

/** /moter/:personId: a person's meetings, upcoming and past, and for the coordinator the planner. */
export function MeetingsPage() {
  const { personId = '' } = useParams();
  if (!isUuid(personId)) return <NotFoundContent />;
  return <PersonMeetings key={personId} personId={personId} />;
}

function PersonMeetings({ personId }: { personId: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(PersonMeetingsQuery, { variables: { personId }, fetchPolicy: 'cache-and-network' });
  const meetings = data?.meetings;
  const candidates = useFragment(InviteeCandidateFragment, meetings?.inviteeCandidates ?? []);
  usePageTitle(meetings ? t('web.meeting.listTitle', { name: meetings.person.name }) : t('web.meeting.loadingList'));
  if (isNotFoundOrNoAccess(error)) return <NotFoundContent />;
  if (!meetings) {
    return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState label={t('web.meeting.loadingList')} lines={5} />;
  }
  return (
    <>
      {meetings.canReadPlan && (
        <nav aria-label={t('web.meeting.breadcrumb')} className="app-back">
          <PlanLink person={meetings.person} />
        </nav>
      )}
      <Heading level={1} data-size="lg">
        {t('web.meeting.listTitle', { name: meetings.person.name })}
      </Heading>
      <Paragraph className="app-lead">{t('web.meeting.listIntro')}</Paragraph>
      <Section id="meetings-upcoming" title={t('web.meeting.upcoming')}>
        <MeetingSummaryList meetings={meetings.upcoming} empty={t('web.meeting.noUpcoming')} />
      </Section>
      {meetings.canPlan && (
        <Section id="meetings-plan" title={t('web.meeting.form.planTitle')}>
          <Paragraph data-size="sm">{t('web.meeting.form.planIntro', { days: meetings.agendaNoticeDays })}</Paragraph>
          <MeetingForm
            mode="plan"
            personId={personId}
            candidates={candidates}
            groupMeetingMinutes={meetings.groupMeetingMinutes}
            onPlanned={(meetingId) => void navigate(meetingPath(meetingId))}
          />
        </Section>
      )}
      <Section id="meetings-past" title={t('web.meeting.past')}>
        <MeetingSummaryList meetings={meetings.past} empty={t('web.meeting.noPast')} />
      </Section>
    </>
  );
}
