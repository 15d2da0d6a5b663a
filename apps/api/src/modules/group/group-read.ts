// Reading a person's responsibility group: the state the coordinator's page starts from (the
// group, or why one cannot be established yet), the reviews due on the homes, and the one
// select both the state and every write's answer use. The scope the policy decided travels on
// the GroupView to its members (group.fields.ts).
import { addDays, addMonths, osloDate, osloTodayAsDate, TRANSITION_REVIEW_DAYS } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { notFound } from '../../graphql/errors';
import { withScope, type Scoped } from '../../graphql/scope';
import { recordAccess } from '../access-log/access-log.service';
import { activeAssignmentFilter, consentHoldsFilter, type AccessScope } from '../auth/policy';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import { GroupBlocker, GroupReviewReason, type GroupReviewDue, type GroupState, type GroupView } from './group.type';

/** A need review due within this many days is listed on the homes (and overdue ones). */
export const GROUP_REVIEW_NOTICE_DAYS = 30;

/** The group as its view needs it: the setting, the person's coordinators and plan transitions. */
export const groupReadSelect = (now: Date) =>
  ({
    id: true,
    personId: true,
    planId: true,
    status: true,
    establishedAt: true,
    closedAt: true,
    wishedByPerson: true,
    wishNote: true,
    consentId: true,
    compositionReviewedAt: true,
    lastNeedReview: true,
    version: true,
    municipality: { select: { groupNeedReviewMonths: true } },
    person: {
      select: {
        ...PERSON_REF_SELECT,
        coordinatorAssigns: { where: activeAssignmentFilter(now), select: { coordinatorId: true } },
        plans: {
          where: { status: { not: 'CLOSED' as const } },
          select: { transitions: { where: { removedAt: null }, select: { date: true }, orderBy: { date: 'asc' as const } } },
        },
      },
    },
  }) as const;

type GroupRow = {
  id: string;
  personId: string;
  status: 'ACTIVE' | 'CLOSED';
  establishedAt: Date;
  closedAt: Date | null;
  wishedByPerson: boolean;
  wishNote: string | null;
  consentId: string;
  compositionReviewedAt: Date | null;
  lastNeedReview: Date | null;
  version: number;
  municipality: { groupNeedReviewMonths: number };
  person: Parameters<typeof toPersonRef>[0] & {
    coordinatorAssigns: Array<{ coordinatorId: string }>;
    plans: Array<{ transitions: Array<{ date: Date }> }>;
  };
};

/** A GroupView as resolvers get it: with the scope and, unexposed, the coordinators in force. */
export type GroupRead = Scoped<GroupView & { coordinatorIds: string[] }>;

interface ReviewFacts {
  needReviewDue: Date;
  needReviewSoon: boolean;
  compositionReviewDueFor: Date | null;
}

/**
 * When the need is to be evaluated (the last evaluation, or the establishment, plus the
 * municipality's months), and the first transition of the person's plan whose review window
 * (TRANSITION_REVIEW_DAYS before its date) opened after the composition was last reviewed.
 */
export function reviewFacts(group: Omit<GroupRow, 'person'> & { person: Pick<GroupRow['person'], 'plans'> }, today: Date): ReviewFacts {
  const needReviewDue = addMonths(group.lastNeedReview ?? group.establishedAt, group.municipality.groupNeedReviewMonths);
  const active = group.status === 'ACTIVE';
  const reviewed = (group.compositionReviewedAt ?? group.establishedAt).getTime();
  const horizon = addDays(today, TRANSITION_REVIEW_DAYS).getTime();
  const transition = group.person.plans
    .flatMap((plan) => plan.transitions)
    .find((t) => t.date.getTime() <= horizon && addDays(t.date, -TRANSITION_REVIEW_DAYS).getTime() > reviewed);
  return {
    needReviewDue,
    needReviewSoon: active && needReviewDue.getTime() <= addDays(today, GROUP_REVIEW_NOTICE_DAYS).getTime(),
    compositionReviewDueFor: active ? (transition?.date ?? null) : null,
  };
}

export const canManageGroup = (scope: AccessScope): boolean => scope.relationship === 'coordinatorOfPerson';

export function toGroupView(ctx: Context, group: GroupRow, scope: AccessScope): GroupRead {
  const { municipality: _municipality, person, personId: _personId, ...fields } = group;
  return withScope(
    {
      ...fields,
      person: toPersonRef(person, ctx.now),
      ...reviewFacts(group, osloTodayAsDate(ctx.now)),
      canManage: canManageGroup(scope) && group.status === 'ACTIVE',
      coordinatorIds: person.coordinatorAssigns.map((a) => a.coordinatorId),
    },
    scope,
  );
}

