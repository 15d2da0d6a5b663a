// Dates and times formatted with Intl for the chosen language.
import { osloToday, TIME_ZONE, type Locale } from '@samhandling/shared';

// Nynorsk dates use bokmål's formats (nynorsk shares its month names): browsers without nn-NO
// date data (Chromium) would otherwise fall back to the browser's own language.
const INTL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' };

export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

/** Parses a LocalDate ("YYYY-MM-DD") as a calendar date, without a time-zone shift. */
export function parseLocalDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** A LocalDate, or the calendar day (in the municipality) of a DateTimeISO. */
export function formatDate(locale: Locale, value: string | null | undefined): string {
  if (!value) return '';
  const day = parseLocalDate(value);
  if (day) return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone: TIME_ZONE }).format(instant);
}

export function formatDateTime(locale: Locale, value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** The time of day of a DateTimeISO in the municipality, e.g. 09:15. */
export function formatTime(locale: Locale, value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short', timeZone: TIME_ZONE }).format(date);
}

/** True when a LocalDate lies before today (in Oslo). */
export function isBeforeToday(value: string, now: Date = new Date()): boolean {
  return value < osloToday(now);
}
