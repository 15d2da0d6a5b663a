// The thread on a goal in the coordinator's editor: open while something waits for an answer,
// with the form to answer it (which answers everything waiting).
import { useMutation } from '@apollo/client/react';
import { Alert, Details, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { CommentForm } from './CommentForm';
import { CommentThread, waitsForAnswer, type GoalComment } from './CommentThread';
import { AnswerGoalCommentsMutation } from './graphql';

const noneMine = () => false;

export function GoalComments({ goalId: id, comments }: { goalId: string; comments: readonly GoalComment[] }) {
  const t = useT();
  const [answer] = useMutation(AnswerGoalCommentsMutation);
  const [answered, setAnswered] = useState(false);
  if (comments.length === 0) return null;
  const waiting = comments.filter(waitsForAnswer).length;
  return (
    <div>
      <Details defaultOpen={waiting > 0}>
        <Details.Summary>
          {t('web.planReview.comments.count', { count: comments.length })}
          {waiting > 0 ? (
            <Tag data-color="warning" data-size="sm">
              {t('web.planReview.comments.waiting', { count: waiting })}
            </Tag>
          ) : null}
        </Details.Summary>
        <Details.Content>
          <div className="app-stack">
            <CommentThread comments={comments} isMine={noneMine} showWaiting />
            {waiting > 0 ? (
              <CommentForm
                name={t('web.planReview.comments.answer')}
                label={t('web.planReview.comments.answer')}
                description={t('web.planReview.comments.answerHelp')}
                submit={t('web.planReview.comments.answerSubmit')}
                onSend={async ({ body }) => {
                  await answer({ variables: { goalId: id, body } });
                  setAnswered(true);
                }}
              />
            ) : answered ? (
              <Alert data-color="success" data-size="sm" role="status">
                {t('web.planReview.comments.answered')}
              </Alert>
            ) : null}
          </div>
        </Details.Content>
      </Details>
    </div>
  );
}
