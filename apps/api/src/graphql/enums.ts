// Prisma's enums exposed in the GraphQL schema under the same names.
import { registerEnumType } from 'type-graphql';
import {
  Channel,
  ConsentForm,
  ConsentScope,
  GoalKind,
  GoalStatus,
  LifeArea,
  MeasureStatus,
  MeetingStatus,
  MeetingType,
  PlanStatus,
  ReferralSourceKind,
  ReferralStatus,
  RequestedService,
  RestrictionKind,
  Role,
  UserKind,
} from '../generated/prisma/client';

const enums = {
  Channel,
  ConsentForm,
  ConsentScope,
  GoalKind,
  GoalStatus,
  LifeArea,
  MeasureStatus,
  MeetingStatus,
  MeetingType,
  PlanStatus,
  ReferralSourceKind,
  ReferralStatus,
  RequestedService,
  RestrictionKind,
  Role,
  UserKind,
};

for (const [name, values] of Object.entries(enums)) {
  registerEnumType(values, { name });
}

export {
  Channel,
  ConsentForm,
  ConsentScope,
  GoalKind,
  GoalStatus,
  LifeArea,
  MeasureStatus,
  MeetingStatus,
  MeetingType,
  PlanStatus,
  ReferralSourceKind,
  ReferralStatus,
  RequestedService,
  RestrictionKind,
  Role,
  UserKind,
};
