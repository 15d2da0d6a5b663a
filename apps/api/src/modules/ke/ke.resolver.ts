import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Can } from '../../graphql/can.decorator';
import { keOverview } from './ke.service';
import { KeOverview } from './ke.type';

@Resolver()
export class KeResolver {
  @Query(() => KeOverview, { description: "Counts from KE's registers" })
  @Can('ke.overview')
  keOverview(@Ctx() ctx: Context): Promise<KeOverview> {
    return keOverview(ctx);
  }
}
