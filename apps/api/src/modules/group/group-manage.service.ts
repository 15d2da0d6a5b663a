// The coordinator's writes to a responsibility group. Each is one transaction that raises the
// group's version from the one the page started at (stale: CONFLICT) and writes its history
// (on the person's open plan, so the plan's history shows it too).
// - establishGroup: only on the person's wish, with an active coordinator, on a valid written
//   group consent (told of composition, way of working and exchange of confidential
//   information: Salangen, seed 002), and not beside an active group. The coordinator and the
//   person are its first members.
// - members: exactly one of a staff user, a relative, the person or someone outside, each with
//   role and unit or organisation; removing one keeps the row with the day they left.
// - reviews: the composition (at transitions) and the need (yearly). A need no longer there is
//   ended by closing the group on a change form registered at KE (change-form module).
import { osloTodayAsDate } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { badInput, conflict, type FieldError } from '../../graphql/errors';
import { storedText } from '../../lib/text';
import { updateVersioned, type Transaction } from '../../lib/versioned';
import { recordAccess } from '../access-log/access-log.service';
import { activeAssignmentFilter, type AccessScope } from '../auth/policy';
import { changedFields, recordHistory, type HistoryChange } from '../history/history.service';
import { groupViewById, validGroupConsentFilter, type GroupRead } from './group-read';
import type { EstablishGroupInput, GroupMemberInput } from './group.input';
import { inviteeKindOf } from '../meeting/invitee-kind';
import type { MemberRow } from './group.loaders';

/** The person a group belongs to, for the policy; none when there is no such group (denied). */
export async function groupTarget(ctx: Context, groupId: string): Promise<{ personId: string } | undefined> {
  return (await ctx.db.responsibilityGroup.findUnique({ where: { id: groupId }, select: { personId: true } })) ?? undefined;
}

/** The person a member's group belongs to, for the policy. */
export async function memberTarget(ctx: Context, memberId: string): Promise<{ personId: string } | undefined> {
  const member = await ctx.db.groupMember.findUnique({ where: { id: memberId }, select: { group: { select: { personId: true } } } });
  return member?.group ?? undefined;
}

export async function establishGroup(ctx: Context, input: EstablishGroupInput, scope: AccessScope): Promise<GroupRead> {
  const viewer = viewerOf(ctx);
  if (!input.wishedByPerson) throw badInput([{ field: 'input.wishedByPerson', messageKey: 'group.error.noWish' }]);
  const personId = input.personId;
  const today = osloTodayAsDate(ctx.now);
  const groupId = await ctx.db.$transaction(async (tx) => {
    // One establishment (or change form) for a person at a time: the checks see the last one.
    await tx.$queryRaw`SELECT 1 FROM "Person" WHERE "id" = ${personId}::uuid FOR UPDATE`;
    const person = await tx.person.findUniqueOrThrow({
      where: { id: personId },
      select: {
        coordinatorAssigns: { where: activeAssignmentFilter(ctx.now), select: { coordinatorId: true, unitId: true }, orderBy: { startDate: 'asc' } },
        consents: { where: validGroupConsentFilter(ctx.now), select: { id: true }, orderBy: [{ givenAt: 'desc' }, { id: 'asc' }], take: 1 },
        groups: { where: { status: 'ACTIVE' }, select: { id: true } },
        plans: { where: { status: { not: 'CLOSED' } }, select: { id: true } },
      },
    });
    if (person.coordinatorAssigns.length === 0) throw conflict('group.error.noCoordinator');
    if (person.groups.length > 0) throw conflict('group.error.alreadyActive');
    const consent = person.consents[0];
    if (!consent) throw conflict('group.error.noConsent');
    const planId = person.plans[0]?.id ?? null;
    const wishNote = storedText(input.wishNote);
    const group = await tx.responsibilityGroup.create({
      data: {
        municipalityId: viewer.municipalityId,
        personId,
        planId,
        consentId: consent.id,
        establishedAt: today,
        establishedById: viewer.userId,
        wishedByPerson: true,
        wishNote,
        // Composed now: the first review of the composition is at the next transition.
        compositionReviewedAt: today,
      },
      select: { id: true },
    });
    const own = person.coordinatorAssigns.find((a) => a.coordinatorId === viewer.userId) ?? person.coordinatorAssigns[0]!;
    const first = [
      { userId: own.coordinatorId, unitId: own.unitId, anchoredInOwnUnit: true },
      { isPerson: true },
    ];
    const members = await tx.groupMember.createManyAndReturn({
      data: first.map((m) => ({ municipalityId: viewer.municipalityId, groupId: group.id, joinedAt: today, ...m })),
      select: { id: true, userId: true, isPerson: true, unitId: true },
    });
    await recordHistory(
      tx,
      ctx,
      {
        personId,
        planId,
        entity: 'ResponsibilityGroup',
        entityId: group.id,
        entityVersion: 1,
        action: 'group.established',
        after: { status: 'ACTIVE', establishedAt: today, wishedByPerson: true, wishNote, consentId: consent.id },
      },
      ...members.map((m) => ({
        personId,
        planId,
        entity: 'GroupMember',
        entityId: m.id,
        action: 'group.memberAdded',
        after: { kind: inviteeKindOf({ userId: m.userId, relativeId: null, isPerson: m.isPerson }), userId: m.userId, unitId: m.unitId },
      })),
    );
    return group.id;
  });
  await recordAccess(ctx, [personId], 'group.manage');
  return groupViewById(ctx, groupId, scope);
}

