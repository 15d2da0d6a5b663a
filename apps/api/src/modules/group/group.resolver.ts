import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Can } from '../../graphql/can.decorator';
import { myParticipation } from './group.service';
import { ParticipationEntry } from './participation.type';

@Resolver()
export class GroupResolver {
  @Query(() => [ParticipationEntry], { description: 'Responsibility groups the signed-in provider takes part in' })
  @Can('participation.read')
  myParticipation(@Ctx() ctx: Context): Promise<ParticipationEntry[]> {
    return myParticipation(ctx);
  }
}
