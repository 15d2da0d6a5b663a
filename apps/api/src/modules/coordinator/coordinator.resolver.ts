import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Can } from '../../graphql/can.decorator';
import { CaseloadEntry } from './caseload.type';
import { myCaseload } from './coordinator.service';

@Resolver()
export class CoordinatorResolver {
  @Query(() => [CaseloadEntry], { description: 'The persons the signed-in coordinator follows' })
  @Can('caseload.read')
  myCaseload(@Ctx() ctx: Context): Promise<CaseloadEntry[]> {
    return myCaseload(ctx);
  }
}
