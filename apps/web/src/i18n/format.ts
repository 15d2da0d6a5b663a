// Dates and times formatted with Intl for the chosen language.
import { intlLocale, osloToday, parseLocalDate, TIME_ZONE, type Locale } from '@samhandling/shared';

export { intlLocale, parseLocalDate };

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
