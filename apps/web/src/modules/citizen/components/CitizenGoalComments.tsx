// Under each goal of the citizen's own plan: what was said about it, and a small form to say
// something or suggest a change, which the coordinator answers here.
import { useMutation } from '@apollo/client/react';
import { LazyDetails } from '../../../components/LazyDetails';
import { useFragment, type FragmentType } from '../../../gql';
import { useT } from '../../../i18n';
import { CommentForm } from '../../plan/review/CommentForm';
import { CommentThread, type GoalComment } from '../../plan/review/CommentThread';
import { GoalCommentThreadFragment } from '../../plan/review/graphql';
import { useMe } from '../../session/MeContext';
import { CommentOnGoalMutation } from '../graphql/citizen';
import type { ShownPerson } from '../person';

export function CitizenGoalComments(props: { goal: FragmentType<typeof GoalCommentThreadFragment>; person: ShownPerson }) {
  const { id, comments } = useFragment(GoalCommentThreadFragment, props.goal);
  const t = useT();
  const me = useMe();
  const [comment] = useMutation(CommentOnGoalMutation);
  // The person writes as themself; a guardian as one of the guardians.
  const isMine = (item: GoalComment) => (props.person.isSelf ? item.author === 'PERSON' : item.author === 'GUARDIAN' && item.authorName === me.name);
  return (
    <>
      <CommentThread comments={comments} isMine={isMine} />
      <LazyDetails summary={t('web.citizen.comments.write')}>
        {() => (
          <CommentForm
            name={t('web.citizen.comments.write')}
            kindLegend={t('web.citizen.comments.kind')}
            kindLabels={{ COMMENT: t('web.citizen.comments.kindComment'), SUGGESTION: t('web.citizen.comments.kindSuggestion') }}
            label={t('web.citizen.comments.body')}
            description={t('web.citizen.comments.bodyHelp')}
            submit={t('web.citizen.comments.submit')}
            sent={t('web.citizen.comments.sent')}
            onSend={({ kind, body }) => comment({ variables: { goalId: id, kind, body } })}
          />
        )}
      </LazyDetails>
    </>
  );
}
