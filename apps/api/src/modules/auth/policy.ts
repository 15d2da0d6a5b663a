// The authorization policy: the one place that decides who may do what. Every root field of
// the GraphQL schema names an action here (see can.decorator.ts); actions missing a role are
// denied. A rule is a role plus, where data belongs to a person, a relationship to that person
// checked against the database. Consent restrictions are applied here too.
import { osloTodayAsDate } from '@samhandling/shared';
import type { LifeArea, Role } from '../../generated/prisma/client';
import type { TenantDb } from '../../lib/tenant';
import type { Transaction } from '../../lib/versioned';
import { forbidden, unauthenticated } from '../../graphql/errors';
import { requireWellFormedId } from '../../graphql/ids';
import type { Viewer } from './viewer';

/**
 * How a role relates to the data of an action:
 * - signedIn: any signed-in user in that role (their own account);
 * - tenant: the role alone suffices, data is the municipality's (scoped by the tenant client);
 * - own: the role suffices and the service returns only the viewer's own items;
 * - coordinatorOfPerson: the viewer is the person's active coordinator;
 * - groupMemberWithConsent: the viewer is a member of the person's active responsibility group
 *   and the person's information-exchange consent holds and does not exclude the viewer's unit;
 * - personOrGuardian: the viewer is the person or their guardian;
 * - appointingUnitLeader: the viewer leads a unit that KE asked to appoint the person's coordinator;
 * - unitLeaderOfCoordinator: the viewer leads the unit of one of the person's coordinators in force;
 * - meetingInvitee: the viewer, not a member of the person's group, is invited to an agenda item
 *   of a meeting of the person (with a target's meetingId, of that meeting).
 *
 * A rule may name alternatives, tried in order: the first that holds decides the scope.
 */
export type Relationship =
  | 'signedIn'
  | 'tenant'
  | 'own'
  | 'coordinatorOfPerson'
  | 'groupMemberWithConsent'
  | 'personOrGuardian'
  | 'appointingUnitLeader'
  | 'unitLeaderOfCoordinator'
  | 'meetingInvitee';

type Rule = Partial<Record<Role, Relationship | readonly Relationship[]>>;

const EVERY_ROLE: Rule = {
  SYSTEM_COORDINATOR: 'signedIn',
  UNIT_LEADER: 'signedIn',
  COORDINATOR: 'signedIn',
  SERVICE_PROVIDER: 'signedIn',
  CITIZEN: 'signedIn',
};

const PLAN_READERS: Rule = {
  COORDINATOR: 'coordinatorOfPerson',
  SERVICE_PROVIDER: 'groupMemberWithConsent',
  CITIZEN: 'personOrGuardian',
};

