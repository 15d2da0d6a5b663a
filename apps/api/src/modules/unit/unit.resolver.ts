import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Can } from '../../graphql/can.decorator';
import { listUnits, myUnits } from './unit.service';
import { UnitOverview, UnitRef } from './unit.type';

@Resolver()
export class UnitResolver {
  @Query(() => [UnitOverview], { description: 'The units the signed-in leader leads' })
  @Can('unit.overview')
  myUnits(@Ctx() ctx: Context): Promise<UnitOverview[]> {
    return myUnits(ctx);
  }

  @Query(() => [UnitRef], { description: "The municipality's units by name, for choosing one in forms and filters" })
  @Can('unit.list')
  units(@Ctx() ctx: Context): Promise<UnitRef[]> {
    return listUnits(ctx);
  }
}
