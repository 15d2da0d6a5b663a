import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Can } from '../../graphql/can.decorator';
import { Role } from '../../graphql/enums';
import { loadMe, switchRole } from './auth.service';
import { Me } from './me.type';

@Resolver()
export class AuthResolver {
  @Query(() => Me, { description: 'The signed-in user' })
  @Can('me.read')
  me(@Ctx() ctx: Context): Me {
    return loadMe(ctx);
  }

  @Mutation(() => Me, { description: 'Act in another of your roles' })
  @Can('session.switchRole')
  switchRole(@Arg('role', () => Role) role: Role, @Ctx() ctx: Context): Promise<Me> {
    return switchRole(ctx, role);
  }
}
