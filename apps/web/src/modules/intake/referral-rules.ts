// The referral form's rules on the client: the same as the API's (referral.input.ts and
// referral.service.ts), with the same message keys, so a field says the same thing before and
// after it is sent. The API checks them again; its field messages are shown at their fields.
import { checkNationalId, NATIONAL_ID_MESSAGES, osloToday, type MessageKey, type MessageParams } from '@samhandling/shared';

/** The limits of the API's input (referral.input.ts). */
export const LIMITS = {
  name: 100,
  text: 200,
  phone: 40,
  needMin: 10,
  needMax: 4000,
  services: 20,
} as const;

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A validate function for react-hook-form: undefined when valid, else the translated message. */
export type Rule = (value: string) => string | undefined;

export const required =
  (t: Translate, key: MessageKey = 'validation.required'): Rule =>
  (value) =>
    value.trim() ? undefined : t(key);

export const maxLength =
  (t: Translate, max: number): Rule =>
  (value) =>
    value.trim().length > max ? t('validation.tooLong', { max }) : undefined;

export const needDescription =
  (t: Translate): Rule =>
  (value) => {
    const length = value.trim().length;
    return length < LIMITS.needMin || length > LIMITS.needMax
      ? t('validation.needDescription', { min: LIMITS.needMin, max: LIMITS.needMax })
      : undefined;
  };

/** A date field's value: a real date (the browser's date input gives YYYY-MM-DD or nothing). */
const isLocalDate = (value: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
};

export const validDate =
  (t: Translate): Rule =>
  (value) =>
    !value || isLocalDate(value) ? undefined : t('validation.invalidDate');

/** Not after today in Oslo (a date of birth, a consent). */
export const notAfterToday =
  (t: Translate, key: MessageKey): Rule =>
  (value) =>
    value && isLocalDate(value) && value > osloToday() ? t(key) : undefined;

/** A national id, checked as the API checks it, against the date of birth when one is given. */
export const nationalId =
  (t: Translate, dateOfBirth: () => string | undefined): Rule =>
  (value) => {
    const trimmed = value.trim();
    if (!trimmed) return undefined;
    const birth = dateOfBirth();
    const result = checkNationalId(trimmed, { today: osloToday(), dateOfBirth: birth && isLocalDate(birth) ? birth : undefined });
    return result.valid ? undefined : t(NATIONAL_ID_MESSAGES[result.problem]);
  };

/** The first message of several rules. */
export const all =
  (...rules: Rule[]): Rule =>
  (value) => {
    for (const rule of rules) {
      const message = rule(value ?? '');
      if (message) return message;
    }
    return undefined;
  };

/** A trimmed text, or null when empty (optional fields). */
export const optional = (value: string): string | null => value.trim() || null;

/**
 * Where the API's field names (`newPerson.parent.name`, `currentServices.1.service`) are on
 * the form; names not listed are the form's own.
 */
const SERVER_FIELD_ALIASES: Record<string, string> = {
  'newPerson.parent.name': 'newPerson.parentName',
  'newPerson.parent.phone': 'newPerson.parentPhone',
};

export const formFieldOf = (serverField: string) => SERVER_FIELD_ALIASES[serverField] ?? serverField;
