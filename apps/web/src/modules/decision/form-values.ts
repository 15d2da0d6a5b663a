import type { useT } from '../../i18n';

/** A radio group's value for a tri-state boolean (a criterion not judged yet is ''). */
export const fromBoolean = (value: boolean | null | undefined): '' | 'yes' | 'no' => (value === true ? 'yes' : value === false ? 'no' : '');
export const toBoolean = (value: string): boolean | null => (value === 'yes' ? true : value === 'no' ? false : null);

/** The rules of a date that has happened (a letter sent, an appeal received): given, and not after today. */
export const pastDateRules = (t: ReturnType<typeof useT>, today: string) => ({
  required: t('web.form.dateRequired'),
  validate: (value: string) => value <= today || t('web.form.dateInFuture'),
});