/** The group as it is now (after a write), for a viewer with this scope. */
export async function groupViewById(ctx: Context, groupId: string, scope: AccessScope): Promise<GroupRead> {
  const group = await ctx.db.responsibilityGroup.findUnique({ where: { id: groupId }, select: groupReadSelect(ctx.now) });
  if (!group) throw notFound();
  return toGroupView(ctx, group, scope);
}

/** The written group consent a new group can rest on: told of composition, way of working and exchange of confidential information. */
export const validGroupConsentFilter = (now: Date) => ({
  scope: 'RESPONSIBILITY_GROUP' as const,
  form: 'WRITTEN' as const,
  informedOfComposition: true,
  informedOfWayOfWorking: true,
  informedOfInformationExchange: true,
  ...consentHoldsFilter(now),
});

/** The person's group (active, else the last closed) and what stands in the way of a new one. */
export async function groupState(ctx: Context, personId: string, scope: AccessScope): Promise<GroupState> {
  const [person, group] = await Promise.all([
    ctx.db.person.findUnique({
      where: { id: personId },
      select: {
        ...PERSON_REF_SELECT,
        coordinatorAssigns: { where: activeAssignmentFilter(ctx.now), select: { id: true }, take: 1 },
        consents: { where: validGroupConsentFilter(ctx.now), select: { id: true }, orderBy: [{ givenAt: 'desc' }, { id: 'asc' }], take: 1 },
      },
    }),
    ctx.db.responsibilityGroup.findFirst({
      where: { personId },
      // ACTIVE sorts before CLOSED (the enum's order); then the latest closed.
      orderBy: [{ status: 'asc' }, { closedAt: { sort: 'desc', nulls: 'first' } }, { establishedAt: 'desc' }],
      select: groupReadSelect(ctx.now),
    }),
    recordAccess(ctx, [personId], 'group.read'),
  ]);
  if (!person) throw notFound();
  const groupConsentId = person.consents[0]?.id ?? null;
  const establishBlockers = [
    ...(person.coordinatorAssigns.length === 0 ? [GroupBlocker.NO_ACTIVE_COORDINATOR] : []),
    ...(groupConsentId === null ? [GroupBlocker.NO_GROUP_CONSENT] : []),
    ...(group?.status === 'ACTIVE' ? [GroupBlocker.ALREADY_ACTIVE] : []),
  ];
  return {
    person: toPersonRef(person, ctx.now),
    group: group ? toGroupView(ctx, group, scope) : null,
    establishBlockers,
    groupConsentId,
    canManage: canManageGroup(scope),
  };
}

/** Active groups whose need review is due (within the notice) or whose composition waits on a transition. */
export async function groupReviewsDue(ctx: Context): Promise<GroupReviewDue[]> {
  const viewer = viewerOf(ctx);
  const today = osloTodayAsDate(ctx.now);
  // 'own' for a coordinator: the persons they coordinate today; KE sees the whole municipality.
  const own = viewer.activeRole !== 'SYSTEM_COORDINATOR';
  const groups = await ctx.db.responsibilityGroup.findMany({
    where: {
      status: 'ACTIVE',
      ...(own ? { person: { coordinatorAssigns: { some: { coordinatorId: viewer.userId, ...activeAssignmentFilter(ctx.now) } } } } : {}),
    },
    select: groupReadSelect(ctx.now),
    orderBy: [{ establishedAt: 'asc' }, { id: 'asc' }],
  });
  const due: GroupReviewDue[] = [];
  for (const group of groups) {
    const facts = reviewFacts(group, today);
    const base = { groupId: group.id, person: toPersonRef(group.person, ctx.now), needReviewDue: facts.needReviewDue };
    if (facts.needReviewSoon) {
      due.push({ ...base, reason: GroupReviewReason.NEED, transitionDate: null, overdue: facts.needReviewDue.getTime() < today.getTime() });
    }
    if (facts.compositionReviewDueFor) {
      const date = facts.compositionReviewDueFor;
      due.push({ ...base, reason: GroupReviewReason.COMPOSITION, transitionDate: date, overdue: date.getTime() < today.getTime() });
    }
  }
  const dueDate = (item: GroupReviewDue) => (item.transitionDate ?? item.needReviewDue).getTime();
  due.sort((a, b) => dueDate(a) - dueDate(b) || a.person.name.localeCompare(b.person.name, 'nb'));
  await recordAccess(ctx, due.map((item) => item.person.id), 'group.reviewsDue');
  return due;
}

/** The day in Oslo a closed group closed (members who left that day were in it at the end). */
export const closingDay = (closedAt: Date) => new Date(`${osloDate(closedAt)}T00:00:00.000Z`);