export const POLICY = {
  'me.read': EVERY_ROLE,
  'session.switchRole': EVERY_ROLE,
  'referral.list': { SYSTEM_COORDINATOR: 'tenant' },
  'referral.create': {
    SYSTEM_COORDINATOR: 'tenant',
    UNIT_LEADER: 'tenant',
    COORDINATOR: 'tenant',
    SERVICE_PROVIDER: 'tenant',
    CITIZEN: 'personOrGuardian',
  },
  'ke.overview': { SYSTEM_COORDINATOR: 'tenant' },
  'unit.overview': { UNIT_LEADER: 'own' },
  'caseload.read': { COORDINATOR: 'own' },
  'participation.read': { SERVICE_PROVIDER: 'own' },
  'citizen.persons': { CITIZEN: 'own' },
  'plan.read': PLAN_READERS,
  // Who the person is and why they have a plan or not: for those who may read the plan.
  'person.read': PLAN_READERS,
  'consent.list': {
    SYSTEM_COORDINATOR: 'tenant',
    COORDINATOR: 'coordinatorOfPerson',
    CITIZEN: 'personOrGuardian',
  },
  'consent.withdraw': {
    SYSTEM_COORDINATOR: 'tenant',
    COORDINATOR: 'coordinatorOfPerson',
    CITIZEN: 'personOrGuardian',
  },
  /** Registering a consent (and uploading its signed form): the coordinator, and KE (the referral's consent). */
  'consent.register': { SYSTEM_COORDINATOR: 'tenant', COORDINATOR: 'coordinatorOfPerson' },
  /** Persons whose needed consent is missing or about to expire: the coordinator's own, all for KE. */
  'consent.alerts': { SYSTEM_COORDINATOR: 'tenant', COORDINATOR: 'own' },
  'accessLog.read': {
    SYSTEM_COORDINATOR: 'tenant',
    CITIZEN: 'personOrGuardian',
  },
  /** KE's audit of a staff member: what they read of persons' data, and the staff to choose from. */
  'accessLog.staff': { SYSTEM_COORDINATOR: 'tenant' },
  /** The person's own copy of everything held about them (GDPR article 15), for them or their guardian. */
  'person.export': { CITIZEN: 'personOrGuardian' },
  // KE's case workflow: from referral to appointed coordinator.
  /** The referrals the viewer has submitted, with their status. */
  'referral.listOwn': {
    SYSTEM_COORDINATOR: 'own',
    UNIT_LEADER: 'own',
    COORDINATOR: 'own',
    SERVICE_PROVIDER: 'own',
    CITIZEN: 'own',
  },
  /** Finding the person a referral is about: KE among all persons, other staff among their own. */
  'person.search': {
    SYSTEM_COORDINATOR: 'tenant',
    UNIT_LEADER: 'own',
    COORDINATOR: 'own',
    SERVICE_PROVIDER: 'own',
  },
  /** The municipality's units (names only), for the referral form: the reporter's unit, the wished unit. */
  'unit.list': {
    SYSTEM_COORDINATOR: 'tenant',
    UNIT_LEADER: 'tenant',
    COORDINATOR: 'tenant',
    SERVICE_PROVIDER: 'tenant',
    CITIZEN: 'tenant',
  },
  /** The case page. A unit leader asked to appoint sees the case as far as appointing needs. */
  'referral.read': { SYSTEM_COORDINATOR: 'tenant', UNIT_LEADER: 'appointingUnitLeader' },
  'referral.assess': { SYSTEM_COORDINATOR: 'tenant' },
  'decision.make': { SYSTEM_COORDINATOR: 'tenant' },
  'decision.letter': { SYSTEM_COORDINATOR: 'tenant' },
  'appeal.register': { SYSTEM_COORDINATOR: 'tenant' },
  'appointment.delegate': { SYSTEM_COORDINATOR: 'tenant' },
  'appointment.appoint': { SYSTEM_COORDINATOR: 'tenant', UNIT_LEADER: 'appointingUnitLeader' },
  /** A unit leader's open requests from KE to appoint a coordinator. */
  'appointment.requests': { UNIT_LEADER: 'own' },
  /** The person declines the coordinator or the plan: a change form registered at KE. */
  'changeForm.decline': { SYSTEM_COORDINATOR: 'tenant', COORDINATOR: 'coordinatorOfPerson' },
  'meeting.planStartup': { SYSTEM_COORDINATOR: 'tenant', COORDINATOR: 'coordinatorOfPerson' },
  // Change forms
  /** A change of coordinator or a closing (of the plan, the coordinator, the group), for KE to register. */
  'changeForm.submit': { SYSTEM_COORDINATOR: 'tenant', COORDINATOR: 'coordinatorOfPerson', UNIT_LEADER: 'unitLeaderOfCoordinator' },
  /** KE registers a change form a coordinator submitted. */
  'changeForm.register': { SYSTEM_COORDINATOR: 'tenant' },
  /** KE's list of change forms not yet registered (its notice of them). */
  'changeForm.unregistered': { SYSTEM_COORDINATOR: 'tenant' },
  // The individual plan, edited online by the coordinator with the person.
  /** Starting a plan where KE's decision granted one. */
  'plan.create': { COORDINATOR: 'coordinatorOfPerson' },
  /** Registering the person's consent to the plan, which makes it active. */
  'plan.consent': { COORDINATOR: 'coordinatorOfPerson' },
  /** Editing the plan's sections, goals, measures and participants, and restoring an earlier version. */
  'plan.edit': { COORDINATOR: 'coordinatorOfPerson' },
  /** The person (or their guardian) comments on a goal of their plan, or suggests a change. */
  'plan.comment': { CITIZEN: 'personOrGuardian' },
  /** The coordinator answers the person's comments on a goal. */
  'plan.answer': { COORDINATOR: 'coordinatorOfPerson' },
  // Responsibility groups and their meetings.
  /** The person's group: members, the need review, its meetings. KE registers every group. */
  'group.read': { ...PLAN_READERS, SYSTEM_COORDINATOR: 'tenant' },
  /** Establishing the group (on the person's wish, with written group consent) and its members. */
  'group.manage': { COORDINATOR: 'coordinatorOfPerson' },
  /** Groups whose yearly evaluation of need is due: the coordinator's own, all for KE. */
  'group.reviewsDue': { SYSTEM_COORDINATOR: 'tenant', COORDINATOR: 'own' },
  /** A meeting of the person: its agenda, participants and (finalised) minutes as consent allows. */
  'meeting.read': {
    ...PLAN_READERS,
    SYSTEM_COORDINATOR: 'tenant',
    // A staff member invited to one agenda item (not a member) sees the meeting's time and place and that item.
    COORDINATOR: ['coordinatorOfPerson', 'meetingInvitee'],
    SERVICE_PROVIDER: ['groupMemberWithConsent', 'meetingInvitee'],
    UNIT_LEADER: 'meetingInvitee',
  },
  /** Planning, changing and cancelling a meeting, its agenda and sending it; finalising the minutes. */
  'meeting.manage': { COORDINATOR: 'coordinatorOfPerson' },
  /** Writing the minutes: the coordinator, or the member who is the meeting's minute taker. */
  'meeting.minutes': { COORDINATOR: 'coordinatorOfPerson', SERVICE_PROVIDER: 'groupMemberWithConsent' },
  /** A participant answers an invitation (the service checks it is the viewer's own). */
  'meeting.answer': { COORDINATOR: 'own', SERVICE_PROVIDER: 'own', UNIT_LEADER: 'own', CITIZEN: 'own' },
  /** Matters marked for the leaders in the coordinator's meetings. */
  'meeting.toLeaders': { COORDINATOR: 'own' },
  /** Meetings held per coordinator and year, for the yearly report: the coordinator's own, all for KE. */
  'meeting.counts': { SYSTEM_COORDINATOR: 'tenant', COORDINATOR: 'own' },
  /** The viewer's action items from minutes (their task list), and marking one done. */
  'actionItem.mine': { COORDINATOR: 'own', SERVICE_PROVIDER: 'own', UNIT_LEADER: 'own', SYSTEM_COORDINATOR: 'own' },
  /** Mail sent for meetings: all of the municipality's for KE, a sender's own. */
  'mail.sent': { SYSTEM_COORDINATOR: 'tenant', COORDINATOR: 'own' },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;

export interface PolicyTarget {
  personId: string;
  /** The meeting the action is about, where it is one (the meetingInvitee relationship reads it). */
  meetingId?: string;
}

/** What the viewer may see of the target, for services to apply. */
export interface AccessScope {
  relationship: Relationship;
  /** Life areas whose goals and measures are hidden (the person refused exchange on them). */
  hiddenLifeAreas: LifeArea[];
  /** Goals (with their measures and comments) the person refused to share with this viewer. */
  hiddenGoalIds?: string[];
  /** Sub-plans (documents) the person refused to share with this viewer. */
  hiddenSubPlanIds?: string[];
  /** Some matter is withheld: the UI may say so without saying what (see plan-visibility.ts). */
  partsWithheld?: boolean;
  /**
   * meetingInvitee only: the meetings the viewer is invited to, each with the agenda items they
   * are invited to. Nothing else of the person's meetings is theirs.
   */
  meetingInvitations?: Record<string, string[]>;
}

export interface PolicyContext {
  viewer: Viewer | null;
  db: TenantDb;
  /** The request's moment: assignments and consents are judged on its date in Oslo. */
  now: Date;
}

const FULL_ACCESS = (relationship: Relationship): AccessScope => ({ relationship, hiddenLifeAreas: [] });

type TargetSource = PolicyTarget | undefined | (() => Promise<PolicyTarget | undefined> | PolicyTarget | undefined);

/**
 * Throws UNAUTHENTICATED or FORBIDDEN unless the viewer may perform the action on the target.
 * A target given as a function is looked up only after the sign-in and role checks, so a caller
 * without the role learns nothing about whether the target exists.
 */
export async function authorize(ctx: PolicyContext, action: Action, targetSource?: TargetSource): Promise<AccessScope> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  const relationships = relationshipsFor(action, viewer.activeRole);
  if (relationships.length === 0) throw forbidden();
  const target = typeof targetSource === 'function' ? await targetSource() : targetSource;
  if (target) requireWellFormedId('personId', target.personId);
  for (const relationship of relationships) {
    const scope = await scopeFor(ctx, viewer, relationship, target);
    if (scope) return scope;
  }
  throw forbidden();
}

