import { osloToday } from '@samhandling/shared';

/** A LocalDate (YYYY-MM-DD) `days` from today in Oslo. */
export function dayFromToday(days: number): string {
  const date = new Date(`${osloToday()}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A LocalDate as a date column holds it (midnight UTC). */
export const asDate = (value: string) => new Date(`${value}T00:00:00.000Z`);
