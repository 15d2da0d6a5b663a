import { osloToday } from '@samhandling/shared';

export interface ConsentState {
  withdrawnAt: string | null;
  periodEnd: string | null;
}

/** In force: not withdrawn, and its period (if any) has not ended by today in Oslo. */
export function isInForce(consent: ConsentState, now: Date = new Date()): boolean {
  if (consent.withdrawnAt) return false;
  return !consent.periodEnd || consent.periodEnd >= osloToday(now);
}
