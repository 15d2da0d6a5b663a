import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { ActionError } from '../../../components/form';
import { useT } from '../../../i18n';
import { PersonPlanQuery } from '../graphql/plan';
import { CreatePlanMutation } from '../graphql/editor';

/** For the coordinator, where KE granted a plan that is not started: starts it as a draft. */
export function CreatePlanButton({ personId }: { personId: string }) {
  const t = useT();
  const [create, { loading, error }] = useMutation(CreatePlanMutation, { refetchQueries: [{ query: PersonPlanQuery, variables: { personId } }], awaitRefetchQueries: true });
  return (
    <div className="app-stack">
      <Paragraph>{t('web.planEditor.create.explain')}</Paragraph>
      <ActionError error={error} />
      <div className="app-actions">
        <Button type="button" loading={loading} disabled={loading} onClick={() => void create({ variables: { personId } }).catch(() => undefined)}>
          {t('web.planEditor.create.submit')}
        </Button>
      </div>
    </div>
  );
}
