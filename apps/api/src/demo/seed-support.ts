// Small helpers for the demo seed: a seeded PRNG, dates relative to "today", fictional
// national identity numbers, and journal numbers. No Math.random: the seed is deterministic.
import { osloTodayAsDate } from '@samhandling/shared';

const DAY_MS = 86_400_000;

/** mulberry32: a tiny, well-known 32-bit PRNG. Same seed, same sequence. */
export function createRandom(seed: number): { next(): number; int(min: number, max: number): number } {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    /** Integer in [min, max], both inclusive. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
  };
}

/**
 * Dates relative to a base day, the date in Oslo at `today`. `day(n)` is midnight UTC n days from
 * the base day (for @db.Date columns); `at(n, hh, mm)` is a timestamp on that day at hh:mm Norwegian time (UTC+1 is used
 * all year, which is close enough for demo data).
 */
export function createCalendar(today: Date): {
  base: Date;
  day(offset: number): Date;
  at(offset: number, hour?: number, minute?: number): Date;
  yearsAgo(years: number, extraDays: number): Date;
} {
  const base = osloTodayAsDate(today);
  const baseMs = base.getTime();
  return {
    base,
    day: (offset) => new Date(baseMs + offset * DAY_MS),
    at: (offset, hour = 10, minute = 0) => new Date(baseMs + offset * DAY_MS + ((hour - 1) * 60 + minute) * 60_000),
    yearsAgo: (years, extraDays) =>
      new Date(
        Date.UTC(base.getUTCFullYear() - years, base.getUTCMonth(), Math.min(base.getUTCDate(), 28)) -
          extraDays * DAY_MS,
      ),
  };
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * A fictional 11-digit fødselsnummer: ddmmyy of the birth date, an individual number in the
 * 9xx range, and two control digits chosen so the mod-11 check FAILS. The result therefore can
 * never be a real person's number (real numbers always pass the check).
 */
export function fictionalNationalId(dateOfBirth: Date, serial: number): string {
  const ddmmyy =
    pad(dateOfBirth.getUTCDate(), 2) + pad(dateOfBirth.getUTCMonth() + 1, 2) + pad(dateOfBirth.getUTCFullYear() % 100, 2);
  const individual = `9${pad(serial % 100, 2)}`;
  const digits = (ddmmyy + individual).split('').map(Number);
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const sum1 = digits.reduce((acc, d, i) => acc + d * (w1[i] ?? 0), 0);
  const validK1 = (11 - (sum1 % 11)) % 11;
  // Any k1 other than the valid one (or any k1 at all when the valid one would be 10) fails.
  const k1 = validK1 === 10 ? 0 : (validK1 + 5) % 10;
  const k2 = (serial * 7 + 3) % 10;
  return `${ddmmyy}${individual}${k1}${k2}`;
}

/** KE's journal numbers (e.g. 2026/0412): roughly increasing through the year, unique. */
export function createJournal(): (receivedAt: Date) => string {
  const used = new Set<string>();
  return (receivedAt) => {
    const year = receivedAt.getUTCFullYear();
    const dayOfYear = Math.floor((receivedAt.getTime() - Date.UTC(year, 0, 1)) / DAY_MS) + 1;
    let serial = Math.floor(dayOfYear * 1.7) + 12;
    let candidate = `${year}/${pad(serial, 4)}`;
    while (used.has(candidate)) {
      serial += 1;
      candidate = `${year}/${pad(serial, 4)}`;
    }
    used.add(candidate);
    return candidate;
  };
}