/**
 * Whether the relationship behind a scope already decided on a person also grants another action
 * on that person to the role, so a page can offer a link only where it would open.
 */
export function scopeAlsoGrants(scope: AccessScope, role: Role, action: Action): boolean {
  return relationshipsFor(action, role).includes(scope.relationship);
}

/** The relationships the action's rule names for the role, in the order they are tried (none: denied). */
function relationshipsFor(action: Action, role: Role): readonly Relationship[] {
  const named = (POLICY[action] as Rule)[role];
  return named === undefined ? [] : typeof named === 'string' ? [named] : named;
}

/** The scope the relationship gives the viewer on the target, or null when it does not hold. */
async function scopeFor(ctx: PolicyContext, viewer: Viewer, relationship: Relationship, target: PolicyTarget | undefined): Promise<AccessScope | null> {
  switch (relationship) {
    case 'signedIn':
    case 'tenant':
    case 'own':
      if (target) await requirePersonInTenant(ctx.db, target.personId);
      return FULL_ACCESS(relationship);
    case 'coordinatorOfPerson':
      return target && (await isActiveCoordinator(ctx, viewer, target.personId)) ? FULL_ACCESS(relationship) : null;
    case 'personOrGuardian':
      return target && (await isPersonOrGuardian(ctx.db, viewer, target.personId)) ? FULL_ACCESS(relationship) : null;
    case 'appointingUnitLeader':
      return target && (await isAppointingUnitLeader(ctx, viewer, target.personId)) ? FULL_ACCESS(relationship) : null;
    case 'unitLeaderOfCoordinator':
      return target && (await isUnitLeaderOfCoordinator(ctx, viewer, target.personId)) ? FULL_ACCESS(relationship) : null;
    case 'groupMemberWithConsent':
      return target ? ((await groupMemberScopes(ctx, viewer, [target.personId])).get(target.personId) ?? null) : null;
    case 'meetingInvitee':
      return target ? meetingInviteeScope(ctx, viewer, target) : null;
  }
}

