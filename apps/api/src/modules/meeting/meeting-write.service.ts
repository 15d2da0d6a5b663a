// Changing meetings: planning, changing and cancelling them, their agenda (set by hand or built
// from the plan) and sending it, answers to invitations, the minutes and their action items.
// Each write is one transaction: the meeting's version is checked and raised (a stale save is
// CONFLICT), a history row is written, and the mails it causes go to the outbox with it.
import { formatLongDate, osloDate, translateServer, type ApiMessageKey } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { AppError, badInput, conflict, forbidden, notFound, type FieldError } from '../../graphql/errors';
import type { MailKind, MeetingType, Prisma } from '../../generated/prisma/client';
import { storedText } from '../../lib/text';
import { updateVersioned, type Transaction } from '../../lib/versioned';
import { recordAccess } from '../access-log/access-log.service';
import { activeAssignmentFilter, authorize, consentScopesOf, invitationScope, type AccessScope } from '../auth/policy';
import { recordHistory } from '../history/history.service';
import { enqueueMeetingMails } from './meeting-mail';
import type { AgendaItemInput, InviteeInput, MeetingInput, MeetingUpdateInput, MinutesInput, ActionItemInput } from './meeting.input';
import { planLinksOf } from './meeting.loaders';
import { agendaItemVisible, isManager, isMinuteTaker, missingMinutesParts, toActionItemView } from './meeting.mapper';
import { meetingAfterWrite } from './meeting.service';
import type { ActionItemView } from './meeting.type';
import type { AttendanceAnswer } from '../../graphql/enums';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import { ACTION_ITEM_SELECT } from './meeting.mapper';

const PLANNABLE: MeetingType[] = ['STARTUP', 'COOPERATION', 'COORDINATION', 'RESPONSIBILITY_GROUP'];
const DEFAULT_MINUTES = 60;

type Invitation = {
  userId: string | null;
  relativeId: string | null;
  isPerson: boolean;
  externalName: string | null;
  externalEmail: string | null;
  agendaItemPosition: number | null;
};

const throwIf = (problems: FieldError[]) => {
  if (problems.length > 0) throw badInput(problems);
};

/** The invitees as rows to store: each names exactly one participant, a staff user of the municipality or one of the person's relatives. */
async function resolveInvitees(tx: Transaction, personId: string, invitees: InviteeInput[], field: string): Promise<Invitation[]> {
  const problems: FieldError[] = [];
  const rows: Invitation[] = invitees.map((invitee, index) => {
    const externalName = storedText(invitee.externalName);
    const named = [invitee.userId, invitee.relativeId, invitee.isPerson ? 'person' : null, externalName].filter(Boolean).length;
    if (named !== 1) problems.push({ field: `${field}.${index}`, messageKey: 'meeting.error.inviteeOne' });
    return {
      userId: invitee.userId ?? null,
      relativeId: invitee.relativeId ?? null,
      isPerson: invitee.isPerson === true,
      externalName,
      externalEmail: externalName ? storedText(invitee.externalEmail) : null,
      agendaItemPosition: invitee.agendaItemPosition ?? null,
    };
  });
  throwIf(problems);
  const userIds = [...new Set(rows.map((row) => row.userId).filter((id): id is string => !!id))];
  const relativeIds = [...new Set(rows.map((row) => row.relativeId).filter((id): id is string => !!id))];
  const [users, relatives] = await Promise.all([
    userIds.length ? tx.user.findMany({ where: { id: { in: userIds }, kind: 'STAFF', active: true }, select: { id: true } }) : [],
    relativeIds.length ? tx.relative.findMany({ where: { id: { in: relativeIds }, personId }, select: { id: true } }) : [],
  ]);
  rows.forEach((row, index) => {
    if (row.userId && !users.some((u) => u.id === row.userId)) problems.push({ field: `${field}.${index}.userId`, messageKey: 'meeting.error.unknownUser' });
    if (row.relativeId && !relatives.some((r) => r.id === row.relativeId)) problems.push({ field: `${field}.${index}.relativeId`, messageKey: 'meeting.error.unknownRelative' });
  });
  throwIf(problems);
  await addressesOfOutsideMembers(tx, personId, rows);
  // The same participant named twice is invited once.
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.userId}|${row.relativeId}|${row.isPerson}|${row.externalName}|${row.agendaItemPosition}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** An outside member of the group invited by name gets the address on file with the group. */
async function addressesOfOutsideMembers(tx: Transaction, personId: string, rows: Invitation[]): Promise<void> {
  const names = [...new Set(rows.filter((row) => row.externalName && !row.externalEmail).map((row) => row.externalName!))];
  if (names.length === 0) return;
  const members = await tx.groupMember.findMany({
    where: { group: { personId, status: 'ACTIVE' }, leftAt: null, externalName: { in: names }, externalEmail: { not: null } },
    select: { externalName: true, externalEmail: true },
  });
  for (const row of rows) {
    if (row.externalEmail) continue;
    row.externalEmail = members.find((member) => member.externalName === row.externalName)?.externalEmail ?? null;
  }
}

