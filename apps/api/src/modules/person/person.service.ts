import { osloDate } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { notFound } from '../../graphql/errors';
import { recordAccess } from '../access-log/access-log.service';
import { activeAssignmentFilter, personsActedFor, type AccessScope } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import { PERSON_REF_SELECT, toPersonRef } from './person.mapper';
import { PlanState, ViewerRelation, type PersonRef, type PersonView } from './person.type';

/** A citizen's own person and the persons they are guardian of. */
export async function actingFor(ctx: Context): Promise<PersonRef[]> {
  const ids = await personsActedFor(ctx.db, viewerOf(ctx));
  const persons = await ctx.db.person.findMany({ where: { id: { in: ids } }, select: PERSON_REF_SELECT });
  await recordAccess(ctx, ids, 'person.read');
  return ids.flatMap((id) => persons.filter((p) => p.id === id).map((p) => toPersonRef(p, ctx.now)));
}

/** The person behind the policy's decision, with why they have a plan or not. */
export async function personView(ctx: Context, personId: string, access: AccessScope): Promise<PersonView> {
  const person = await ctx.db.person.findUnique({
    where: { id: personId },
    select: {
      ...PERSON_REF_SELECT,
      plans: { select: { id: true, status: true, periodStart: true, createdAt: true, closedAt: true, updatedAt: true } },
      changeForms: {
        where: { kind: { in: ['DECLINED_INDIVIDUAL_PLAN', 'DECLINED_COORDINATOR'] } },
        select: { kind: true, effectiveDate: true, planId: true },
      },
      decisions: { select: { outcome: true, grantsIndividualPlan: true, decidedAt: true } },
      // A case closed after a decline is told by its change form, not as a referral.
      referrals: { where: { status: { in: ['RECEIVED', 'IN_ASSESSMENT', 'WITHDRAWN'] } }, select: { status: true, receivedAt: true } },
      coordinatorAssigns: {
        where: activeAssignmentFilter(ctx.now),
        orderBy: { startDate: 'asc' },
        select: {
          startDate: true,
          endDate: true,
          isChildCoordinator: true,
          coordinator: { select: { name: true, title: true, phone: true, email: true } },
          unit: { select: { name: true } },
        },
      },
    },
  });
  if (!person) throw notFound();
  await recordAccess(ctx, [personId], 'person.read');
  const { state, since } = planStateOf(person);
  const ref = toPersonRef(person, ctx.now);
  return {
    id: ref.id,
    name: ref.name,
    firstName: ref.firstName,
    relation: relationTo(viewerOf(ctx), personId, access),
    planState: state,
    planStateSince: since,
    closedPlanId: person.plans.some((plan) => plan.status !== 'CLOSED')
      ? null
      : (person.plans
          .filter((plan) => plan.status === 'CLOSED')
          .sort((a, b) => (b.closedAt ?? b.updatedAt).getTime() - (a.closedAt ?? a.updatedAt).getTime())[0]?.id ?? null),
    coordinators: person.coordinatorAssigns.map((a) => ({
      name: a.coordinator.name,
      title: a.coordinator.title,
      phone: a.coordinator.phone,
      email: a.coordinator.email,
      unitName: a.unit?.name ?? null,
      isChildCoordinator: a.isChildCoordinator,
      since: a.startDate,
      until: a.endDate,
    })),
  };
}

function relationTo(viewer: Viewer, personId: string, access: AccessScope): ViewerRelation {
  switch (access.relationship) {
    case 'coordinatorOfPerson':
      return ViewerRelation.COORDINATOR;
    case 'groupMemberWithConsent':
      return ViewerRelation.GROUP_MEMBER;
    case 'personOrGuardian':
      return viewer.personId === personId ? ViewerRelation.SELF : ViewerRelation.GUARDIAN;
    default:
      // person.read allows only the relationships above (policy.ts).
      throw new Error(`person.read reached with relationship ${access.relationship}`);
  }
}

interface PlanHistory {
  plans: Array<{ id?: string; status: string; periodStart: Date | null; createdAt: Date; closedAt: Date | null; updatedAt: Date }>;
  /** planId: the plan a decline closed (that closing is told by the decline). */
  changeForms: Array<{ kind: string; effectiveDate: Date; planId?: string | null }>;
  decisions: Array<{ outcome: string; grantsIndividualPlan: boolean; decidedAt: Date }>;
  /** Referrals not yet decided (received, in assessment, withdrawn). */
  referrals: Array<{ status: string; receivedAt: Date }>;
}

interface StateEvent {
  state: PlanState;
  since: Date;
}

/**
 * Steps of the process, earliest first: of two events on the same day, the later step counts.
 * The day is the one in Oslo, for timestamps and for dates alike (a date column's midnight UTC
 * falls on the same day in Oslo, which is ahead of UTC).
 */
const STEP_ORDER: PlanState[] = [
  PlanState.IN_ASSESSMENT,
  PlanState.REFERRAL_WITHDRAWN,
  PlanState.DENIED,
  PlanState.NOT_GRANTED,
  PlanState.NOT_STARTED,
  PlanState.COORDINATOR_DECLINED,
  PlanState.DECLINED,
  PlanState.CLOSED,
];


/**
 * A plan that is not closed decides the state. Otherwise the latest step in the person's history
 * does: a referral in assessment, a decision, a decline, a closed plan.
 */
export function planStateOf(history: PlanHistory): { state: PlanState; since: Date | null } {
  const open = history.plans.find((plan) => plan.status !== 'CLOSED');
  if (open) return { state: open.status === 'DRAFT' ? PlanState.DRAFT : PlanState.ACTIVE, since: open.periodStart ?? open.createdAt };
  const closedByDecline = new Set(history.changeForms.map((form) => form.planId).filter(Boolean));
  const events: StateEvent[] = [
    ...history.plans
      .filter((plan) => !plan.id || !closedByDecline.has(plan.id))
      .map((plan) => ({ state: PlanState.CLOSED, since: plan.closedAt ?? plan.updatedAt })),
    ...history.changeForms.map((form) => ({
      state: form.kind === 'DECLINED_COORDINATOR' ? PlanState.COORDINATOR_DECLINED : PlanState.DECLINED,
      since: form.effectiveDate,
    })),
    ...history.decisions.map((decision) => ({
      state:
        decision.outcome === 'DENIED' ? PlanState.DENIED : decision.grantsIndividualPlan ? PlanState.NOT_STARTED : PlanState.NOT_GRANTED,
      since: decision.decidedAt,
    })),
    ...history.referrals.map((referral) => ({
      state: referral.status === 'WITHDRAWN' ? PlanState.REFERRAL_WITHDRAWN : PlanState.IN_ASSESSMENT,
      since: referral.receivedAt,
    })),
  ];
  const latest = events.reduce<StateEvent | null>((best, event) => {
    if (!best) return event;
    const byDay = osloDate(event.since).localeCompare(osloDate(best.since));
    if (byDay !== 0) return byDay > 0 ? event : best;
    return STEP_ORDER.indexOf(event.state) > STEP_ORDER.indexOf(best.state) ? event : best;
  }, null);
  return latest ?? { state: PlanState.NO_REFERRAL, since: null };
}