/**
 * The meetings of the person where the viewer, not a member of the person's group, is invited to
 * one or more agenda items (and which). A member goes by the consent (groupMemberWithConsent),
 * never round it by an invitation; a cancelled meeting's invitations give nothing.
 */
async function meetingInviteeScope(ctx: PolicyContext, viewer: Viewer, target: PolicyTarget): Promise<AccessScope | null> {
  const [rows, memberships] = await Promise.all([
    ctx.db.meetingAttendance.findMany({
      where: {
        userId: viewer.userId,
        agendaItemId: { not: null },
        meeting: { personId: target.personId, status: { not: 'CANCELLED' }, ...(target.meetingId ? { id: target.meetingId } : {}) },
      },
      select: { meetingId: true, agendaItemId: true },
    }),
    ctx.db.groupMember.count({ where: { userId: viewer.userId, leftAt: null, group: { personId: target.personId, status: 'ACTIVE' } } }),
  ]);
  if (rows.length === 0 || memberships > 0) return null;
  const invitations: Record<string, string[]> = {};
  for (const row of rows) invitations[row.meetingId] = [...(invitations[row.meetingId] ?? []), row.agendaItemId!];
  return invitationScope(invitations);
}

/** The scope of one invited to meetings' agenda items (no item: the time and place only). */
export const invitationScope = (invitations: Record<string, string[]>): AccessScope => ({
  relationship: 'meetingInvitee',
  hiddenLifeAreas: [],
  meetingInvitations: invitations,
  partsWithheld: true,
});

