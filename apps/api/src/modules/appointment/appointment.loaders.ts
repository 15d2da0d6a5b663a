// The case's appointment relations, batched: one query for all the referrals of a list.
import { defineLoader, groupBy, oneBy } from '../../lib/loaders';
import { REFERRAL_SELECT } from '../referral/inbox.service';
import type { Referral } from '../referral/referral.type';
import { ASSIGNMENT_SELECT, DECLINE_FORM_SELECT, DELEGATION_SELECT } from './appointment.service';
import type { AppointmentDelegationNode, AppointmentGrants, CoordinatorAssignmentNode, DeclineForm, PlannedMeeting } from './appointment.type';

/** The assignments made on each referral's decisions, oldest first. */
export const assignmentsByReferral = defineLoader<string, CoordinatorAssignmentNode[]>(async (ctx, referralIds) => {
  const rows = await ctx.db.coordinatorAssignment.findMany({
    where: { decision: { referralId: { in: [...referralIds] } } },
    orderBy: [{ startDate: 'asc' }, { createdAt: 'asc' }],
    select: { ...ASSIGNMENT_SELECT, decision: { select: { referralId: true } } },
  });
  return groupBy(referralIds, rows, (row) => row.decision!.referralId).map((group) => group.map(({ decision: _decision, ...row }) => row));
});

/** Each referral's requests to unit leaders, oldest first. */
export const delegationsByReferral = defineLoader<string, AppointmentDelegationNode[]>(async (ctx, referralIds) => {
  const rows = await ctx.db.appointmentDelegation.findMany({
    where: { referralId: { in: [...referralIds] } },
    orderBy: { requestedAt: 'asc' },
    select: DELEGATION_SELECT,
  });
  return groupBy(referralIds, rows, (row) => row.referralId);
});

const GRANTS_SELECT = {
  id: true,
  referralId: true,
  grantsCoordinator: true,
  grantsChildCoordinator: true,
  grantsIndividualPlan: true,
  decidedAt: true,
} as const;

type GrantRow = { id: string; referralId: string; grantsCoordinator: boolean; grantsChildCoordinator: boolean; grantsIndividualPlan: boolean; decidedAt: Date };

const toGrants = ({ id, referralId: _referralId, ...grants }: GrantRow): AppointmentGrants => ({ decisionId: id, ...grants });

/** The granting decision in force on each referral (null without one). */
export const grantsByReferral = defineLoader<string, AppointmentGrants | null>(async (ctx, referralIds) => {
  const rows = await ctx.db.decision.findMany({
    where: { referralId: { in: [...referralIds] }, supersededAt: null, outcome: 'GRANTED' },
    orderBy: { decidedAt: 'desc' },
    select: GRANTS_SELECT,
  });
  return oneBy(referralIds, [...rows].reverse(), (row) => row.referralId).map((row) => (row ? toGrants(row) : null));
});

/** Decisions' grants by decision id. */
export const grantsByDecision = defineLoader<string, AppointmentGrants | null>(async (ctx, decisionIds) => {
  const rows = await ctx.db.decision.findMany({ where: { id: { in: [...decisionIds] } }, select: GRANTS_SELECT });
  return oneBy(decisionIds, rows, (row) => row.id).map((row) => (row ? toGrants(row) : null));
});

/** Referral nodes by id. */
export const referralById = defineLoader<string, Referral | null>(async (ctx, ids) => {
  const rows = await ctx.db.referral.findMany({ where: { id: { in: [...ids] } }, select: REFERRAL_SELECT });
  return oneBy(ids, rows, (row) => row.id);
});

/** Each person's planned start-up meeting, the latest planned (null without one). */
export const startupMeetingByPerson = defineLoader<string, PlannedMeeting | null>(async (ctx, personIds) => {
  const rows = await ctx.db.meeting.findMany({
    where: { personId: { in: [...personIds] }, type: 'STARTUP', status: 'PLANNED' },
    orderBy: { startsAt: 'asc' },
    select: { id: true, personId: true, startsAt: true, location: true },
  });
  // oneBy keeps the last row per key: the latest.
  return oneBy(personIds, rows, (row) => row.personId).map((row) => (row ? { id: row.id, startsAt: row.startsAt, location: row.location } : null));
});

/** Each unit's leader (null without one). */
export const unitLeaderById = defineLoader<string, string | null>(async (ctx, ids) => {
  const rows = await ctx.db.unit.findMany({ where: { id: { in: [...ids] } }, select: { id: true, leaderId: true } });
  return oneBy(ids, rows, (row) => row.id).map((row) => row?.leaderId ?? null);
});

/** Each person's declines (change forms declining the coordinator or the plan), oldest first. */
export const declinesByPerson = defineLoader<string, DeclineForm[]>(async (ctx, personIds) => {
  const rows = await ctx.db.changeForm.findMany({
    where: { personId: { in: [...personIds] }, kind: { in: ['DECLINED_COORDINATOR', 'DECLINED_INDIVIDUAL_PLAN'] } },
    orderBy: { submittedAt: 'asc' },
    select: { ...DECLINE_FORM_SELECT, personId: true },
  });
  return groupBy(personIds, rows, (row) => row.personId).map((group) => group.map(({ personId: _personId, ...row }) => row));
});
