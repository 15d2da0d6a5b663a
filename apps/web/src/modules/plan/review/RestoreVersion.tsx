// "Restore this version" on an entry that changed text: asked first, then the record's text is set
// as it was after that change, from the version the editor has now. When someone changed it since
// (CONFLICT) nothing is restored: the page says so and loads the latest.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { errorCode } from '../../../apollo/errors';
import { ConfirmDialog } from '../../../components/form';
import type { PlanHistoryEntryFragment as Entry } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { PersonPlanQuery } from '../graphql/plan';
import { RestoreVersionMutation } from './graphql';
import { usePlanReview } from './PlanReviewContext';

type Outcome = 'restored' | 'conflict' | null;

export function RestoreVersion({ entry }: { entry: Entry }) {
  const { t, formatDateTime } = useI18n();
  const client = useApolloClient();
  const current = usePlanReview().versionOf(entry.entityId);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [restore, { loading, error, reset }] = useMutation(RestoreVersionMutation);
  // A part taken out of the plan has nothing to restore into.
  if (current === null) return null;

  const close = () => {
    reset();
    setOpen(false);
  };
  const confirm = async () => {
    setOutcome(null);
    try {
      await restore({ variables: { historyEntryId: entry.id, expectedVersion: current } });
      setOutcome('restored');
    } catch (failure) {
      if (errorCode(failure) !== 'CONFLICT') return; // shown in the dialog
      setOutcome('conflict');
      await client.refetchQueries({ include: [PersonPlanQuery] });
    }
    close();
  };

  return (
    <>
      {current === entry.entityVersion ? (
        <p className="app-muted">{t('web.planReview.history.current')}</p>
      ) : (
        <Button type="button" variant="secondary" data-size="sm" className="app-align-start" onClick={() => setOpen(true)}>
          {t('web.planReview.history.restore')}
        </Button>
      )}
      {outcome === 'restored' ? (
        <Alert data-color="success" data-size="sm" role="status">
          {t('web.planReview.history.restored')}
        </Alert>
      ) : null}
      {outcome === 'conflict' ? (
        <Alert data-color="warning" data-size="sm" role="alert">
          {t('web.planReview.history.conflict')}
        </Alert>
      ) : null}
      <ConfirmDialog
        open={open}
        title={t('web.planReview.history.restoreTitle')}
        confirm={t('web.planReview.history.restore')}
        loading={loading}
        error={error}
        onConfirm={confirm}
        onClose={close}
      >
        <Paragraph>{t('web.planReview.history.restoreText', { date: formatDateTime(entry.at) })}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
