// Norwegian national identity numbers (fødselsnummer, D-number, synthetic test numbers): the
// one check the API and the web form both use, so a number is judged the same way everywhere.
// Results name the problem, never the number: it is personal data and must not reach a log.
import type { MessageKey } from './i18n';

/** Why a number was refused; each has a field message (validation.nationalId.<reason>). */
export type NationalIdProblem =
  /** Not 11 digits. */
  | 'format'
  | 'firstControlDigit'
  | 'secondControlDigit'
  /** The first six digits and the individual number give no real calendar date. */
  | 'date'
  /** The date it gives lies after today. */
  | 'futureDate'
  /** The date it gives is not the date of birth given with it. */
  | 'dateOfBirthMismatch';

/** The field message for each problem. */
export const NATIONAL_ID_MESSAGES: Record<NationalIdProblem, MessageKey> = {
  format: 'validation.nationalId.format',
  firstControlDigit: 'validation.nationalId.firstControlDigit',
  secondControlDigit: 'validation.nationalId.secondControlDigit',
  date: 'validation.nationalId.date',
  futureDate: 'validation.nationalId.futureDate',
  dateOfBirthMismatch: 'validation.nationalId.dateOfBirthMismatch',
};

export type NationalIdCheck =
  | { valid: true; /** The birth date the number gives, YYYY-MM-DD. */ birthDate: string }
  | { valid: false; problem: NationalIdProblem };

const FIRST_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const SECOND_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** The mod-11 control digit for the digits, or undefined when none exists (remainder 1). */
export function nationalIdControlDigit(digits: readonly number[], weights: readonly number[]): number | undefined {
  const sum = weights.reduce((total, weight, index) => total + weight * digits[index]!, 0);
  const control = 11 - (sum % 11);
  if (control === 11) return 0;
  return control === 10 ? undefined : control;
}

/** The first two control digits for nine digits (date and individual number), or undefined. */
export function nationalIdControlDigits(firstNine: readonly number[]): [number, number] | undefined {
  const first = nationalIdControlDigit(firstNine, FIRST_WEIGHTS);
  if (first === undefined) return undefined;
  const second = nationalIdControlDigit([...firstNine, first], SECOND_WEIGHTS);
  return second === undefined ? undefined : [first, second];
}

/** The full year from the two-digit year and the individual number (digits 7–9), if any. */
function fullYear(year: number, individual: number): number | undefined {
  if (individual <= 499) return 1900 + year;
  if (individual <= 749 && year >= 54) return 1800 + year;
  if (year <= 39) return 2000 + year;
  if (individual >= 900) return 1900 + year;
  return undefined;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The calendar date the number encodes, YYYY-MM-DD, or undefined if it encodes none. */
function encodedDate(digits: readonly number[]): string | undefined {
  let day = digits[0]! * 10 + digits[1]!;
  let month = digits[2]! * 10 + digits[3]!;
  const year = fullYear(digits[4]! * 10 + digits[5]!, digits[6]! * 100 + digits[7]! * 10 + digits[8]!);
  if (year === undefined) return undefined;
  // D-numbers add 4 to the first digit of the day.
  if (day > 40) day -= 40;
  // Synthetic test numbers add 40 or 80 to the month (the test data of NAV and of Skatteetaten).
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999, but every year here is 1854 or later.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * Checks a national identity number: 11 digits, both mod-11 control digits, and a real date that
 * is not after today (YYYY-MM-DD, the date in Oslo: osloToday()) and, when a date of birth is
 * given (YYYY-MM-DD), is that date. D-numbers and synthetic test numbers are accepted.
 */
export function checkNationalId(value: string, options: { today: string; dateOfBirth?: string }): NationalIdCheck {
  if (!/^\d{11}$/.test(value)) return { valid: false, problem: 'format' };
  const digits = [...value].map(Number);
  if (nationalIdControlDigit(digits, FIRST_WEIGHTS) !== digits[9]) return { valid: false, problem: 'firstControlDigit' };
  if (nationalIdControlDigit(digits, SECOND_WEIGHTS) !== digits[10]) return { valid: false, problem: 'secondControlDigit' };
  const birthDate = encodedDate(digits);
  if (!birthDate) return { valid: false, problem: 'date' };
  // ISO dates compare as strings.
  if (birthDate > options.today) return { valid: false, problem: 'futureDate' };
  if (options.dateOfBirth !== undefined && options.dateOfBirth !== birthDate) return { valid: false, problem: 'dateOfBirthMismatch' };
  return { valid: true, birthDate };
}
