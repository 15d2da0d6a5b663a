// The referral's own relations and derived facts. Other modules add theirs (assessment,
// decisions, appointment) with resolvers of their own on the same type.
import { daysBetween, osloTodayAsDate, translate } from '@samhandling/shared';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { scopeOf, withScope, type Scoped } from '../../graphql/scope';
import { personById } from '../person/person.loaders';
import { Person } from '../person/person.type';
import { unitById } from '../unit/unit.loaders';
import { UnitRef } from '../unit/unit.type';
import { Referral } from './referral.type';

/** Children under this age, or unborn, with complex needs: KE aims for a home visit (seed 000). */
export const HOME_VISIT_AGE_LIMIT = 3;

@Resolver(() => Referral)
export class ReferralFieldsResolver {
  @FieldResolver(() => String, { description: 'The journal title: "Melding – behov for koordinerte tjenester"' })
  title(@Ctx() ctx: Context): string {
    return translate(ctx.locale, 'referral.journalTitle');
  }

  @FieldResolver(() => Person)
  async person(@Root() referral: Scoped<Referral>, @Ctx() ctx: Context): Promise<Person> {
    const person = await personById(ctx).load(referral.personId);
    if (!person) throw new Error(`referral ${referral.id} without its person`);
    return withScope({ ...person }, scopeOf(referral));
  }

  @FieldResolver(() => UnitRef, { nullable: true, description: "The reporter's municipal unit" })
  sourceUnit(@Root() referral: Referral, @Ctx() ctx: Context): Promise<UnitRef | null> | null {
    return referral.sourceUnitId ? unitById(ctx).load(referral.sourceUnitId) : null;
  }

  @FieldResolver(() => UnitRef, { nullable: true, description: 'The unit the person wishes their coordinator from' })
  wishedUnit(@Root() referral: Referral, @Ctx() ctx: Context): Promise<UnitRef | null> | null {
    return referral.wishedUnitId ? unitById(ctx).load(referral.wishedUnitId) : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Days since receipt, today in Oslo, while the referral waits for a decision; null after',
  })
  waitingDays(@Root() referral: Referral, @Ctx() ctx: Context): number | null {
    if (referral.status !== 'RECEIVED' && referral.status !== 'IN_ASSESSMENT') return null;
    return daysBetween(osloTodayAsDate(referral.receivedAt), osloTodayAsDate(ctx.now));
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Days left to the planned discharge of an inpatient (negative: past)' })
  dischargeInDays(@Root() referral: Referral, @Ctx() ctx: Context): number | null {
    if (!referral.isInpatient || !referral.plannedDischargeDate) return null;
    return daysBetween(osloTodayAsDate(ctx.now), referral.plannedDischargeDate);
  }

  @FieldResolver(() => Boolean, { description: 'A small or newborn (or unborn) child: KE aims for a home visit' })
  async homeVisitRecommended(@Root() referral: Referral, @Ctx() ctx: Context): Promise<boolean> {
    const person = await personById(ctx).load(referral.personId);
    return person !== null && (person.age === null || person.age < HOME_VISIT_AGE_LIMIT);
  }
}
