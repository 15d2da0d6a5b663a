import { Alert, Button } from '@digdir/designsystemet-react';
import { useT } from '../../i18n';
import { ActionError } from './ActionError';

export interface FormActionsProps {
  /** The submit button's text. */
  submit: string;
  /** A submit under way: the button spins and cannot be pressed again. */
  loading?: boolean;
  variant?: 'primary' | 'secondary';
  color?: 'danger';
  /** Gives a cancel button after the submit button. */
  onCancel?: () => void;
  /** The cancel button's text; "Avbryt" unless given. */
  cancel?: string;
  /** The last submit's failure (see ActionError). */
  error?: unknown;
  errorTitle?: string;
  headingLevel?: 2 | 3 | 4;
  onReload?: () => void;
  /** What the last submit did, announced as a status. */
  success?: string | false;
}

/** The end of a form: how the last submit went, then the submit button and, if any, cancel. */
export function FormActions({ submit, loading = false, variant, color, onCancel, cancel, error, errorTitle, headingLevel, onReload, success }: FormActionsProps) {
  const t = useT();
  return (
    <>
      <ActionError error={error} title={errorTitle} headingLevel={headingLevel} onReload={onReload} />
      {success && (
        <Alert data-color="success" role="status">
          {success}
        </Alert>
      )}
      <div className="app-actions">
        <Button type="submit" variant={variant} data-color={color} loading={loading} disabled={loading}>
          {submit}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {cancel ?? t('common.cancel')}
          </Button>
        )}
      </div>
    </>
  );
}
