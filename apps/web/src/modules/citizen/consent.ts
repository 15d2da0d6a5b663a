import { todayLocalDate } from '../../i18n/format';

export interface ConsentState {
  withdrawnAt: string | null;
  periodEnd: string | null;
}

/** In force: not withdrawn, and its period (if any) has not ended. */
export function isInForce(consent: ConsentState, now: Date = new Date()): boolean {
  if (consent.withdrawnAt) return false;
  return !consent.periodEnd || consent.periodEnd >= todayLocalDate(now);
}
