import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { ActionError } from '../../../components/form';
import { Section } from '../../../components/Section';
import type { AttendanceAnswer, MeetingDetailsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { AnswerInvitationMutation } from '../graphql/meeting';

const ANSWERS: readonly Exclude<AttendanceAnswer, 'NO_ANSWER'>[] = ['ACCEPTED', 'TENTATIVE', 'DECLINED'];

/** The signed-in invitee's answer: coming, maybe, or not; the answer can be changed until the meeting. */
export function AnswerInvitation({ meeting }: { meeting: MeetingDetailsFragment }) {
  const t = useT();
  const [answer, { loading, error }] = useMutation(AnswerInvitationMutation);
  return (
    <Section id="meeting-answer" title={t('web.meeting.answerTitle')}>
      <Paragraph aria-live="polite">{t('web.meeting.myAnswer', { answer: t(`web.meeting.answer.${meeting.myAnswer ?? 'NO_ANSWER'}`) })}</Paragraph>
      <div className="app-actions" role="group" aria-label={t('web.meeting.answerTitle')}>
        {ANSWERS.map((value) => (
          <Button
            key={value}
            type="button"
            variant={meeting.myAnswer === value ? 'primary' : 'secondary'}
            aria-pressed={meeting.myAnswer === value}
            disabled={loading}
            onClick={() => void answer({ variables: { meetingId: meeting.id, answer: value } }).catch(() => undefined)}
          >
            {t(`web.meeting.answerAction.${value}`)}
          </Button>
        ))}
      </div>
      <ActionError error={error} />
    </Section>
  );
}
