import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GroupStatus, RelationKind } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { PersonRef } from '../person/person.type';
import { InviteeKind } from '../meeting/invitee-kind';

@ObjectType({ description: 'A current member of a responsibility group' })
export class GroupMemberView {
  @Field(() => ID)
  id: string;

  @Field(() => InviteeKind)
  kind: InviteeKind;

  @Field(() => String)
  name: string;

  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field(() => ID, { nullable: true })
  relativeId: string | null;

  @Field(() => String, { nullable: true })
  roleInGroup: string | null;

  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field(() => String, { nullable: true })
  unitName: string | null;

  @Field(() => String, { nullable: true, description: 'An outside organisation, by name' })
  organisation: string | null;

  @Field(() => Boolean, { description: "The member's place in the group is anchored with the leader of their own unit" })
  anchoredInOwnUnit: boolean;

  @Field(() => String, { nullable: true, description: 'Only for the coordinator (invitations); null for others' })
  email: string | null;

  @Field(() => LocalDate)
  joinedAt: Date;

  @Field(() => Boolean, { description: "The member is one of the person's coordinators in force" })
  isCoordinator: boolean;
}

@ObjectType()
export class GroupView {
  @Field(() => ID)
  id: string;

  @Field(() => PersonRef)
  person: PersonRef;

  @Field(() => GroupStatus)
  status: GroupStatus;

  @Field(() => LocalDate)
  establishedAt: Date;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Boolean, { description: 'The group was established on the wish of the person (or guardian)' })
  wishedByPerson: boolean;

  @Field(() => String, { nullable: true })
  wishNote: string | null;

  @Field(() => ID)
  consentId: string;

  // members: a field resolver (group.fields.ts), batched, filtered by the scope.

  @Field(() => LocalDate, { nullable: true })
  compositionReviewedAt: Date | null;

  @Field(() => LocalDate, { nullable: true })
  lastNeedReview: Date | null;

  @Field(() => LocalDate, { description: "lastNeedReview (or establishedAt) + the municipality's groupNeedReviewMonths" })
  needReviewDue: Date;

  @Field(() => Boolean, { description: 'The need review is due within the notice, or overdue (active groups only)' })
  needReviewSoon: boolean;

  @Field(() => LocalDate, {
    nullable: true,
    description: "A transition in the person's plan the composition has not been reviewed for (within TRANSITION_REVIEW_DAYS, or passed): its date",
  })
  compositionReviewDueFor: Date | null;

  @Field(() => Boolean, { description: 'The signed-in user may establish the group and edit its members (the coordinator)' })
  canManage: boolean;

  @Field(() => Int)
  version: number;
}

export enum GroupBlocker {
  NO_ACTIVE_COORDINATOR = 'NO_ACTIVE_COORDINATOR',
  NO_GROUP_CONSENT = 'NO_GROUP_CONSENT',
  ALREADY_ACTIVE = 'ALREADY_ACTIVE',
}
registerEnumType(GroupBlocker, { name: 'GroupBlocker' });

@ObjectType()
export class GroupState {
  @Field(() => PersonRef)
  person: PersonRef;

  @Field(() => GroupView, { nullable: true, description: 'The active group, or the last closed one' })
  group: GroupView | null;

  @Field(() => [GroupBlocker], { description: 'Why a group cannot be established now (empty: it can, given the person\'s wish)' })
  establishBlockers: GroupBlocker[];

  @Field(() => ID, { nullable: true, description: 'The valid written group consent (RESPONSIBILITY_GROUP scope) the group would rest on' })
  groupConsentId: string | null;

  @Field(() => Boolean, { description: 'The signed-in user may establish the group and edit its members (the coordinator)' })
  canManage: boolean;
}

export enum GroupReviewReason {
  /** The yearly evaluation of whether the group is still needed. */
  NEED = 'NEED',
  /** A transition in the person's plan: is the composition still right? */
  COMPOSITION = 'COMPOSITION',
}
registerEnumType(GroupReviewReason, {
  name: 'GroupReviewReason',
  valuesConfig: {
    NEED: { description: 'The (yearly) evaluation of whether the group is still needed' },
    COMPOSITION: { description: "A transition in the person's plan: review who is in the group" },
  },
});

@ObjectType()
export class GroupReviewDue {
  @Field(() => ID)
  groupId: string;

  @Field(() => PersonRef)
  person: PersonRef;

  @Field(() => GroupReviewReason)
  reason: GroupReviewReason;

  @Field(() => LocalDate)
  needReviewDue: Date;

  @Field(() => LocalDate, { nullable: true, description: 'COMPOSITION: the date of the transition' })
  transitionDate: Date | null;

  @Field(() => Boolean, { description: 'NEED: the due date has passed; COMPOSITION: the transition has' })
  overdue: boolean;
}

@ObjectType({ description: 'Someone the coordinator can add to the group' })
export class GroupMemberCandidate {
  @Field(() => InviteeKind)
  kind: InviteeKind;

  @Field(() => String)
  name: string;

  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field(() => ID, { nullable: true })
  relativeId: string | null;

  @Field(() => ID, { nullable: true, description: "A staff member's (first) unit" })
  unitId: string | null;

  @Field(() => String, { nullable: true })
  unitName: string | null;

  @Field(() => String, { nullable: true, description: "A staff member's outside organisation (a GP office, a hospital)" })
  organisation: string | null;

  @Field(() => RelationKind, { nullable: true, description: "A relative's relation to the person" })
  relation: RelationKind | null;

  @Field(() => Boolean, { description: 'Already a current member' })
  isMember: boolean;
}
