import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Can } from '../../graphql/can.decorator';
import { AccessLogArgs, StaffAccessLogArgs, StaffMembersArgs } from './access-log.input';
import { accessLogPage, recordAccess, staffAccessLogPage, staffMembers } from './access-log.service';
import { AccessLogPage, StaffAccessLogPage, StaffMember } from './access-log.type';

@Resolver()
export class AccessLogResolver {
  @Query(() => AccessLogPage, {
    description: "Who has read the person's data: one line per reader, part and day (in Norway), newest first",
  })
  @Can<AccessLogArgs>('accessLog.read', ({ personId }) => ({ personId }))
  async accessLog(@Args(() => AccessLogArgs) args: AccessLogArgs, @Ctx() ctx: Context): Promise<AccessLogPage> {
    const page = await accessLogPage(ctx, args);
    await recordAccess(ctx, [args.personId], 'accessLog.read');
    return page;
  }

  @Query(() => [StaffMember], { description: 'Staff of the municipality by name, for choosing whose reads to audit' })
  @Can('accessLog.staff')
  staffMembers(@Args(() => StaffMembersArgs) { search }: StaffMembersArgs, @Ctx() ctx: Context): Promise<StaffMember[]> {
    return staffMembers(ctx, search);
  }

  @Query(() => StaffAccessLogPage, { description: 'What a staff member has read of persons\' data, newest first, a page at a time' })
  @Can('accessLog.staff')
  staffAccessLog(@Args(() => StaffAccessLogArgs) args: StaffAccessLogArgs, @Ctx() ctx: Context): Promise<StaffAccessLogPage> {
    return staffAccessLogPage(ctx, args);
  }
}
