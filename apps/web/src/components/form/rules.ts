import type { I18nValue } from '../../i18n/I18nProvider';

/** react-hook-form's rule for a text of at most `max` characters, with the shared message. */
export const maxLengthRule = (t: I18nValue['t'], max: number) => ({ maxLength: { value: max, message: t('validation.tooLong', { max }) } });

/** A text that must hold more than spaces, of at most `max` characters. */
export const requiredTextRule = (t: I18nValue['t'], max: number) => ({
  validate: (value: string) => value.trim() !== '' || t('validation.required'),
  ...maxLengthRule(t, max),
});