async function requireStaff(tx: Transaction, userId: string | null | undefined, field: string): Promise<FieldError[]> {
  if (!userId) return [];
  const user = await tx.user.findFirst({ where: { id: userId, kind: 'STAFF', active: true }, select: { id: true } });
  return user ? [] : [{ field, messageKey: 'meeting.error.unknownUser' }];
}

const invitationKey = (row: { userId: string | null; relativeId: string | null; isPerson: boolean; externalName: string | null; agendaItemId?: string | null }) =>
  `${row.userId}|${row.relativeId}|${row.isPerson}|${row.externalName}|${row.agendaItemId ?? null}`;

/** The meeting for an edit: PLANNED unless `allow` says otherwise. */
async function meetingForEdit(tx: Transaction, meetingId: string, allow: { held?: boolean } = {}) {
  const meeting = await tx.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      personId: true,
      groupId: true,
      planId: true,
      type: true,
      status: true,
      startsAt: true,
      durationMinutes: true,
      location: true,
      videoLink: true,
      chairId: true,
      minuteTakerId: true,
      version: true,
      icsSequence: true,
      minutesFinalisedAt: true,
      previousMinutesApproved: true,
      nextMeetingAt: true,
      nextMeetingTopic: true,
      distribution: true,
      agendaSentAt: true,
      municipality: { select: { agendaNoticeDays: true } },
    },
  });
  if (!meeting) throw notFound();
  if (meeting.status === 'CANCELLED' || (meeting.status === 'HELD' && !allow.held)) throw conflict('meeting.error.notPlanned');
  if (meeting.minutesFinalisedAt) throw conflict('meeting.error.finalised');
  return meeting;
}

type EditedMeeting = Awaited<ReturnType<typeof meetingForEdit>>;

/** Raises the meeting's version from the one the edit started at (CONFLICT when stale) and writes the history row. */
async function saveMeeting(
  tx: Transaction,
  ctx: Context,
  meeting: EditedMeeting,
  expectedVersion: number,
  action: string,
  data: Record<string, unknown>,
  change: { before?: Record<string, unknown>; after?: Record<string, unknown> } = {},
): Promise<void> {
  await updateVersioned(tx.meeting, meeting.id, expectedVersion, data);
  await recordHistory(tx, ctx, {
    personId: meeting.personId,
    planId: meeting.planId,
    entity: 'Meeting',
    entityId: meeting.id,
    entityVersion: expectedVersion + 1,
    action,
    before: change.before ?? null,
    after: change.after ?? data,
  });
}

/** Runs a meeting write in one transaction, logs it, and answers with the meeting as the writer sees it. */
async function writeMeeting(ctx: Context, scope: AccessScope, loggedAs: 'meeting.manage' | 'meeting.minutes' | 'meeting.answer', write: (tx: Transaction) => Promise<{ personId: string; meetingId: string }>) {
  const { personId, meetingId } = await ctx.db.$transaction(write);
  await recordAccess(ctx, [personId], loggedAs);
  return meetingAfterWrite(ctx, meetingId, scope);
}

// --- Planning, changing, cancelling

