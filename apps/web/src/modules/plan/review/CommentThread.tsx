// A goal's thread, oldest first: who wrote each (the reader's own as "you"), when, a suggested
// change marked as one, and for the coordinator what still waits for an answer.
import { Tag } from '@digdir/designsystemet-react';
import { DateText } from '../../../components/DateText';
import type { GoalCommentThreadFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';

export type GoalComment = GoalCommentThreadFragment['comments'][number];

/** A comment or suggestion the coordinator has not answered yet. */
export const waitsForAnswer = (comment: GoalComment) => comment.kind !== 'ANSWER' && comment.answeredAt === null;

export function CommentThread({
  comments,
  isMine,
  showWaiting = false,
}: {
  comments: readonly GoalComment[];
  /** The reader wrote it. */
  isMine: (comment: GoalComment) => boolean;
  showWaiting?: boolean;
}) {
  const t = useT();
  if (comments.length === 0) return null;
  return (
    <ol className="app-list" aria-label={t('web.planReview.comments.thread')}>
      {comments.map((comment) => (
        <li key={comment.id} className="app-list__item app-comment" data-testid="goal-comment">
          <p>
            <strong>{isMine(comment) ? t('web.planReview.comments.you') : t('web.planReview.comments.author', { author: comment.author, name: comment.authorName })}</strong>
            <span className="app-muted">
              {' · '}
              <DateText value={comment.createdAt} withTime />
            </span>
          </p>
          {comment.kind === 'SUGGESTION' || (showWaiting && waitsForAnswer(comment)) ? (
            <div className="app-tags">
              {comment.kind === 'SUGGESTION' ? (
                <Tag data-color="info" data-size="sm">
                  {t('plan.comment.kind.SUGGESTION')}
                </Tag>
              ) : null}
              {showWaiting && waitsForAnswer(comment) ? (
                <Tag data-color="warning" data-size="sm">
                  {t('web.planReview.comments.unanswered')}
                </Tag>
              ) : null}
            </div>
          ) : null}
          <p className="app-comment__body">{comment.body}</p>
        </li>
      ))}
    </ol>
  );
}
