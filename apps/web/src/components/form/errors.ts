import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { apiErrorInfo, type FieldError } from '../../apollo/errors';

/** Every message of a form's errors, by field name, in the order of the form's values. */
export function errorList(errors: FieldErrors, prefix = ''): Array<{ name: string; message: string }> {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || typeof value !== 'object') return [];
    const name = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) return [{ name, message }];
    if (key === 'root') return [];
    return errorList(value as FieldErrors, name);
  });
}

/**
 * Puts the API's field messages (already translated) on the form's fields. `fieldOf` gives the
 * form's field for an API field name, with any `input.` prefix stripped (`input.reasons` and
 * `reasons` both name `reasons`): a list of the form's names, or a function that returns the name
 * or null. Says whether one was placed, and returns the messages the form has no field for.
 */
export function setApiFieldErrors<T extends FieldValues>(
  failure: unknown,
  setError: UseFormSetError<T>,
  fieldOf: ReadonlyArray<Path<T>> | ((apiField: string) => Path<T> | null),
): { placed: boolean; unplaced: FieldError[] } {
  const unplaced: FieldError[] = [];
  let placed = false;
  for (const field of apiErrorInfo(failure)?.fields ?? []) {
    const apiField = field.field.replace(/^input\./, '');
    const name = typeof fieldOf === 'function' ? fieldOf(apiField) : fieldOf.find((candidate) => candidate === apiField);
    if (name) {
      setError(name, { type: 'server', message: field.message });
      placed = true;
    } else {
      unplaced.push(field);
    }
  }
  return { placed, unplaced };
}
