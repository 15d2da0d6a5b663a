import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Can } from '../../graphql/can.decorator';
import { AccessLogArgs } from './access-log.input';
import { accessLogPage, recordAccess } from './access-log.service';
import { AccessLogPage } from './access-log.type';

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
}
