// The reviews the coordinator records: the composition (at a transition) and the need (yearly).
// A need no longer there is recorded, and the group is then closed on a change form at KE.
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { ActionError } from '../../../components/form';
import type { GroupViewFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { changeFormPath } from '../../change-form/paths';
import { RecordCompositionReviewMutation, RecordNeedReviewMutation } from '../graphql/group-page';

export function GroupReviews({ group, personId, today, onReload }: { group: GroupViewFieldsFragment; personId: string; today: string; onReload: () => void }) {
  const { t, formatDate } = useI18n();
  const [composition, compositionState] = useMutation(RecordCompositionReviewMutation);
  const [need, needState] = useMutation(RecordNeedReviewMutation);
  const [outcome, setOutcome] = useState<'recorded' | 'notNeeded' | null>(null);
  const overdue = group.needReviewDue < today;
  const run = async (action: () => Promise<unknown>, result: 'recorded' | 'notNeeded') => {
    setOutcome(null);
    compositionState.reset();
    needState.reset();
    try {
      await action();
    } catch {
      return;
    }
    setOutcome(result);
  };
  const manage = group.canManage;
  return (
    <div className="app-stack">
      <Paragraph>{t(overdue ? 'web.groupReviews.needOverdue' : 'web.groupReviews.needDue', { date: formatDate(group.needReviewDue) })}</Paragraph>
      {group.lastNeedReview && <Paragraph data-size="sm">{t('web.groupReviews.lastNeed', { date: formatDate(group.lastNeedReview) })}</Paragraph>}
      {group.compositionReviewDueFor && (
        <Alert data-color="info">
          <Paragraph>{t('web.groupReviews.compositionDue', { date: formatDate(group.compositionReviewDueFor) })}</Paragraph>
        </Alert>
      )}
      {group.compositionReviewedAt && (
        <Paragraph data-size="sm">{t('web.groupReviews.compositionReviewed', { date: formatDate(group.compositionReviewedAt) })}</Paragraph>
      )}
      {manage && (
        <>
          <div className="app-actions">
            <Button
              type="button"
              variant="secondary"
              loading={compositionState.loading}
              onClick={() => void run(() => composition({ variables: { groupId: group.id, version: group.version } }), 'recorded')}
            >
              {t('web.groupReviews.recordComposition')}
            </Button>
          </div>
          <Heading level={3} data-size="2xs">
            {t('web.groupReviews.needQuestion')}
          </Heading>
          <div className="app-actions">
            <Button
              type="button"
              variant="secondary"
              loading={needState.loading}
              onClick={() => void run(() => need({ variables: { groupId: group.id, version: group.version, stillNeeded: true } }), 'recorded')}
            >
              {t('web.groupReviews.stillNeeded')}
            </Button>
            <Button
              type="button"
              variant="secondary"
              loading={needState.loading}
              onClick={() => void run(() => need({ variables: { groupId: group.id, version: group.version, stillNeeded: false } }), 'notNeeded')}
            >
              {t('web.groupReviews.notNeeded')}
            </Button>
          </div>
          <ActionError error={compositionState.error ?? needState.error} onReload={onReload} />
        </>
      )}
      {outcome === 'recorded' && (
        <Alert data-color="success" role="status">
          {t('web.groupReviews.recorded')}
        </Alert>
      )}
      {outcome === 'notNeeded' && (
        <Alert data-color="warning" role="status">
          <Heading level={3} data-size="xs">
            {t('web.groupReviews.closeTitle')}
          </Heading>
          <Paragraph>{t('web.groupReviews.closeText')}</Paragraph>
          <Paragraph>
            <Link asChild>
              <RouterLink to={changeFormPath(personId)}>{t('web.groupReviews.closeLink')}</RouterLink>
            </Link>
          </Paragraph>
        </Alert>
      )}
    </div>
  );
}