export async function planMeeting(ctx: Context, input: MeetingInput, scope: AccessScope) {
  const viewer = viewerOf(ctx);
  if (!PLANNABLE.includes(input.type)) throw badInput([{ field: 'input.type', messageKey: 'meeting.error.typeNotPlannable' }]);
  if (input.startsAt.getTime() <= ctx.now.getTime()) throw badInput([{ field: 'input.startsAt', messageKey: 'meeting.error.inPast' }]);
  if (input.invitees.some((i) => i.agendaItemPosition)) throw badInput([{ field: 'input.invitees', messageKey: 'meeting.error.noSuchAgendaItem' }]);
  return writeMeeting(ctx, scope, 'meeting.manage', async (tx) => {
    const person = await tx.person.findUniqueOrThrow({
      where: { id: input.personId },
      select: {
        municipality: { select: { groupMeetingMinutes: true } },
        groups: { where: { status: 'ACTIVE' }, select: { id: true } },
        plans: { where: { status: { not: 'CLOSED' } }, select: { id: true } },
        coordinatorAssigns: { where: activeAssignmentFilter(ctx.now), select: { coordinatorId: true } },
      },
    });
    const invitees = await resolveInvitees(tx, input.personId, input.invitees, 'input.invitees');
    const problems = [...(await requireStaff(tx, input.chairUserId, 'input.chairUserId')), ...(await requireStaff(tx, input.minuteTakerUserId, 'input.minuteTakerUserId'))];
    const group = person.groups[0] ?? null;
    if (input.type === 'RESPONSIBILITY_GROUP' && !group) problems.push({ field: 'input.type', messageKey: 'meeting.error.noActiveGroup' });
    if (input.type === 'COORDINATION') {
      if (!invitees.some((i) => i.isPerson || i.relativeId)) problems.push({ field: 'input.invitees', messageKey: 'meeting.error.coordinationNeedsPerson' });
      const coordinators = new Set([viewer.userId, ...person.coordinatorAssigns.map((a) => a.coordinatorId)]);
      if (!invitees.some((i) => i.userId && coordinators.has(i.userId))) problems.push({ field: 'input.invitees', messageKey: 'meeting.error.coordinationNeedsCoordinator' });
    }
    throwIf(problems);
    const durationMinutes = input.durationMinutes ?? (input.type === 'RESPONSIBILITY_GROUP' ? person.municipality.groupMeetingMinutes : DEFAULT_MINUTES);
    const meeting = await tx.meeting.create({
      data: {
        municipalityId: viewer.municipalityId,
        personId: input.personId,
        groupId: input.type === 'RESPONSIBILITY_GROUP' ? group!.id : null,
        planId: person.plans[0]?.id ?? null,
        type: input.type,
        startsAt: input.startsAt,
        durationMinutes,
        location: storedText(input.location),
        videoLink: storedText(input.videoLink),
        chairId: input.chairUserId ?? viewer.userId,
        minuteTakerId: input.minuteTakerUserId ?? viewer.userId,
        createdById: viewer.userId,
        createdAt: ctx.now,
      },
      select: { id: true, planId: true },
    });
    await tx.meetingAttendance.createMany({
      data: invitees.map(({ agendaItemPosition: _position, ...row }) => ({ ...row, municipalityId: viewer.municipalityId, meetingId: meeting.id })),
    });
    await recordHistory(tx, ctx, {
      personId: input.personId,
      planId: meeting.planId,
      entity: 'Meeting',
      entityId: meeting.id,
      entityVersion: 1,
      action: 'meeting.planned',
      after: { type: input.type, startsAt: input.startsAt, durationMinutes, location: storedText(input.location), invitees: invitees.length },
    });
    await enqueueMeetingMails(tx, ctx, meeting.id, 'INVITATION');
    return { personId: input.personId, meetingId: meeting.id };
  });
}

/** Replaces the whole-meeting invitees (or, with agenda positions, those of the items); gives the rows taken off and the rows added. */
async function replaceInvitees(tx: Transaction, ctx: Context, meeting: EditedMeeting, invitees: Invitation[]): Promise<{ removed: string[]; added: number }> {
  const viewer = viewerOf(ctx);
  const [current, items] = await Promise.all([
    tx.meetingAttendance.findMany({ where: { meetingId: meeting.id }, select: { id: true, userId: true, relativeId: true, isPerson: true, externalName: true, agendaItemId: true } }),
    tx.agendaItem.findMany({ where: { meetingId: meeting.id }, select: { id: true, position: true } }),
  ]);
  const problems: FieldError[] = [];
  const wanted = invitees.map((row, index) => {
    const item = row.agendaItemPosition ? items.find((i) => i.position === row.agendaItemPosition) : null;
    if (row.agendaItemPosition && !item) problems.push({ field: `input.invitees.${index}.agendaItemPosition`, messageKey: 'meeting.error.noSuchAgendaItem' });
    const { agendaItemPosition: _position, ...rest } = row;
    return { ...rest, agendaItemId: item?.id ?? null };
  });
  throwIf(problems);
  const wantedKeys = new Set(wanted.map(invitationKey));
  const currentKeys = new Set(current.map(invitationKey));
  const removed = current.filter((row) => !wantedKeys.has(invitationKey(row))).map((row) => row.id);
  const added = wanted.filter((row) => !currentKeys.has(invitationKey(row)));
  if (removed.length) await enqueueMeetingMails(tx, ctx, meeting.id, 'CANCELLATION', { attendanceIds: removed });
  if (removed.length) await tx.meetingAttendance.deleteMany({ where: { id: { in: removed } } });
  if (added.length) await tx.meetingAttendance.createMany({ data: added.map((row) => ({ ...row, municipalityId: viewer.municipalityId, meetingId: meeting.id })) });
  return { removed, added: added.length };
}

