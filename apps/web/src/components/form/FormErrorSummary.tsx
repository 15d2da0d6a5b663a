import { ErrorSummary } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ComponentRef } from 'react';
import { useT } from '../../i18n';
import { useFieldIdOf } from './field-ids';

/**
 * The form's errors after a submit, each a link to its field (the form needs a FieldIdPrefix).
 * `focusKey` grows with each failed submit.
 */
export function FormErrorSummary({ errors, focusKey }: { errors: ReadonlyArray<{ name: string; message: string }>; focusKey: number }) {
  const t = useT();
  const idOf = useFieldIdOf();
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  // Each failed submit moves the focus to the summary, so the keyboard and a screen reader start there.
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  return (
    <ErrorSummary ref={ref} tabIndex={-1}>
      <ErrorSummary.Heading>{t('web.form.errorSummary')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((error) => (
          <ErrorSummary.Item key={error.name}>
            <ErrorSummary.Link href={`#${idOf(error.name)}`}>{error.message}</ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