async function requirePersonInTenant(db: TenantDb, personId: string): Promise<void> {
  // The tenant client filters by municipality: a person of another municipality is not found.
  const person = await db.person.findUnique({ where: { id: personId }, select: { id: true } });
  if (!person) throw forbidden();
}

/**
 * Assignments in force on the date in Oslo at `now` (an old and a new one may overlap at a
 * handover). The database's triggers judge by the same day: oslo_today() in the migrations.
 */
export const activeAssignmentFilter = (now: Date) => {
  const today = osloTodayAsDate(now);
  return { startDate: { lte: today }, OR: [{ endDate: null }, { endDate: { gte: today } }] };
};

async function isActiveCoordinator(ctx: PolicyContext, viewer: Viewer, personId: string): Promise<boolean> {
  const count = await ctx.db.coordinatorAssignment.count({
    where: { personId, coordinatorId: viewer.userId, ...activeAssignmentFilter(ctx.now) },
  });
  return count > 0;
}

/** The viewer leads a unit that KE has asked to appoint a coordinator for the person. */
async function isAppointingUnitLeader(ctx: PolicyContext, viewer: Viewer, personId: string): Promise<boolean> {
  const count = await ctx.db.appointmentDelegation.count({ where: { personId, unit: { leaderId: viewer.userId } } });
  return count > 0;
}

/** The viewer leads the unit of one of the person's coordinators in force. */
async function isUnitLeaderOfCoordinator(ctx: PolicyContext, viewer: Viewer, personId: string): Promise<boolean> {
  const count = await ctx.db.coordinatorAssignment.count({
    where: { personId, unit: { leaderId: viewer.userId }, ...activeAssignmentFilter(ctx.now) },
  });
  return count > 0;
}

/** The persons a citizen user may act for: themselves first, then those they are guardian of, by name. */
export async function personsActedFor(db: TenantDb, viewer: Viewer): Promise<string[]> {
  const wards = await db.relative.findMany({
    where: { userId: viewer.userId, isGuardian: true },
    select: { personId: true },
    orderBy: [{ person: { firstName: 'asc' } }, { person: { lastName: 'asc' } }],
  });
  const ids = wards.map((ward) => ward.personId);
  if (viewer.personId) ids.unshift(viewer.personId);
  return [...new Set(ids)];
}

async function isPersonOrGuardian(db: TenantDb, viewer: Viewer, personId: string): Promise<boolean> {
  // The session already says who the viewer is: their own data needs no query.
  if (viewer.personId === personId) return true;
  return (await personsActedFor(db, viewer)).includes(personId);
}

/**
 * A consent that holds on the date in Oslo at `now`: not withdrawn, its period begun and not
 * ended. A consent registered ahead for the next period holds from its first day.
 */
export const consentHoldsFilter = (now: Date) => {
  const today = osloTodayAsDate(now);
  return {
    withdrawnAt: null,
    AND: [{ OR: [{ periodStart: null }, { periodStart: { lte: today } }] }, { OR: [{ periodEnd: null }, { periodEnd: { gte: today } }] }],
  };
};

/** Consent for information exchange that holds on the date in Oslo at `now`. */
export const consentInForceFilter = (now: Date) => ({ scope: 'INFORMATION_EXCHANGE' as const, ...consentHoldsFilter(now) });

/**
 * What a group member may see of each person's plan: null where the viewer is no current member
 * of the person's active group, or no information-exchange consent in force lets them in.
 * One pair of queries for any number of persons (lists use it; authorize uses it for one).
 */
