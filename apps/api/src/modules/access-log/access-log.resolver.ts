import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Can } from '../../graphql/can.decorator';
import { accessLogFor, recordAccess } from './access-log.service';
import { AccessLogView } from './access-log.type';

@Resolver()
export class AccessLogResolver {
  @Query(() => [AccessLogView], { description: "Who has read the person's data, newest first" })
  @Can<{ personId: string }>('accessLog.read', ({ personId }) => ({ personId }))
  async accessLog(@Arg('personId', () => ID) personId: string, @Ctx() ctx: Context): Promise<AccessLogView[]> {
    const rows = await accessLogFor(ctx, personId);
    await recordAccess(ctx, [personId], 'accessLog.read');
    return rows.map((row) => ({
      at: row.at,
      actorName: row.actor.name,
      actorTitle: row.actor.title,
      actorRole: row.actorRole,
      action: row.action,
    }));
  }
}