export async function updateMeeting(ctx: Context, meetingId: string, version: number, input: MeetingUpdateInput, scope: AccessScope) {
  if (input.startsAt && input.startsAt.getTime() <= ctx.now.getTime()) throw badInput([{ field: 'input.startsAt', messageKey: 'meeting.error.inPast' }]);
  return writeMeeting(ctx, scope, 'meeting.manage', async (tx) => {
    const meeting = await meetingForEdit(tx, meetingId);
    throwIf([...(await requireStaff(tx, input.chairUserId, 'input.chairUserId')), ...(await requireStaff(tx, input.minuteTakerUserId, 'input.minuteTakerUserId'))]);
    const data: Record<string, unknown> = Object.fromEntries(
      Object.entries({
        startsAt: input.startsAt ?? undefined,
        durationMinutes: input.durationMinutes ?? undefined,
        location: input.location === undefined ? undefined : storedText(input.location),
        videoLink: input.videoLink === undefined ? undefined : storedText(input.videoLink),
        chairId: input.chairUserId === undefined ? undefined : input.chairUserId,
        minuteTakerId: input.minuteTakerUserId === undefined ? undefined : input.minuteTakerUserId,
      }).filter(([, value]) => value !== undefined),
    );
    const before = Object.fromEntries(Object.keys(data).map((key) => [key, (meeting as Record<string, unknown>)[key] ?? null]));
    // Every change is a new revision of the invitation: the calendars replace the event they have.
    await saveMeeting(tx, ctx, meeting, version, 'meeting.updated', { ...data, icsSequence: meeting.icsSequence + 1 }, { before, after: data });
    if (input.invitees) await replaceInvitees(tx, ctx, meeting, await resolveInvitees(tx, meeting.personId, input.invitees, 'input.invitees'));
    await enqueueMeetingMails(tx, ctx, meeting.id, 'UPDATE');
    return { personId: meeting.personId, meetingId };
  });
}

export async function cancelMeeting(ctx: Context, meetingId: string, version: number, reason: string, scope: AccessScope) {
  const cancelReason = storedText(reason);
  if (!cancelReason) throw badInput([{ field: 'reason', messageKey: 'validation.required' }]);
  return writeMeeting(ctx, scope, 'meeting.manage', async (tx) => {
    const meeting = await meetingForEdit(tx, meetingId);
    await saveMeeting(tx, ctx, meeting, version, 'meeting.cancelled', { status: 'CANCELLED', cancelledAt: ctx.now, cancelReason, icsSequence: meeting.icsSequence + 1 });
    await enqueueMeetingMails(tx, ctx, meeting.id, 'CANCELLATION');
    return { personId: meeting.personId, meetingId };
  });
}

// --- The agenda

interface AgendaRow {
  title: string;
  description: string | null;
  goalId: string | null;
  measureId: string | null;
  fromActionItemId: string | null;
  invitees: Invitation[];
}

/** Replaces the agenda (and those invited to its items) with `items`, in their order. */
async function storeAgenda(tx: Transaction, ctx: Context, meeting: EditedMeeting, items: AgendaRow[]): Promise<void> {
  const viewer = viewerOf(ctx);
  await tx.meetingAttendance.deleteMany({ where: { meetingId: meeting.id, agendaItemId: { not: null } } });
  await tx.agendaItem.deleteMany({ where: { meetingId: meeting.id } });
  if (items.length === 0) return;
  const created = await tx.agendaItem.createManyAndReturn({
    data: items.map((item, index) => ({
      municipalityId: viewer.municipalityId,
      meetingId: meeting.id,
      position: index + 1,
      title: item.title,
      description: item.description,
      goalId: item.goalId,
      measureId: item.measureId,
      fromActionItemId: item.fromActionItemId,
    })),
    select: { id: true, position: true },
  });
  const invitees = items.flatMap((item, index) =>
    item.invitees.map(({ agendaItemPosition: _position, ...row }) => ({
      ...row,
      municipalityId: viewer.municipalityId,
      meetingId: meeting.id,
      agendaItemId: created.find((c) => c.position === index + 1)!.id,
    })),
  );
  if (invitees.length) await tx.meetingAttendance.createMany({ data: invitees });
}

