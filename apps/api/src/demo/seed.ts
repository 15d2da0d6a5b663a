// The demo seed: Fjordvik kommune (9998), a fictional municipality with staff in every role and
// 35 persons at every stage of the process. Dates are relative to `today`, so deadlines stay
// current; names and texts are fixed (no Math.random), so tests can rely on them (./personas.ts).
//
// The rows are built in memory first (./seed-builder.ts) and then inserted with one createMany
// per table, in dependency order, without interactive transactions. The database triggers check
// coordinator assignments against oslo_today() (the real date in Oslo), so `today` should be the
// real date (the default) or a date in the past; every active assignment starts at least 7 days before `today`, so a
// `today` more than a week in the future makes plans and groups fail those checks.
import type { PrismaClient } from '../generated/prisma/client';
import { buildAdults } from './seed-adults';
import { buildAppointment } from './seed-appointment';
import { DemoBuilder, type DemoRows } from './seed-builder';
import { buildChildren } from './seed-children';
import { buildCompetence, buildIntake } from './seed-intake';
import { buildOrganisation } from './seed-organisation';
import { DEMO_MUNICIPALITY } from './personas';

export interface SeedDemoOptions {
  /** The day the demo is "seen" from; defaults to now. */
  today?: Date;
}

export interface SeedDemoResult {
  municipalityId: string;
  users: number;
  persons: number;
}

/** Builds every demo row in memory (ids included). Exported for tests. */
export function buildDemoRows(today: Date = new Date()): DemoRows {
  const b = new DemoBuilder(today, DEMO_MUNICIPALITY.name, DEMO_MUNICIPALITY.number);
  buildOrganisation(b);
  buildAdults(b);
  buildChildren(b);
  buildIntake(b);
  buildCompetence(b);
  buildAppointment(b);
  linkPlanConsents(b.rows);
  addPlanParticipants(b.rows);
  return b.rows;
}

/** Who takes part in each open plan, as a plan started in the app has them: the person and their coordinators. */
function addPlanParticipants(rows: DemoRows): void {
  for (const plan of rows.plans) {
    if (plan.status === 'CLOSED') continue;
    const person = rows.persons.find((p) => p.id === plan.personId)!;
    rows.planParticipants.push({
      municipalityId: plan.municipalityId,
      planId: plan.id!,
      kind: 'PERSON',
      name: `${person.firstName} ${person.lastName}`,
      sortOrder: 0,
    });
    const coordinators = rows.assignments.filter((a) => a.personId === plan.personId && !a.endDate);
    coordinators.forEach((assignment, index) => {
      const user = rows.users.find((u) => u.id === assignment.coordinatorId)!;
      rows.planParticipants.push({
        municipalityId: plan.municipalityId,
        planId: plan.id!,
        kind: 'PROFESSIONAL',
        name: user.name,
        role: user.title ?? null,
        userId: user.id,
        unitId: assignment.unitId ?? null,
        phone: user.phone ?? null,
        email: user.email ?? null,
        sortOrder: index + 1,
      });
    });
  }
}

/** An open plan is active on the person's consent to it: the one in force for the plan's person. */
function linkPlanConsents(rows: DemoRows): void {
  for (const plan of rows.plans) {
    if (plan.status === 'DRAFT') continue;
    const consent = rows.consents.find((c) => c.personId === plan.personId && c.scope === 'INDIVIDUAL_PLAN' && (plan.status === 'CLOSED' || !c.withdrawnAt));
    plan.consentId = consent?.id ?? null;
  }
}

/** True when the demo municipality exists. */
export async function isSeeded(prisma: PrismaClient): Promise<boolean> {
  const found = await prisma.municipality.findUnique({
    where: { number: DEMO_MUNICIPALITY.number },
    select: { id: true },
  });
  return found !== null;
}

/**
 * Seeds the demo municipality. When it already exists, nothing is written and the existing
 * municipality's id and counts are returned.
 */
export async function seedDemo(prisma: PrismaClient, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const existing = await prisma.municipality.findUnique({
    where: { number: DEMO_MUNICIPALITY.number },
    select: { id: true },
  });
  if (existing) {
    const [users, persons] = await Promise.all([
      prisma.user.count({ where: { municipalityId: existing.id } }),
      prisma.person.count({ where: { municipalityId: existing.id } }),
    ]);
    return { municipalityId: existing.id, users, persons };
  }

  const rows = buildDemoRows(options.today ?? new Date());
  await insertDemoRows(prisma, rows);
  return { municipalityId: rows.municipality.id, users: rows.users.length, persons: rows.persons.length };
}

async function insertDemoRows(prisma: PrismaClient, rows: DemoRows): Promise<void> {
  await prisma.municipality.create({ data: rows.municipality });
  await prisma.serviceArea.createMany({ data: rows.serviceAreas });
  await prisma.person.createMany({ data: rows.persons });
  await prisma.user.createMany({ data: rows.users });
  await prisma.unit.createMany({ data: rows.units });
  await prisma.staffUnit.createMany({ data: rows.staffUnits });
  await prisma.relative.createMany({ data: rows.relatives });
  await prisma.referral.createMany({ data: rows.referrals });
  await prisma.journalCounter.createMany({ data: rows.journalCounters });
  await prisma.decision.createMany({ data: rows.decisions });
  await prisma.assessment.createMany({ data: rows.assessments });
  await prisma.appeal.createMany({ data: rows.appeals });
  await prisma.coordinatorAssignment.createMany({ data: rows.assignments });
  // Consents first: a plan names the consent it rests on.
  await prisma.consent.createMany({ data: rows.consents });
  await prisma.consentRestriction.createMany({ data: rows.restrictions });
  await prisma.individualPlan.createMany({ data: rows.plans });
  await prisma.lifeAreaMapping.createMany({ data: rows.lifeAreas });
  await prisma.planParticipant.createMany({ data: rows.planParticipants });
  // Long-term goals first: short-term goals point to them.
  await prisma.goal.createMany({ data: rows.goals.filter((g) => !g.parentGoalId) });
  await prisma.goal.createMany({ data: rows.goals.filter((g) => g.parentGoalId) });
  await prisma.measure.createMany({ data: rows.measures });
  await prisma.goalComment.createMany({ data: rows.goalComments });
  await prisma.evaluation.createMany({ data: rows.evaluations });
  await prisma.subPlan.createMany({ data: rows.subPlans });
  await prisma.planChecklistItem.createMany({ data: rows.checklistItems });
  await prisma.planTransition.createMany({ data: rows.transitions });
  await prisma.responsibilityGroup.createMany({ data: rows.groups });
  await prisma.groupMember.createMany({ data: rows.groupMembers });
  await prisma.meeting.createMany({ data: rows.meetings });
  await prisma.agendaItem.createMany({ data: rows.agendaItems });
  await prisma.meetingAttendance.createMany({ data: rows.attendances });
  await prisma.actionItem.createMany({ data: rows.actionItems });
  await prisma.changeForm.createMany({ data: rows.changeForms });
  await prisma.competenceRecord.createMany({ data: rows.competenceRecords });
  await prisma.appointmentDelegation.createMany({ data: rows.delegations });
}
