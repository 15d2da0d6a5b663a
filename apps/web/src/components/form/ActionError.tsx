import { Button } from '@digdir/designsystemet-react';
import { errorCode } from '../../apollo/errors';
import { useT } from '../../i18n';
import { ErrorState } from '../ErrorState';

export interface ActionErrorProps {
  /** The failure; nothing is shown without one. */
  error: unknown;
  /** The heading; "Det gikk ikke å fullføre." unless given. */
  title?: string;
  headingLevel?: 2 | 3 | 4;
  /** Loads the latest version: offered after CONFLICT (someone saved first), so the form starts again from it. */
  onReload?: () => void;
}

/** A failed save or action, with the API's message. */
export function ActionError({ error, title, headingLevel = 3, onReload }: ActionErrorProps) {
  const t = useT();
  if (!error) return null;
  const state = <ErrorState error={error} title={title ?? t('web.error.actionFailed')} headingLevel={headingLevel} />;
  if (!onReload || errorCode(error) !== 'CONFLICT') return state;
  return (
    <div className="app-stack">
      {state}
      <div className="app-actions">
        <Button type="button" variant="secondary" data-size="sm" onClick={onReload}>
          {t('web.form.reload')}
        </Button>
      </div>
    </div>
  );
}