interface GroupRef {
  id: string;
  personId: string;
  planId: string | null;
  version: number;
}

/**
 * Runs a write on an active group from the version the page started at: the version is raised
 * first (a stale one is CONFLICT, and the row stays locked until the commit), then the write and
 * its history, in one transaction.
 */
async function writeGroup(
  ctx: Context,
  groupId: string,
  version: number,
  scope: AccessScope,
  write: (tx: Transaction, group: GroupRef) => Promise<HistoryChange[]>,
  data: Record<string, unknown> = {},
): Promise<GroupRead> {
  const personId = await ctx.db.$transaction(async (tx) => {
    await updateVersioned(tx.responsibilityGroup, groupId, version, data);
    const group = await tx.responsibilityGroup.findUniqueOrThrow({ where: { id: groupId }, select: { id: true, personId: true, planId: true, status: true, version: true } });
    if (group.status !== 'ACTIVE') throw conflict('group.error.closed');
    // The plan the history goes with: the person's open plan, if any.
    const plan = await tx.individualPlan.findFirst({ where: { personId: group.personId, status: { not: 'CLOSED' } }, select: { id: true } });
    const changes = await write(tx, { ...group, planId: plan?.id ?? group.planId });
    await recordHistory(tx, ctx, ...changes.map((change) => ({ ...change, entityVersion: change.entity === 'ResponsibilityGroup' ? group.version : change.entityVersion })));
    return group.personId;
  });
  await recordAccess(ctx, [personId], 'group.manage');
  return groupViewById(ctx, groupId, scope);
}

/** What a member's row holds of who they are and their place in the group (the loader's row, less its bookkeeping). */
type MemberFields = Omit<MemberRow, 'id' | 'groupId' | 'joinedAt' | 'leftAt' | 'user' | 'relative' | 'unit' | 'group'>;

const MEMBER_COLUMNS = {
  userId: true,
  relativeId: true,
  isPerson: true,
  externalName: true,
  externalEmail: true,
  roleInGroup: true,
  unitId: true,
  organisation: true,
  anchoredInOwnUnit: true,
} as const;

