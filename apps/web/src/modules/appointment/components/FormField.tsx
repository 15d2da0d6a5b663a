import { Label, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

/** Ids that tie a control to its label, help text and error. */
export interface FieldIds {
  id: string;
  describedBy: string | undefined;
  invalid: true | undefined;
}

/** A labelled control with its help text and error message below it. */
export function FormField({
  label,
  description,
  error,
  children,
}: {
  label: string;
  description?: ReactNode;
  error?: string;
  children: (ids: FieldIds) => ReactNode;
}) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="app-field">
      <Label htmlFor={id}>{label}</Label>
      {description && (
        <Paragraph id={descriptionId} data-size="sm" className="app-muted">
          {description}
        </Paragraph>
      )}
      {children({ id, describedBy, invalid: error ? true : undefined })}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </div>
  );
}
