// Test data of the intake module: the submitter's referrals, typed by the generated documents.
import type { Unmasked } from '@apollo/client';
import type { MySubmittedReferralsQuery as MySubmittedReferralsData } from '../../../gql/graphql';
import { mockResult } from '../../../test-utils/render';
import { MySubmittedReferralsQuery } from '../graphql/intake';

export type SubmittedReferralRow = Unmasked<MySubmittedReferralsData>['mySubmittedReferrals'][number];

export const submittedReferral = (overrides: Partial<SubmittedReferralRow> = {}): SubmittedReferralRow => ({
  __typename: 'SubmittedReferral',
  id: 'r-mine-1',
  journalNumber: '2026/0214',
  receivedAt: '2026-11-20T09:30:00.000Z',
  status: 'RECEIVED',
  requested: 'BOTH',
  person: { __typename: 'PersonRef', id: 'p-tuva', name: 'Tuva Nilsen' },
  ...overrides,
});

/**
 * "Mine meldinger" on every home page: the list is asked for each time a home is shown, so the
 * mock answers any number of times.
 */
export function mockMySubmittedReferrals(referrals: SubmittedReferralRow[] = []) {
  return mockResult(
    MySubmittedReferralsQuery,
    {},
    { __typename: 'Query', mySubmittedReferrals: referrals },
    { maxUsageCount: Number.POSITIVE_INFINITY },
  );
}
