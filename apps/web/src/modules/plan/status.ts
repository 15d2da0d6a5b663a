import type { GoalStatus, MeasureStatus, PlanStatus } from '../../gql/graphql';

type TagColor = 'info' | 'warning' | 'success' | 'neutral' | 'danger' | 'accent';

export const PLAN_STATUS_COLOR: Record<PlanStatus, TagColor> = { DRAFT: 'warning', ACTIVE: 'success', CLOSED: 'neutral' };
export const GOAL_STATUS_COLOR: Record<GoalStatus, TagColor> = {
  NOT_STARTED: 'neutral',
  IN_PROGRESS: 'info',
  REACHED: 'success',
  ABANDONED: 'neutral',
};
export const MEASURE_STATUS_COLOR: Record<MeasureStatus, TagColor> = {
  PLANNED: 'neutral',
  ONGOING: 'info',
  DONE: 'success',
  CANCELLED: 'neutral',
};
