import type { AttendanceAnswer, MeetingStatus } from '../../gql/graphql';

type TagColor = 'info' | 'warning' | 'success' | 'neutral' | 'danger';

export const ANSWER_COLOR: Record<AttendanceAnswer, TagColor> = { NO_ANSWER: 'neutral', ACCEPTED: 'success', TENTATIVE: 'warning', DECLINED: 'danger' };
export const MEETING_STATUS_COLOR: Record<MeetingStatus, TagColor> = { PLANNED: 'info', HELD: 'success', CANCELLED: 'danger' };
