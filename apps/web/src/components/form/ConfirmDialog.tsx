import { Dialog, Heading } from '@digdir/designsystemet-react';
import { useId, type FormEvent, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { FormActions } from './FormActions';

/**
 * Asks before an action that cannot be undone: a heading, what will happen (and any fields, such
 * as a note), a confirm button that submits them and a cancel button.
 */
export function ConfirmDialog({
  open,
  title,
  confirm,
  color,
  loading,
  error,
  onConfirm,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  /** The confirm button's text. */
  confirm: string;
  color?: 'danger';
  loading?: boolean;
  /** A failure to show in the dialog. */
  error?: unknown;
  onConfirm: (event: FormEvent<HTMLFormElement>) => unknown;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const headingId = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void onConfirm(event);
  };
  return (
    <Dialog open={open} onClose={onClose} closeButton={t('common.close')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <form onSubmit={submit} noValidate className="app-stack">
          {children}
          <FormActions submit={confirm} color={color} loading={loading} error={error} onCancel={onClose} />
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