/** The member as it would be saved, and its problems (each at its field). */
async function checkedMember(tx: Transaction, group: GroupRef, input: GroupMemberInput, current: MemberFields | null): Promise<MemberFields> {
  const problems: FieldError[] = [];
  const who = {
    userId: input.userId ?? null,
    relativeId: input.relativeId ?? null,
    isPerson: input.isPerson === true,
    externalName: storedText(input.externalName),
  };
  const named = [who.userId !== null, who.relativeId !== null, who.isPerson, who.externalName !== null].filter(Boolean).length;
  let identity = who;
  if (current) {
    // Who the member is stays; an outside member's name may be corrected.
    const sameWho =
      who.userId === current.userId &&
      who.relativeId === current.relativeId &&
      who.isPerson === current.isPerson &&
      (who.externalName !== null) === (current.externalName !== null);
    if (named > 0 && !sameWho) throw badInput([{ field: 'input.userId', messageKey: 'group.error.changeWho' }]);
    identity = { userId: current.userId, relativeId: current.relativeId, isPerson: current.isPerson, externalName: who.externalName ?? current.externalName };
  } else if (named !== 1) {
    throw badInput([{ field: 'input.userId', messageKey: 'group.error.memberOneKind' }]);
  }
  const pick = <K extends keyof MemberFields>(key: K, value: MemberFields[K] | undefined, fallback: MemberFields[K]): MemberFields[K] =>
    value === undefined ? (current ? current[key] : fallback) : value;
  const fields: MemberFields = {
    ...identity,
    externalEmail: pick('externalEmail', input.externalEmail === undefined ? undefined : storedText(input.externalEmail), null),
    roleInGroup: pick('roleInGroup', input.roleInGroup === undefined ? undefined : storedText(input.roleInGroup), null),
    unitId: pick('unitId', input.unitId === undefined ? undefined : (input.unitId ?? null), null),
    organisation: pick('organisation', input.organisation === undefined ? undefined : storedText(input.organisation), null),
    anchoredInOwnUnit: pick('anchoredInOwnUnit', input.anchoredInOwnUnit ?? undefined, false),
  };
  if (!fields.roleInGroup) problems.push({ field: 'input.roleInGroup', messageKey: 'validation.required' });
  if (fields.externalEmail && fields.externalName === null) problems.push({ field: 'input.externalEmail', messageKey: 'group.error.emailOnlyExternal' });
  const professional = fields.userId !== null || fields.externalName !== null;
  if (professional && !fields.unitId && !fields.organisation) problems.push({ field: 'input.organisation', messageKey: 'group.error.unitOrOrganisation' });
  const [user, relative, unit] = await Promise.all([
    !current && fields.userId ? tx.user.findUnique({ where: { id: fields.userId }, select: { kind: true, active: true } }) : null,
    !current && fields.relativeId ? tx.relative.findUnique({ where: { id: fields.relativeId }, select: { personId: true } }) : null,
    fields.unitId && fields.unitId !== current?.unitId ? tx.unit.findUnique({ where: { id: fields.unitId }, select: { id: true } }) : null,
  ]);
  if (!current && fields.userId && (!user || user.kind !== 'STAFF' || !user.active)) problems.push({ field: 'input.userId', messageKey: 'group.error.notStaff' });
  if (!current && fields.relativeId && relative?.personId !== group.personId) problems.push({ field: 'input.relativeId', messageKey: 'group.error.notRelative' });
  if (fields.unitId && fields.unitId !== current?.unitId && !unit) problems.push({ field: 'input.unitId', messageKey: 'group.error.unitNotFound' });
  if (problems.length > 0) throw badInput(problems);
  return fields;
}

export function addGroupMember(ctx: Context, groupId: string, version: number, input: GroupMemberInput, scope: AccessScope): Promise<GroupRead> {
  return writeGroup(ctx, groupId, version, scope, async (tx, group) => {
    const fields = await checkedMember(tx, group, input, null);
    if (fields.externalName === null) {
      const already = await tx.groupMember.count({
        where: { groupId, leftAt: null, ...(fields.userId ? { userId: fields.userId } : fields.relativeId ? { relativeId: fields.relativeId } : { isPerson: true }) },
      });
      if (already > 0) throw conflict('group.error.alreadyMember');
    }
    const member = await tx.groupMember.create({
      data: { municipalityId: viewerOf(ctx).municipalityId, groupId, joinedAt: osloTodayAsDate(ctx.now), ...fields },
      select: { id: true },
    });
    return [{ personId: group.personId, planId: group.planId, entity: 'GroupMember', entityId: member.id, action: 'group.memberAdded', after: { kind: inviteeKindOf(fields), ...fields } }];
  });
}

