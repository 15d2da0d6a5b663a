import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Can } from '../../graphql/can.decorator';
import { actingFor } from './person.service';
import { PersonRef } from './person.type';

@Resolver()
export class PersonResolver {
  @Query(() => [PersonRef], { description: 'For a citizen: themselves and the persons they are guardian of' })
  @Can('citizen.persons')
  actingFor(@Ctx() ctx: Context): Promise<PersonRef[]> {
    return actingFor(ctx);
  }
}