export async function setAgenda(ctx: Context, meetingId: string, version: number, items: AgendaItemInput[], setWithPerson: boolean, scope: AccessScope) {
  return writeMeeting(ctx, scope, 'meeting.manage', async (tx) => {
    const meeting = await meetingForEdit(tx, meetingId);
    const problems: FieldError[] = [];
    items.forEach((item, index) => {
      if (!storedText(item.title)) problems.push({ field: `items.${index}.title`, messageKey: 'validation.required' });
    });
    const goalIds = items.map((i) => i.goalId).filter((id): id is string => !!id);
    const measureIds = items.map((i) => i.measureId).filter((id): id is string => !!id);
    const actionIds = items.map((i) => i.fromActionItemId).filter((id): id is string => !!id);
    const [goals, measures, actions] = await Promise.all([
      goalIds.length ? tx.goal.findMany({ where: { id: { in: goalIds }, plan: { personId: meeting.personId } }, select: { id: true } }) : [],
      measureIds.length ? tx.measure.findMany({ where: { id: { in: measureIds }, plan: { personId: meeting.personId } }, select: { id: true } }) : [],
      actionIds.length ? tx.actionItem.findMany({ where: { id: { in: actionIds }, meeting: { personId: meeting.personId } }, select: { id: true } }) : [],
    ]);
    items.forEach((item, index) => {
      if (item.goalId && !goals.some((g) => g.id === item.goalId)) problems.push({ field: `items.${index}.goalId`, messageKey: 'meeting.error.goalNotInPlan' });
      if (item.measureId && !measures.some((m) => m.id === item.measureId)) problems.push({ field: `items.${index}.measureId`, messageKey: 'meeting.error.measureNotInPlan' });
      if (item.fromActionItemId && !actions.some((a) => a.id === item.fromActionItemId))
        problems.push({ field: `items.${index}.fromActionItemId`, messageKey: 'meeting.error.actionItemNotOfPerson' });
    });
    throwIf(problems);
    const rows: AgendaRow[] = [];
    for (const [index, item] of items.entries()) {
      rows.push({
        title: storedText(item.title)!,
        description: storedText(item.description),
        goalId: item.goalId ?? null,
        measureId: item.measureId ?? null,
        fromActionItemId: item.fromActionItemId ?? null,
        invitees: (await resolveInvitees(tx, meeting.personId, item.invitees ?? [], `items.${index}.invitees`)).map((row) => ({ ...row, agendaItemPosition: null })),
      });
    }
    await saveMeeting(tx, ctx, meeting, version, 'meeting.agendaSet', { agendaSetWithPerson: setWithPerson }, {
      after: { agendaSetWithPerson: setWithPerson, items: rows.map((row) => row.title) },
    });
    await storeAgenda(tx, ctx, meeting, rows);
    return { personId: meeting.personId, meetingId };
  });
}

/**
 * The agenda from the person's plan: first the open action items of earlier meetings ("was it
 * done, and if not, why not?"), then each goal in progress with its open measures. Goals and
 * measures the consent hides from every member are left out, as the reading of the agenda would.
 */
export async function buildAgendaFromPlan(ctx: Context, meetingId: string, version: number, scope: AccessScope) {
  return writeMeeting(ctx, scope, 'meeting.manage', async (tx) => {
    const meeting = await meetingForEdit(tx, meetingId);
    const [openItems, plan, consent] = await Promise.all([
      tx.actionItem.findMany({
        where: { doneAt: null, meeting: { personId: meeting.personId, id: { not: meeting.id }, status: 'HELD', startsAt: { lt: meeting.startsAt } } },
        orderBy: [{ meeting: { startsAt: 'asc' } }, { dueDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
        select: { id: true, description: true, goalId: true },
      }),
      tx.individualPlan.findFirst({
        where: { personId: meeting.personId, status: { not: 'CLOSED' } },
        select: {
          goals: {
            where: { removedAt: null, status: { in: ['NOT_STARTED', 'IN_PROGRESS'] } },
            orderBy: [{ kind: 'asc' }, { sortOrder: 'asc' }, { createdAt: 'asc' }],
            select: {
              id: true,
              description: true,
              lifeArea: true,
              measures: { where: { removedAt: null, status: { in: ['PLANNED', 'ONGOING'] } }, orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }], select: { id: true, description: true } },
            },
          },
        },
      }),
      // What the consent hides from everyone: a matter named without an environment.
      consentScopesOf(tx, ctx.now, meeting.personId, [{ userId: '', unitIds: [], organisation: null }]),
    ]);
    const everyone = consent.get('') ?? null;
    const t = (key: ApiMessageKey, params: Record<string, string>) => translateServer(ctx.locale, key, params);
    const rows: AgendaRow[] = openItems.map((item) => ({
      title: t('meeting.agenda.followUp', { description: item.description }).slice(0, 200),
      description: null,
      goalId: item.goalId,
      measureId: null,
      fromActionItemId: item.id,
      invitees: [],
    }));
    for (const goal of plan?.goals ?? []) {
      if (everyone && (everyone.hiddenGoalIds?.includes(goal.id) || (goal.lifeArea && everyone.hiddenLifeAreas.includes(goal.lifeArea)))) continue;
      rows.push({ title: goal.description.slice(0, 200), description: null, goalId: goal.id, measureId: null, fromActionItemId: null, invitees: [] });
      for (const measure of goal.measures) {
        rows.push({ title: t('meeting.agenda.measure', { description: measure.description }).slice(0, 200), description: null, goalId: goal.id, measureId: measure.id, fromActionItemId: null, invitees: [] });
      }
    }
    await saveMeeting(tx, ctx, meeting, version, 'meeting.agendaBuilt', {}, { after: { items: rows.map((row) => row.title) } });
    await storeAgenda(tx, ctx, meeting, rows);
    return { personId: meeting.personId, meetingId };
  });
}

