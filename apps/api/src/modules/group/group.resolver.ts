import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { IsBoolean, Min, ValidateNested } from 'class-validator';
import type { Context } from '../../context';
import { Access, Can, type AccessScope } from '../../graphql/can.decorator';
import { myParticipation } from './group.service';
import { groupMemberCandidates } from './group-candidates';
import {
  addGroupMember,
  establishGroup,
  groupTarget,
  memberTarget,
  recordCompositionReview,
  recordNeedReview,
  removeGroupMember,
  updateGroupMember,
} from './group-manage.service';
import { groupReviewsDue, groupState } from './group-read';
import { EstablishGroupInput, GroupMemberInput } from './group.input';
import { GroupMemberCandidate, GroupReviewDue, GroupState, GroupView } from './group.type';
import { ParticipationEntry } from './participation.type';

const versionRange = { message: 'validation.invalid' };

@ArgsType()
class GroupVersionArgs {
  @Field(() => ID)
  groupId: string;

  @Field(() => Int, { description: "The group's version the page started from" })
  @Min(1, versionRange)
  version: number;
}

@ArgsType()
class AddMemberArgs extends GroupVersionArgs {
  @Field(() => GroupMemberInput)
  @ValidateNested()
  input: GroupMemberInput;
}

@ArgsType()
class MemberVersionArgs {
  @Field(() => ID)
  memberId: string;

  @Field(() => Int, { description: "The group's version the page started from" })
  @Min(1, versionRange)
  version: number;
}

@ArgsType()
class UpdateMemberArgs extends MemberVersionArgs {
  @Field(() => GroupMemberInput)
  @ValidateNested()
  input: GroupMemberInput;
}

@ArgsType()
class NeedReviewArgs extends GroupVersionArgs {
  @Field(() => Boolean, { description: 'False: the group is no longer needed; the coordinator then closes it on a change form' })
  @IsBoolean()
  stillNeeded: boolean;
}

const onGroup = ({ groupId }: { groupId: string }, ctx: Context) => groupTarget(ctx, groupId);
const onMember = ({ memberId }: { memberId: string }, ctx: Context) => memberTarget(ctx, memberId);

@Resolver()
export class GroupResolver {
  @Query(() => [ParticipationEntry], { description: 'Responsibility groups the signed-in provider takes part in' })
  @Can('participation.read')
  myParticipation(@Ctx() ctx: Context): Promise<ParticipationEntry[]> {
    return myParticipation(ctx);
  }

  @Query(() => GroupState, { description: 'For the coordinator, KE and (read) members and the person' })
  @Can<{ personId: string }>('group.read', ({ personId }) => ({ personId }))
  group(@Arg('personId', () => ID) personId: string, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<GroupState> {
    return groupState(ctx, personId, access);
  }

  @Query(() => [GroupReviewDue], { description: "Coordinator: own persons' groups; KE: the municipality's. Need reviews due within 30 days or overdue, and compositions to review for a transition" })
  @Can('group.reviewsDue')
  groupReviewsDue(@Ctx() ctx: Context): Promise<GroupReviewDue[]> {
    return groupReviewsDue(ctx);
  }

  @Query(() => [GroupMemberCandidate], { description: "Whom the coordinator can add: the person's relatives and the municipality's staff" })
  @Can<{ personId: string }>('group.manage', ({ personId }) => ({ personId }))
  groupMemberCandidates(@Arg('personId', () => ID) personId: string, @Ctx() ctx: Context): Promise<GroupMemberCandidate[]> {
    return groupMemberCandidates(ctx, personId);
  }

  @Mutation(() => GroupView, { description: "On the person's wish, with an active coordinator and valid written group consent; not beside an active group" })
  @Can<{ input: EstablishGroupInput }>('group.manage', ({ input }) => ({ personId: input.personId }))
  establishGroup(@Arg('input', () => EstablishGroupInput) input: EstablishGroupInput, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<GroupView> {
    return establishGroup(ctx, input, access);
  }

  @Mutation(() => GroupView)
  @Can<AddMemberArgs>('group.manage', onGroup)
  addGroupMember(@Args(() => AddMemberArgs) args: AddMemberArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<GroupView> {
    return addGroupMember(ctx, args.groupId, args.version, args.input, access);
  }

  @Mutation(() => GroupView)
  @Can<UpdateMemberArgs>('group.manage', onMember)
  updateGroupMember(@Args(() => UpdateMemberArgs) args: UpdateMemberArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<GroupView> {
    return updateGroupMember(ctx, args.memberId, args.version, args.input, access);
  }

  @Mutation(() => GroupView, { description: 'The member leaves the group today (the row is kept)' })
  @Can<MemberVersionArgs>('group.manage', onMember)
  removeGroupMember(@Args(() => MemberVersionArgs) args: MemberVersionArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<GroupView> {
    return removeGroupMember(ctx, args.memberId, args.version, access);
  }

  @Mutation(() => GroupView, { description: 'The composition was reviewed today (at a transition)' })
  @Can<GroupVersionArgs>('group.manage', onGroup)
  recordCompositionReview(@Args(() => GroupVersionArgs) args: GroupVersionArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<GroupView> {
    return recordCompositionReview(ctx, args.groupId, args.version, access);
  }

  @Mutation(() => GroupView, { description: 'The need was evaluated today; not needed: close the group on a change form registered at KE' })
  @Can<NeedReviewArgs>('group.manage', onGroup)
  recordNeedReview(@Args(() => NeedReviewArgs) args: NeedReviewArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<GroupView> {
    return recordNeedReview(ctx, args.groupId, args.version, args.stillNeeded, access);
  }
}
