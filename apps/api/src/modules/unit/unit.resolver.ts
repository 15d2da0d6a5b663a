import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Can } from '../../graphql/can.decorator';
import { myUnits } from './unit.service';
import { UnitOverview } from './unit.type';

@Resolver()
export class UnitResolver {
  @Query(() => [UnitOverview], { description: 'The units the signed-in leader leads' })
  @Can('unit.overview')
  myUnits(@Ctx() ctx: Context): Promise<UnitOverview[]> {
    return myUnits(ctx);
  }
}
