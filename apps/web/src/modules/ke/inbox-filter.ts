// The inbox's filter as it stands in the address (?status=&unit=&age=&waiting=), so a filtered
// view can be bookmarked, shared and reloaded.
import type { AgeGroup, ReferralInboxFilter, ReferralStatus } from '../../gql/graphql';
import { isReferralStatus } from './statuses';

export const AGE_GROUPS: readonly AgeGroup[] = ['UNBORN', 'UNDER_SIX', 'SCHOOL_AGE', 'ADULT', 'SENIOR'];
export const WAITING_DAYS = [7, 14, 30, 60] as const;

/** `waiting`: received and in assessment, the inbox's first view; `all`: every status. */
export type StatusChoice = 'waiting' | 'all' | ReferralStatus;

export interface InboxChoices {
  status: StatusChoice;
  unitId: string;
  ageGroup: AgeGroup | '';
  minWaitingDays: number | null;
}

const isAgeGroup = (value: string): value is AgeGroup => (AGE_GROUPS as readonly string[]).includes(value);

export function choicesFrom(params: URLSearchParams): InboxChoices {
  const status = params.get('status') ?? '';
  const age = params.get('age') ?? '';
  const waiting = Number(params.get('waiting'));
  return {
    status: status === 'all' || isReferralStatus(status) ? status : 'waiting',
    unitId: params.get('unit') ?? '',
    ageGroup: isAgeGroup(age) ? age : '',
    minWaitingDays: (WAITING_DAYS as readonly number[]).includes(waiting) ? waiting : null,
  };
}

export function paramsFrom(choices: InboxChoices): Record<string, string> {
  const params: Record<string, string> = {};
  if (choices.status !== 'waiting') params.status = choices.status;
  if (choices.unitId) params.unit = choices.unitId;
  if (choices.ageGroup) params.age = choices.ageGroup;
  if (choices.minWaitingDays !== null) params.waiting = String(choices.minWaitingDays);
  return params;
}

export function filterFrom(choices: InboxChoices): ReferralInboxFilter {
  return {
    statuses: choices.status === 'waiting' ? ['RECEIVED', 'IN_ASSESSMENT'] : choices.status === 'all' ? null : [choices.status],
    unitId: choices.unitId || null,
    ageGroup: choices.ageGroup || null,
    minWaitingDays: choices.minWaitingDays,
  };
}
