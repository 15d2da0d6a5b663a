// The person's history as a case shows it. Each field reads the scope its person was reached
// with: KE (the municipality's scope) sees the register; a unit leader asked to appoint sees who
// has coordinated the person, and nothing of earlier referrals or plans.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { allWithScope, isTenantScope, scopeOf, type Scoped } from '../../graphql/scope';
import { referralsByPerson } from '../referral/referral.loaders';
import { Referral } from '../referral/referral.type';
import { coordinatorPeriodsByPerson, planPeriodsByPerson } from './person.loaders';
import { CoordinatorPeriod, Person, PlanPeriod } from './person.type';

@Resolver(() => Person)
export class PersonFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The national id with the personal number hidden (040315 *****), for KE only',
  })
  maskedNationalId(@Root() person: Scoped<Person>): string | null {
    if (!isTenantScope(scopeOf(person)) || !person.nationalId) return null;
    return `${person.nationalId.slice(0, 6)} *****`;
  }

  @FieldResolver(() => [Referral], { description: "All the person's referrals, the newest first (KE only)" })
  async referrals(@Root() person: Scoped<Person>, @Ctx() ctx: Context): Promise<Referral[]> {
    const scope = scopeOf(person);
    if (!isTenantScope(scope)) return [];
    return allWithScope(await referralsByPerson(ctx).load(person.id), scope);
  }

  @FieldResolver(() => [CoordinatorPeriod], { description: 'Every coordinator the person has had, the newest first' })
  coordinatorHistory(@Root() person: Scoped<Person>, @Ctx() ctx: Context): Promise<CoordinatorPeriod[]> {
    scopeOf(person);
    return coordinatorPeriodsByPerson(ctx).load(person.id);
  }

  @FieldResolver(() => [PlanPeriod], { description: "The person's plans, status and period only (KE only)" })
  async plans(@Root() person: Scoped<Person>, @Ctx() ctx: Context): Promise<PlanPeriod[]> {
    if (!isTenantScope(scopeOf(person))) return [];
    return planPeriodsByPerson(ctx).load(person.id);
  }
}
