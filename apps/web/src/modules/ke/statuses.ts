import type { ReferralStatus } from '../../gql/graphql';

export const REFERRAL_STATUSES: readonly ReferralStatus[] = ['RECEIVED', 'IN_ASSESSMENT', 'DECIDED', 'CLOSED', 'WITHDRAWN'];

export function isReferralStatus(value: string): value is ReferralStatus {
  return (REFERRAL_STATUSES as readonly string[]).includes(value);
}

export const REFERRAL_STATUS_COLOR: Record<ReferralStatus, 'info' | 'warning' | 'success' | 'neutral'> = {
  RECEIVED: 'info',
  IN_ASSESSMENT: 'warning',
  DECIDED: 'success',
  WITHDRAWN: 'neutral',
  CLOSED: 'neutral',
};
