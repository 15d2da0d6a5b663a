import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { isRetryable, userMessage } from '../apollo/errors';
import { useT } from '../i18n';

/** An error with the API's translated message, and a retry button when trying again can help. */
export function ErrorState({
  error,
  message,
  title,
  onRetry,
  headingLevel = 2,
}: {
  error: unknown;
  /** Overrides the message read from the error. */
  message?: string;
  /** The heading; "Kunne ikke hente data." unless given (e.g. for a failed action). */
  title?: string;
  onRetry?: () => void;
  headingLevel?: 2 | 3 | 4;
}) {
  const t = useT();
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={headingLevel} data-size="xs">
        {title ?? t('common.error')}
      </Heading>
      <Paragraph>{message ?? userMessage(error, t)}</Paragraph>
      {onRetry && isRetryable(error) && (
        <Button variant="secondary" data-size="sm" onClick={onRetry} className="app-state__action">
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