export async function groupMemberScopes(
  ctx: PolicyContext,
  viewer: Viewer,
  personIds: string[],
): Promise<Map<string, AccessScope | null>> {
  const [memberships, consents] = await Promise.all([
    ctx.db.groupMember.findMany({
      where: { userId: viewer.userId, leftAt: null, group: { personId: { in: personIds }, status: 'ACTIVE' } },
      select: { group: { select: { personId: true } } },
    }),
    ctx.db.consent.findMany({
      where: { personId: { in: personIds }, ...consentInForceFilter(ctx.now) },
      include: { restrictions: true },
    }),
  ]);
  const members = new Set(memberships.map((m) => m.group.personId));
  return new Map(
    personIds.map((personId) => [
      personId,
      members.has(personId) ? scopeFromConsents(viewer, consents.filter((c) => c.personId === personId)) : null,
    ]),
  );
}

/** A staff member as the consent judges them: their units and external organisation. */
export interface ConsentSubjectUser {
  userId: string;
  unitIds: string[];
  organisation?: string | null;
}

/**
 * What the person's information-exchange consent in force lets each user see (null: nothing),
 * whatever their membership: for mail to meeting invitees, who may be no viewer of this request.
 */
export async function consentScopesOf(
  db: Pick<Transaction, 'consent'>,
  now: Date,
  personId: string,
  users: ConsentSubjectUser[],
): Promise<Map<string, AccessScope | null>> {
  if (users.length === 0) return new Map();
  const consents = await db.consent.findMany({ where: { personId, ...consentInForceFilter(now) }, include: { restrictions: true } });
  return new Map(users.map((user) => [user.userId, scopeFromConsents(user, consents)]));
}

type RestrictionRow = {
  kind: string;
  unitId: string | null;
  organisation?: string | null;
  lifeArea: LifeArea | null;
  goalId?: string | null;
  subPlanId?: string | null;
};
type ConsentWithRestrictions = { restrictions: RestrictionRow[] };

/** The restriction names a professional environment (a unit or an external organisation). */
const namesEnvironment = (r: RestrictionRow) => r.unitId !== null || !!r.organisation;
/** The restriction names a matter (a life area, a goal or a sub-plan). */
const namesMatter = (r: RestrictionRow) => r.lifeArea !== null || !!r.goalId || !!r.subPlanId;
const viewerIsIn = (viewer: Pick<Viewer, 'unitIds' | 'organisation'>, r: RestrictionRow) =>
  (r.unitId !== null && viewer.unitIds.includes(r.unitId)) ||
  (!!r.organisation && !!viewer.organisation && r.organisation.trim().toLowerCase() === viewer.organisation.trim().toLowerCase());

function scopeFromConsents(viewer: Pick<Viewer, 'unitIds' | 'organisation'>, consents: ConsentWithRestrictions[]): AccessScope | null {
  // An environment named alone shuts the viewer's environment out of the whole consent.
  const usable = consents.filter(
    (consent) => !consent.restrictions.some((r) => namesEnvironment(r) && !namesMatter(r) && viewerIsIn(viewer, r)),
  );
  if (usable.length === 0) return null;
  const hidden = new Set<LifeArea>();
  const goals = new Set<string>();
  const subPlans = new Set<string>();
  for (const consent of usable) {
    for (const r of consent.restrictions) {
      // A matter named with an environment is hidden only from that environment; alone, from everyone.
      if (!namesMatter(r) || (namesEnvironment(r) && !viewerIsIn(viewer, r))) continue;
      if (r.lifeArea) hidden.add(r.lifeArea);
      if (r.goalId) goals.add(r.goalId);
      if (r.subPlanId) subPlans.add(r.subPlanId);
    }
  }
  return {
    relationship: 'groupMemberWithConsent',
    hiddenLifeAreas: [...hidden],
    hiddenGoalIds: [...goals],
    hiddenSubPlanIds: [...subPlans],
    partsWithheld: hidden.size + goals.size + subPlans.size > 0,
  };
}
