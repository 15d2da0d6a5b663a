import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { apiErrorInfo } from '../../../apollo/errors';

/**
 * Puts the API's field messages (already translated) at the form's fields; true when one was
 * placed. Other errors are shown from the mutation's `error`.
 */
export function showFieldErrors<T extends FieldValues>(failure: unknown, setError: UseFormSetError<T>, fields: ReadonlyArray<Path<T>>): boolean {
  const info = apiErrorInfo(failure);
  let placed = false;
  for (const field of info?.fields ?? []) {
    const name = fields.find((candidate) => candidate === field.field);
    if (!name) continue;
    setError(name, { type: 'server', message: field.message });
    placed = true;
  }
  return placed;
}
