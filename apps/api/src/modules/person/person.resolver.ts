import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Access, Can, type AccessScope } from '../../graphql/can.decorator';
import { actingFor, personView } from './person.service';
import { PersonRef, PersonView } from './person.type';

@Resolver()
export class PersonResolver {
  @Query(() => [PersonRef], { description: 'For a citizen: themselves and the persons they are guardian of' })
  @Can('citizen.persons')
  actingFor(@Ctx() ctx: Context): Promise<PersonRef[]> {
    return actingFor(ctx);
  }

  @Query(() => PersonView, { description: 'A person whose plan the viewer may read: name, relation, and why there is a plan or not' })
  @Can<{ personId: string }>('person.read', ({ personId }) => ({ personId }))
  person(@Arg('personId', () => ID) personId: string, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<PersonView> {
    return personView(ctx, personId, access);
  }
}

@Resolver(() => PersonRef)
export class PersonRefResolver {
  @FieldResolver(() => Boolean, { description: 'True when the person is the signed-in user' })
  isSelf(@Root() person: PersonRef, @Ctx() ctx: Context): boolean {
    return ctx.viewer?.personId === person.id;
  }
}
