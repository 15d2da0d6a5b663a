import { createContext, useContext, useId, type ReactNode } from 'react';

const PrefixContext = createContext<string | null>(null);

const idFrom = (prefix: string, name: string) => `${prefix}-${name.replace(/\./g, '-')}`;

/**
 * Gives the fields inside ids made from their names (`referral` and `newPerson.firstName` give
 * `referral-newPerson-firstName`), for a form with an error summary that links to its fields.
 * Without it each field's id comes from useId, so copies of one form on a page do not collide.
 */
export function FieldIdPrefix({ prefix, children }: { prefix: string; children: ReactNode }) {
  return <PrefixContext value={prefix}>{children}</PrefixContext>;
}

/** The element id of a field: from its name inside a FieldIdPrefix, else from useId. */
export function useFieldId(name: string | undefined): string {
  const prefix = useContext(PrefixContext);
  const generated = useId();
  return prefix && name ? idFrom(prefix, name) : generated;
}

/** The element ids of fields by their names, for links to them; only inside a FieldIdPrefix. */
export function useFieldIdOf(): (name: string) => string {
  const prefix = useContext(PrefixContext);
  if (!prefix) throw new Error('Links to fields need the ids a FieldIdPrefix gives: put one around the form.');
  return (name) => idFrom(prefix, name);
}