/**
 * Sends the agenda to the invitees. The agenda of a responsibility group meeting is due the
 * municipality's notice (agendaNoticeDays, Salangen: 14) before the meeting: later, the reason
 * must be given, and the meeting is marked as sent late.
 */
export async function sendAgenda(ctx: Context, meetingId: string, version: number, lateReason: string | null | undefined, scope: AccessScope) {
  return writeMeeting(ctx, scope, 'meeting.manage', async (tx) => {
    const meeting = await meetingForEdit(tx, meetingId);
    const items = await tx.agendaItem.count({ where: { meetingId } });
    if (items === 0) throw badInput([{ field: 'meetingId', messageKey: 'meeting.error.emptyAgenda' }]);
    const noticeDays = meeting.municipality.agendaNoticeDays;
    const dueBy = meeting.type === 'RESPONSIBILITY_GROUP' ? new Date(meeting.startsAt.getTime() - noticeDays * 86_400_000) : null;
    const late = dueBy !== null && ctx.now.getTime() > dueBy.getTime();
    const reason = storedText(lateReason);
    if (late && !reason) {
      const params = { days: noticeDays, dueBy: formatLongDate(ctx.locale, osloDate(dueBy)) };
      throw new AppError('BAD_USER_INPUT', 'meeting.error.agendaLate', params, [{ field: 'lateReason', messageKey: 'meeting.error.agendaLate', params }]);
    }
    await saveMeeting(tx, ctx, meeting, version, 'meeting.agendaSent', {
      agendaSentAt: ctx.now,
      agendaSentLate: late,
      agendaLateReason: late ? reason : null,
    });
    await enqueueMeetingMails(tx, ctx, meetingId, 'AGENDA');
    return { personId: meeting.personId, meetingId };
  });
}

// --- Answers

/** The signed-in invitee answers: as staff, as the person, or as a relative with an account. */
export async function answerInvitation(ctx: Context, meetingId: string, answer: AttendanceAnswer) {
  const viewer = viewerOf(ctx);
  const meeting = await ctx.db.meeting.findUnique({ where: { id: meetingId }, select: { personId: true } });
  if (!meeting) throw notFound();
  const own: Prisma.MeetingAttendanceWhereInput = {
    meetingId,
    OR: [{ userId: viewer.userId }, { relative: { userId: viewer.userId } }, ...(viewer.personId === meeting.personId ? [{ isPerson: true }] : [])],
  };
  // What the answerer may read of the meeting afterwards; one invited who may read none of it sees its time and place.
  const scope = await authorize({ viewer, db: ctx.db, now: ctx.now }, 'meeting.read', { personId: meeting.personId, meetingId }).catch(() =>
    invitationScope({ [meetingId]: [] }),
  );
  return writeMeeting(ctx, scope, 'meeting.answer', async (tx) => {
    const current = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { status: true, planId: true } });
    if (current.status !== 'PLANNED') throw conflict('meeting.error.notPlanned');
    const rows = await tx.meetingAttendance.findMany({ where: own, select: { id: true, answer: true } });
    if (rows.length === 0) throw forbidden('meeting.error.notInvited');
    await tx.meetingAttendance.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { answer, answeredAt: ctx.now } });
    await recordHistory(tx, ctx, {
      personId: meeting.personId,
      planId: current.planId,
      entity: 'MeetingAttendance',
      entityId: rows[0]!.id,
      action: 'meeting.answered',
      before: { answer: rows[0]!.answer },
      after: { answer },
    });
    return { personId: meeting.personId, meetingId };
  });
}

// --- Minutes

/** The coordinator writes the minutes, and so does the meeting's minute taker (a member the consent lets in). */
function requireMinuteWriter(ctx: Context, scope: AccessScope, meeting: { minuteTakerId: string | null }): void {
  if (!isManager(scope) && !isMinuteTaker(scope, meeting.minuteTakerId, viewerOf(ctx).userId)) throw forbidden('meeting.error.notMinuteTaker');
}