/** The member's group, for a write on it; the member must still be in it. */
async function currentMember(ctx: Context, memberId: string) {
  const member = await ctx.db.groupMember.findUnique({ where: { id: memberId }, select: { groupId: true, leftAt: true } });
  if (!member || member.leftAt !== null) throw badInput([{ field: 'memberId', messageKey: 'group.error.memberNotFound' }]);
  return member.groupId;
}

export async function updateGroupMember(ctx: Context, memberId: string, version: number, input: GroupMemberInput, scope: AccessScope): Promise<GroupRead> {
  const groupId = await currentMember(ctx, memberId);
  return writeGroup(ctx, groupId, version, scope, async (tx, group) => {
    const current = await tx.groupMember.findUniqueOrThrow({ where: { id: memberId }, select: { ...MEMBER_COLUMNS, leftAt: true } });
    if (current.leftAt !== null) throw badInput([{ field: 'memberId', messageKey: 'group.error.memberNotFound' }]);
    const fields = await checkedMember(tx, group, input, current);
    const { before, after } = changedFields(current, fields);
    if (Object.keys(after).length === 0) return [];
    await tx.groupMember.update({ where: { id: memberId }, data: after });
    return [{ personId: group.personId, planId: group.planId, entity: 'GroupMember', entityId: memberId, action: 'group.memberUpdated', before, after }];
  });
}

export async function removeGroupMember(ctx: Context, memberId: string, version: number, scope: AccessScope): Promise<GroupRead> {
  const groupId = await currentMember(ctx, memberId);
  return writeGroup(ctx, groupId, version, scope, async (tx, group) => {
    const member = await tx.groupMember.findUniqueOrThrow({ where: { id: memberId }, select: { userId: true, relativeId: true, isPerson: true, leftAt: true } });
    if (member.leftAt !== null) throw badInput([{ field: 'memberId', messageKey: 'group.error.memberNotFound' }]);
    if (member.userId) {
      const coordinates = await tx.coordinatorAssignment.count({ where: { personId: group.personId, coordinatorId: member.userId, ...activeAssignmentFilter(ctx.now) } });
      if (coordinates > 0) throw conflict('group.error.removeCoordinator');
    }
    const leftAt = osloTodayAsDate(ctx.now);
    await tx.groupMember.update({ where: { id: memberId }, data: { leftAt } });
    return [{ personId: group.personId, planId: group.planId, entity: 'GroupMember', entityId: memberId, action: 'group.memberRemoved', before: { leftAt: null }, after: { kind: inviteeKindOf(member), leftAt } }];
  });
}

export function recordCompositionReview(ctx: Context, groupId: string, version: number, scope: AccessScope): Promise<GroupRead> {
  const today = osloTodayAsDate(ctx.now);
  return writeGroup(
    ctx,
    groupId,
    version,
    scope,
    async (_tx, group) => [{ personId: group.personId, planId: group.planId, entity: 'ResponsibilityGroup', entityId: groupId, action: 'group.compositionReviewed', after: { compositionReviewedAt: today } }],
    { compositionReviewedAt: today },
  );
}

/**
 * Records the evaluation of the need. Still needed: the next one is due a period from today.
 * Not needed: recorded as well, and the group stays until the coordinator closes it on a change
 * form registered at KE (the page says so and links to it), as every closing is.
 */
export function recordNeedReview(ctx: Context, groupId: string, version: number, stillNeeded: boolean, scope: AccessScope): Promise<GroupRead> {
  const today = osloTodayAsDate(ctx.now);
  return writeGroup(
    ctx,
    groupId,
    version,
    scope,
    async (_tx, group) => [{ personId: group.personId, planId: group.planId, entity: 'ResponsibilityGroup', entityId: groupId, action: 'group.needReviewed', after: { lastNeedReview: today, stillNeeded } }],
    { lastNeedReview: today },
  );
}
