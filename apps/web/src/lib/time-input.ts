// datetime-local fields hold a wall-clock time without a zone. The app shows every time in
// Norwegian time, so it reads what is typed as Norwegian time too, whatever the device's zone.
import { osloWallTime, osloWallTimeToInstant } from '@samhandling/shared';

/** An instant as a datetime-local value: the time in Norway, as the app shows times. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : osloWallTime(date);
}

/** A datetime-local value (Norwegian time, whatever the device's zone) as the API's instant; null when empty or not a time. */
export function fromLocalInput(value: string): string | null {
  return value ? (osloWallTimeToInstant(value)?.toISOString() ?? null) : null;
}

export const isInFuture = (value: string, now = Date.now()) => {
  const instant = osloWallTimeToInstant(value);
  return instant !== null && instant.getTime() > now;
};