export async function saveMinutes(ctx: Context, meetingId: string, version: number, input: MinutesInput, scope: AccessScope) {
  return writeMeeting(ctx, scope, 'meeting.minutes', async (tx) => {
    const meeting = await meetingForEdit(tx, meetingId, { held: true });
    requireMinuteWriter(ctx, scope, meeting);
    const [attendance, agenda] = await Promise.all([
      tx.meetingAttendance.findMany({ where: { meetingId }, select: { id: true } }),
      tx.agendaItem.findMany({ where: { meetingId }, select: { id: true, goalId: true, measureId: true } }),
    ]);
    const links = await planLinksOf(tx, agenda.map((a) => a.goalId), agenda.map((a) => a.measureId));
    const problems: FieldError[] = [];
    (input.attendance ?? []).forEach((row, index) => {
      if (!attendance.some((a) => a.id === row.inviteeId)) problems.push({ field: `input.attendance.${index}.inviteeId`, messageKey: 'meeting.error.unknownInvitee' });
    });
    (input.items ?? []).forEach((row, index) => {
      const item = agenda.find((a) => a.id === row.agendaItemId);
      // An item the writer may not see is not theirs to write either.
      if (!item || !agendaItemVisible(scope, meetingId, links, item)) problems.push({ field: `input.items.${index}.agendaItemId`, messageKey: 'meeting.error.noSuchAgendaItem' });
    });
    throwIf(problems);
    const data: Record<string, unknown> = Object.fromEntries(
      Object.entries({
        previousMinutesApproved: input.previousMinutesApproved,
        nextMeetingAt: input.nextMeetingAt,
        nextMeetingTopic: input.nextMeetingTopic === undefined ? undefined : storedText(input.nextMeetingTopic),
        distribution: input.distribution === undefined ? undefined : storedText(input.distribution),
      }).filter(([, value]) => value !== undefined),
    );
    await saveMeeting(tx, ctx, meeting, version, 'meeting.minutesSaved', { ...data, minutesWrittenAt: ctx.now }, {
      after: { ...data, attendance: input.attendance?.length ?? 0, items: input.items?.map((i) => i.agendaItemId) ?? [] },
    });
    for (const present of [true, false]) {
      const ids = (input.attendance ?? []).filter((row) => row.present === present).map((row) => row.inviteeId);
      if (ids.length) await tx.meetingAttendance.updateMany({ where: { id: { in: ids }, meetingId }, data: { present } });
    }
    for (const row of input.items ?? []) {
      const itemData = Object.fromEntries(
        Object.entries({
          minutes: row.notes === undefined ? undefined : storedText(row.notes),
          conclusion: row.conclusion === undefined ? undefined : storedText(row.conclusion),
          toLeadersKind: row.toLeadersKind,
        }).filter(([, value]) => value !== undefined),
      );
      if (Object.keys(itemData).length) await tx.agendaItem.update({ where: { id: row.agendaItemId }, data: itemData });
    }
    return { personId: meeting.personId, meetingId };
  });
}

export async function addActionItem(ctx: Context, meetingId: string, version: number, input: ActionItemInput, scope: AccessScope) {
  const viewer = viewerOf(ctx);
  return writeMeeting(ctx, scope, 'meeting.minutes', async (tx) => {
    const meeting = await meetingForEdit(tx, meetingId, { held: true });
    requireMinuteWriter(ctx, scope, meeting);
    const description = storedText(input.description);
    const responsibleText = storedText(input.responsibleText);
    const problems: FieldError[] = [];
    if (!description) problems.push({ field: 'input.description', messageKey: 'validation.required' });
    if (!input.responsibleUserId && !responsibleText) problems.push({ field: 'input.responsibleUserId', messageKey: 'meeting.error.responsibleRequired' });
    problems.push(...(await requireStaff(tx, input.responsibleUserId, 'input.responsibleUserId')));
    if (input.agendaItemId && (await tx.agendaItem.count({ where: { id: input.agendaItemId, meetingId } })) === 0)
      problems.push({ field: 'input.agendaItemId', messageKey: 'meeting.error.noSuchAgendaItem' });
    if (input.goalId && (await tx.goal.count({ where: { id: input.goalId, plan: { personId: meeting.personId } } })) === 0)
      problems.push({ field: 'input.goalId', messageKey: 'meeting.error.goalNotInPlan' });
    throwIf(problems);
    const item = await tx.actionItem.create({
      data: {
        municipalityId: viewer.municipalityId,
        meetingId,
        agendaItemId: input.agendaItemId ?? null,
        description: description!,
        responsibleUserId: input.responsibleUserId ?? null,
        responsibleText: input.responsibleUserId ? null : responsibleText,
        dueDate: input.dueDate ?? null,
        goalId: input.goalId ?? null,
      },
      select: { id: true },
    });
    await saveMeeting(tx, ctx, meeting, version, 'meeting.actionItemAdded', {}, {
      after: { actionItemId: item.id, description, responsibleUserId: input.responsibleUserId ?? null, responsibleText, dueDate: input.dueDate ?? null, goalId: input.goalId ?? null },
    });
    return { personId: meeting.personId, meetingId };
  });
}

