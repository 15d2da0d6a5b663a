import type { Unmasked } from '@apollo/client';
import type { GroupReviewsDueQuery as DueData } from '../../../gql/graphql';
import { mockResult } from '../../../test-utils/render';
import { GroupReviewsDueQuery } from '../graphql/group-page';

export type GroupReviewDue = Unmasked<DueData>['groupReviewsDue'][number];

/** The groups to review on the coordinator's and KE's homes (none unless given), for any number of reads. */
export function mockGroupReviewsDue(items: GroupReviewDue[] = []) {
  return mockResult(GroupReviewsDueQuery, {}, { __typename: 'Query', groupReviewsDue: items }, { maxUsageCount: Number.POSITIVE_INFINITY });
}
