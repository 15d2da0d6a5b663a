// Who may consent to the plan for the person: their guardians, for the coordinator who registers
// the consent. Batched by DataLoader; others get an empty list.
import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { RelationKind } from '../../graphql/enums';
import { scopeOf } from '../../graphql/scope';
import { defineLoader, groupBy } from '../../lib/loaders';
import type { PlanRead } from './plan.service';
import { PlanView } from './plan.type';

@ObjectType({ description: "A guardian of the person (parental responsibility or an appointed guardian)" })
export class GuardianRef {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => RelationKind)
  relation: RelationKind;
}

/** Each person's guardians by name. */
export const guardiansByPerson = defineLoader<string, GuardianRef[]>(async (ctx, personIds) => {
  const rows = await ctx.db.relative.findMany({
    where: { personId: { in: [...personIds] }, isGuardian: true },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, relation: true, personId: true },
  });
  return groupBy(personIds, rows, (row) => row.personId).map((group) => group.map(({ personId: _personId, ...guardian }) => guardian));
});

@Resolver(() => PlanView)
export class PlanGuardiansResolver {
  @FieldResolver(() => [GuardianRef], { description: 'Who may consent for the person: their guardians (for the coordinator; others get none)' })
  guardians(@Root() plan: PlanRead, @Ctx() ctx: Context): Promise<GuardianRef[]> | GuardianRef[] {
    if (scopeOf(plan).relationship !== 'coordinatorOfPerson') return [];
    return guardiansByPerson(ctx).load(plan.person.id);
  }
}