export async function removeActionItem(ctx: Context, actionItemId: string, version: number, scope: AccessScope) {
  return writeMeeting(ctx, scope, 'meeting.minutes', async (tx) => {
    const row = await tx.actionItem.findUnique({ where: { id: actionItemId }, select: { meetingId: true, description: true } });
    if (!row) throw notFound();
    const meeting = await meetingForEdit(tx, row.meetingId, { held: true });
    requireMinuteWriter(ctx, scope, meeting);
    await saveMeeting(tx, ctx, meeting, version, 'meeting.actionItemRemoved', {}, { before: { actionItemId, description: row.description }, after: {} });
    await tx.actionItem.delete({ where: { id: actionItemId } });
    return { personId: meeting.personId, meetingId: meeting.id };
  });
}

/**
 * Finalises the minutes: refused while a part of the checklist is missing (the message names
 * each); the meeting is then HELD, its minutes read-only, and the invitees are told they are ready.
 */
export async function finaliseMinutes(ctx: Context, meetingId: string, version: number, scope: AccessScope) {
  const viewer = viewerOf(ctx);
  return writeMeeting(ctx, scope, 'meeting.manage', async (tx) => {
    const meeting = await meetingForEdit(tx, meetingId, { held: true });
    if (meeting.startsAt.getTime() > ctx.now.getTime()) throw conflict('meeting.error.notYetHeld');
    const [agenda, attendance, earlier] = await Promise.all([
      tx.agendaItem.findMany({ where: { meetingId }, select: { minutes: true, conclusion: true } }),
      tx.meetingAttendance.findMany({ where: { meetingId }, select: { present: true } }),
      tx.meeting.count({
        where: { personId: meeting.personId, status: 'HELD', id: { not: meetingId }, startsAt: { lt: meeting.startsAt }, ...(meeting.groupId ? { groupId: meeting.groupId } : {}) },
      }),
    ]);
    const missing = missingMinutesParts(meeting, { agenda, attendance }, earlier > 0);
    if (missing.length > 0) {
      const parts = missing.map((part) => translateServer(ctx.locale, `meeting.part.${part}` as ApiMessageKey)).join(', ');
      throw new AppError(
        'BAD_USER_INPUT',
        'meeting.error.minutesIncomplete',
        { parts },
        missing.map((part) => ({ field: `minutes.${part}`, messageKey: `meeting.part.${part}` as ApiMessageKey })),
      );
    }
    await saveMeeting(tx, ctx, meeting, version, 'meeting.minutesFinalised', { status: 'HELD', minutesFinalisedAt: ctx.now, minutesFinalisedById: viewer.userId });
    await enqueueMeetingMails(tx, ctx, meetingId, 'MINUTES' satisfies MailKind);
    return { personId: meeting.personId, meetingId };
  });
}

/** The responsible user or the person's coordinator marks an action item done (or not done). */
export async function markActionItemDone(ctx: Context, actionItemId: string, version: number, done: boolean): Promise<ActionItemView> {
  const viewer = viewerOf(ctx);
  const row = await ctx.db.actionItem.findUnique({
    where: { id: actionItemId },
    select: { responsibleUserId: true, meetingId: true, meeting: { select: { personId: true, planId: true, status: true } } },
  });
  if (!row) throw notFound();
  const personId = row.meeting.personId;
  const coordinator =
    viewer.activeRole === 'COORDINATOR' &&
    (await authorize({ viewer, db: ctx.db, now: ctx.now }, 'meeting.manage', { personId }).then(
      () => true,
      () => false,
    ));
  if (row.responsibleUserId !== viewer.userId && !coordinator) throw forbidden();
  if (row.meeting.status === 'CANCELLED') throw conflict('meeting.error.notPlanned');
  const updated = await ctx.db.$transaction(async (tx) => {
    const data = { doneAt: done ? ctx.now : null, doneById: done ? viewer.userId : null };
    await updateVersioned(tx.actionItem, actionItemId, version, data);
    await recordHistory(tx, ctx, {
      personId,
      planId: row.meeting.planId,
      entity: 'ActionItem',
      entityId: actionItemId,
      entityVersion: version + 1,
      action: done ? 'actionItem.done' : 'actionItem.reopened',
      after: data,
    });
    return tx.actionItem.findUniqueOrThrow({ where: { id: actionItemId }, select: { ...ACTION_ITEM_SELECT, meeting: { select: { person: { select: PERSON_REF_SELECT } } } } });
  });
  await recordAccess(ctx, [personId], 'actionItem.mine');
  return toActionItemView(updated, toPersonRef(updated.meeting.person, ctx.now), ctx.now, true);
}
