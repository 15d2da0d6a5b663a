import type { Locale } from './i18n/locales';

/** The municipality's time zone: days and times are Norwegian, whatever the device or server says. */
export const TIME_ZONE = 'Europe/Oslo';

// Built once: making an Intl formatter costs far more than formatting with it. Parts rather than
// a locale's pattern, so the result does not hang on how a locale writes dates.
const DAY_IN_OSLO = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

// The last answer: a request asks for the date of its one `now` once per row it maps.
let last = { time: Number.NaN, date: '' };

/** The calendar date in Oslo at an instant, as a LocalDate (YYYY-MM-DD). */
export function osloDate(instant: Date): string {
  const time = instant.getTime();
  if (time === last.time) return last.date;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of DAY_IN_OSLO.formatToParts(instant)) parts[part.type] = part.value;
  last = { time, date: `${parts.year}-${parts.month}-${parts.day}` };
  return last.date;
}

/** Today in the municipality: the date in Oslo (not in UTC, nor the server's or device's zone). */
export function osloToday(now: Date = new Date()): string {
  return osloDate(now);
}

/** A LocalDate as Prisma reads and writes a date column: midnight UTC of that day. */
export function localDateAsUtcMidnight(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/** Today in Oslo as a date column holds it (midnight UTC), for Prisma filters and rows. */
export function osloTodayAsDate(now: Date = new Date()): Date {
  return localDateAsUtcMidnight(osloToday(now));
}

// Nynorsk dates use bokmål's formats (nynorsk shares its month names): runtimes without nn-NO
// date data (Chromium) would otherwise fall back to the runtime's own language.
const INTL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' };

/** The Intl locale that formats dates and numbers for a language. */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

/** Parses a LocalDate ("YYYY-MM-DD") as a calendar date, without a time-zone shift. */
export function parseLocalDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

const LONG_DATE = new Map<Locale, Intl.DateTimeFormat>();

/** A LocalDate written out as in a letter: "23. november 2026" (nb, nn), "23 November 2026" (en). */
export function formatLongDate(locale: Locale, value: string): string {
  const day = parseLocalDate(value);
  if (!day) throw new RangeError(`Not a LocalDate: ${value}`);
  let format = LONG_DATE.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    LONG_DATE.set(locale, format);
  }
  return format.format(day);
}

const TIME_OF_DAY = new Map<Locale, Intl.DateTimeFormat>();

/** The time of day in Oslo at an instant, as a document writes it: "09:05". */
export function formatTimeOfDay(locale: Locale, instant: Date): string {
  let format = TIME_OF_DAY.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE });
    TIME_OF_DAY.set(locale, format);
  }
  return format.format(instant);
}

/** Whole days from one calendar date to another (midnight UTC each, as date columns hold them). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

/** The instant a day begins in Oslo (midnight there: 23:00 UTC the day before in winter, 22:00 in summer). */
export function osloStartOfDay(day: string): Date {
  const summer = new Date(localDateAsUtcMidnight(day).getTime() - 2 * 3_600_000);
  return osloDate(summer) === day ? summer : new Date(summer.getTime() + 3_600_000);
}

/** A date column's value (midnight UTC) moved by whole days, or years. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function addYears(date: Date, years: number): Date {
  const moved = new Date(date.getTime());
  moved.setUTCFullYear(moved.getUTCFullYear() + years);
  return moved;
}

/** A date column's value moved by whole months; the 31st becomes the month's last day where it has fewer. */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

const WALL_TIME_IN_OSLO = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock time in Oslo at an instant, as a datetime-local field holds it ("2026-12-24T10:00"). */
export function osloWallTime(instant: Date): string {
  const part = Object.fromEntries(WALL_TIME_IN_OSLO.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/**
 * A wall-clock time in Oslo ("2026-12-24T10:00") as the instant, whatever zone the device is in:
 * a time typed into the app is Norwegian time, as the app shows times. Null when not such a time.
 */
export function osloWallTimeToInstant(value: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value.slice(0, 16));
  if (!match) return null;
  const wall = `${match[1]}T${match[2]}:${match[3]}`;
  const asUtc = Date.parse(`${wall}:00.000Z`);
  if (Number.isNaN(asUtc)) return null;
  // Oslo is one hour ahead of UTC in winter and two in summer; a time the spring change skips
  // is taken as winter time.
  for (const hours of [2, 1]) {
    const instant = new Date(asUtc - hours * 3_600_000);
    if (osloWallTime(instant) === wall) return instant;
  }
  return new Date(asUtc - 3_600_000);
}
