// The demo seed on a fresh database: every fact in personas.ts holds, the domain's rules hold,
// and two seeds on two fresh databases give the same names. In-memory PGlite by default; a
// throwaway PostgreSQL database when TEST_DATABASE=postgres.
import ICAL from 'ical.js';
import { checkNationalId, osloToday, osloTodayAsDate } from '@samhandling/shared';
import { loadConfig } from '../config/config';
import type { Database } from '../lib/db';
import { openTestDatabase } from '../test-support/test-server';
import { migrate } from '../lib/migrate';
import { DEMO_FACTS, DEMO_MUNICIPALITY, DEMO_PERSONS, DEMO_UNITS, DEMO_USERNAMES, NEW_CITIZEN } from './personas';
import { isSeeded, seedDemo, type SeedDemoResult } from './seed';
import { seedDemoMail } from './seed-mail';

jest.setTimeout(120_000);

let fresh: Awaited<ReturnType<typeof openTestDatabase>>;
let db: Database['prisma'];
let result: SeedDemoResult;
let seedMs: number;

const DAY_MS = 86_400_000;
const today = osloTodayAsDate();
const activeToday = { startDate: { lte: today }, OR: [{ endDate: null }, { endDate: { gte: today } }] };

const personNamed = (name: { firstName: string; lastName: string }) =>
  db.person.findFirstOrThrow({ where: { firstName: name.firstName, lastName: name.lastName } });
const userNamed = (username: string) => db.user.findUniqueOrThrow({ where: { username } });

beforeAll(async () => {
  fresh = await openTestDatabase();
  db = fresh.database.prisma;
  await migrate(fresh.database.sql);
  expect(await isSeeded(db)).toBe(false);
  const started = performance.now();
  result = await seedDemo(db);
  seedMs = performance.now() - started;
});

afterAll(async () => {
  await fresh?.database.close();
  await fresh?.drop();
});

describe('the demo municipality', () => {
  it('is seeded once, quickly, and reports its size', async () => {
    expect(await isSeeded(db)).toBe(true);
    const municipality = await db.municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } });
    expect(municipality.name).toBe(DEMO_MUNICIPALITY.name);
    expect(result.municipalityId).toBe(municipality.id);
    expect(result.persons).toBe(DEMO_FACTS.personCount);
    expect(result.users).toBe(DEMO_FACTS.staffUserCount + DEMO_FACTS.citizenUserCount);
    // A second call writes nothing and reports the same municipality.
    expect(await seedDemo(db)).toEqual(result);
    expect(await db.person.count()).toBe(DEMO_FACTS.personCount);
    // Generous bound; the seed takes well under a second on a warm PGlite.
    expect(seedMs).toBeLessThan(10_000);
  });

  it('puts every row in the municipality', async () => {
    const tables = [
      'ServiceArea', 'Unit', 'User', 'StaffUnit', 'Person', 'Relative', 'Referral', 'Decision',
      'CoordinatorAssignment', 'IndividualPlan', 'LifeAreaMapping', 'Goal', 'Measure', 'Evaluation', 'SubPlan',
      'PlanChecklistItem', 'PlanTransition',
      'Consent', 'ConsentRestriction', 'ResponsibilityGroup', 'GroupMember', 'Meeting', 'AgendaItem',
      'MeetingAttendance', 'ActionItem', 'ChangeForm', 'CompetenceRecord', 'GoalComment',
    ];
    for (const table of tables) {
      const rows = await fresh.database.sql.query<{ total: number; outside: number }>(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE "municipalityId" <> $1)::int AS outside FROM "${table}"`,
        [result.municipalityId],
      );
      expect({ table, outside: rows[0]?.outside }).toEqual({ table, outside: 0 });
      expect({ table, some: (rows[0]?.total ?? 0) > 0 }).toEqual({ table, some: true });
    }
  });

  it('has the units, each municipal unit with a leader who is a unit leader', async () => {
    expect(await db.serviceArea.count()).toBe(DEMO_FACTS.serviceAreaCount);
    const units = await db.unit.findMany({ include: { leader: true } });
    expect(units).toHaveLength(DEMO_FACTS.unitCount);
    expect(units.map((u) => u.name).sort()).toEqual(Object.values(DEMO_UNITS).sort());
    expect(new Set(units.map((u) => u.kind))).toEqual(
      new Set([
        'COORDINATING_UNIT', 'HOME_CARE', 'MENTAL_HEALTH', 'CHILD_HEALTH', 'SCHOOL', 'CHILD_WELFARE', 'NAV',
        'DISABILITY_SERVICES', 'PHYSIOTHERAPY', 'GP', 'HOSPITAL',
      ]),
    );
    for (const unit of units) {
      expect(unit.serviceAreaId).not.toBeNull();
      if (unit.kind === 'GP' || unit.kind === 'HOSPITAL') continue;
      expect({ unit: unit.name, leaderRoles: unit.leader?.roles.includes('UNIT_LEADER') }).toEqual({
        unit: unit.name,
        leaderRoles: true,
      });
    }
  });
});

describe('users', () => {
  it('has a user in every role and the demo accounts as described', async () => {
    const users = await db.user.findMany({ include: { units: { include: { unit: true } }, leads: true } });
    expect(users.filter((u) => u.kind === 'STAFF')).toHaveLength(DEMO_FACTS.staffUserCount);
    expect(users.filter((u) => u.kind === 'CITIZEN')).toHaveLength(DEMO_FACTS.citizenUserCount);
    for (const role of ['SYSTEM_COORDINATOR', 'UNIT_LEADER', 'COORDINATOR', 'SERVICE_PROVIDER', 'CITIZEN'] as const) {
      expect(users.some((u) => u.roles.includes(role))).toBe(true);
    }
    const byName = new Map(users.map((u) => [u.username, u]));
    for (const username of Object.values(DEMO_USERNAMES)) expect(byName.has(username)).toBe(true);
    for (const user of users) {
      if (user.kind === 'STAFF') {
        expect(user.username).toMatch(/^[a-z]+\.[a-z-]+$/);
        expect(user.units.length).toBeGreaterThan(0);
      }
    }

    const kari = byName.get(DEMO_USERNAMES.systemCoordinator)!;
    expect(kari.name).toBe('Kari Nordmann-Berg');
    expect(kari.roles).toEqual(['SYSTEM_COORDINATOR']);
    expect(kari.units.map((s) => s.unit.name)).toEqual([DEMO_UNITS.coordinatingUnit]);

    const ola = byName.get(DEMO_USERNAMES.unitLeader)!;
    expect(ola.name).toBe('Ola Fjeld');
    expect(ola.roles).toEqual(['UNIT_LEADER']);
    expect(ola.leads.map((u) => u.name)).toEqual([DEMO_UNITS.homeCare]);

    const nina = byName.get(DEMO_USERNAMES.leaderAndCoordinator)!;
    expect(nina.name).toBe('Nina Haugen');
    expect(nina.roles).toEqual(['UNIT_LEADER', 'COORDINATOR']);
    expect(nina.leads.map((u) => u.name)).toEqual([DEMO_UNITS.mentalHealth]);

    const ingrid = byName.get(DEMO_USERNAMES.coordinator)!;
    expect(ingrid.name).toBe('Ingrid Solberg');
    expect(ingrid.roles).toEqual(['COORDINATOR']);
    expect(ingrid.units.map((s) => s.unit.name)).toEqual([DEMO_UNITS.homeCare]);

    const jonas = byName.get(DEMO_USERNAMES.childCoordinator)!;
    expect(jonas.name).toBe('Jonas Lie');
    expect(jonas.units.map((s) => s.unit.name)).toEqual([DEMO_UNITS.childHealth]);

    const per = byName.get(DEMO_USERNAMES.gp)!;
    expect(per.name).toBe('Per Aasen');
    expect(per.roles).toEqual(['SERVICE_PROVIDER']);
    expect(per.employer).toBe('GP');

    const siri = byName.get(DEMO_USERNAMES.physio)!;
    expect(siri.name).toBe('Siri Vik');
    expect(siri.units.map((s) => s.unit.name)).toEqual([DEMO_UNITS.physio]);
  });

  it('gives Sofie her own user and Mona a guardian user for Emil and Maja', async () => {
    const sofieUser = await userNamed(DEMO_USERNAMES.citizen);
    const sofie = await personNamed(DEMO_PERSONS.citizen);
    expect(sofieUser.roles).toEqual(['CITIZEN']);
    expect(sofieUser.personId).toBe(sofie.id);

    const monaUser = await db.user.findUniqueOrThrow({
      where: { username: DEMO_USERNAMES.guardian },
      include: { guardianOf: { include: { person: true } } },
    });
    expect(monaUser.name).toBe(DEMO_FACTS.guardianName);
    expect(monaUser.personId).toBeNull();
    expect(monaUser.guardianOf.every((ward) => ward.isGuardian)).toBe(true);
    expect(monaUser.guardianOf.map((ward) => `${ward.person.firstName} ${ward.person.lastName}`).sort()).toEqual([
      DEMO_FACTS.guardianChildName,
      DEMO_FACTS.guardianSecondChildName,
    ]);
  });

  it('has Maja Dahl’s referral in assessment: no decision, coordinator or plan yet', async () => {
    const maja = await db.person.findFirstOrThrow({
      where: DEMO_PERSONS.guardianSecondChild,
      include: { referrals: true, decisions: true, coordinatorAssigns: true, plans: true },
    });
    expect(maja.referrals.map((r) => [r.status, r.sourceKind])).toEqual([['IN_ASSESSMENT', 'RELATIVE']]);
    expect(maja.decisions).toEqual([]);
    expect(maja.coordinatorAssigns).toEqual([]);
    expect(maja.plans).toEqual([]);
  });
});

describe('persons and the process', () => {
  it('has persons of every age with fictional national ids', async () => {
    const persons = await db.person.findMany();
    expect(persons.length).toBeGreaterThanOrEqual(30);
    expect(persons).toHaveLength(DEMO_FACTS.personCount);
    const ages = persons.filter((p) => p.dateOfBirth).map((p) => (today.getTime() - p.dateOfBirth!.getTime()) / (365.25 * DAY_MS));
    expect(ages.filter((a) => a < 18).length).toBeGreaterThanOrEqual(5);
    expect(ages.filter((a) => a >= 67).length).toBeGreaterThanOrEqual(5);
    for (const person of persons) {
      if (!person.dateOfBirth) {
        expect(person.nationalId).toBeNull();
        expect(person.expectedBirthDate).not.toBeNull();
        continue;
      }
      if (person.nationalId === NEW_CITIZEN.nationalId) {
        // The journey's person: a synthetic test number (month + 80), valid so the form takes it.
        expect(checkNationalId(person.nationalId, { today: osloToday(), dateOfBirth: NEW_CITIZEN.dateOfBirth })).toEqual({ valid: true, birthDate: NEW_CITIZEN.dateOfBirth });
        continue;
      }
      const dob = person.dateOfBirth;
      const ddmmyy = [dob.getUTCDate(), dob.getUTCMonth() + 1, dob.getUTCFullYear() % 100]
        .map((n) => String(n).padStart(2, '0'))
        .join('');
      expect(person.nationalId).toMatch(/^\d{6}9\d{4}$/);
      expect(person.nationalId!.slice(0, 6)).toBe(ddmmyy);
      // The first control digit never matches the mod-11 rule: the number cannot be real.
      const digits = person.nationalId!.split('').map(Number);
      const sum = [3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((acc, w, i) => acc + w * digits[i]!, 0);
      expect((11 - (sum % 11)) % 11).not.toBe(digits[9]);
    }
  });

  it('has referrals at every stage, from every kind of source', async () => {
    const referrals = await db.referral.findMany();
    expect(referrals).toHaveLength(DEMO_FACTS.referralCount);
    const byStatus: Record<string, number> = Object.fromEntries(Object.keys(DEMO_FACTS.referralsByStatus).map((status) => [status, 0]));
    for (const r of referrals) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    expect(byStatus).toEqual(DEMO_FACTS.referralsByStatus);
    const received = referrals.filter((r) => r.status === 'RECEIVED');
    expect(new Set(received.map((r) => r.sourceKind))).toEqual(new Set(DEMO_FACTS.receivedReferralSourceKinds));
    expect(new Set(received.map((r) => r.channel))).toEqual(new Set(['ORAL', 'WRITTEN', 'ELECTRONIC']));
    expect(received.some((r) => r.journalNumber === null)).toBe(true);
    expect(received.some((r) => r.homeVisitPlanned)).toBe(true);
    for (const r of referrals) {
      if (r.journalNumber) expect(r.journalNumber).toMatch(/^\d{4}\/\d{4}$/);
      if (r.status === 'DECIDED') expect(r.journalNumber).not.toBeNull();
      expect(r.receivedAt.getTime()).toBeLessThanOrEqual(Date.now() + DAY_MS);
    }
  });

  it('has granted and denied decisions by the system coordinator; denials give reasons and appeal information', async () => {
    const kari = await userNamed(DEMO_USERNAMES.systemCoordinator);
    const decisions = await db.decision.findMany({ include: { referral: true } });
    expect(decisions.filter((d) => d.outcome === 'GRANTED')).toHaveLength(DEMO_FACTS.decisionsByOutcome.GRANTED);
    expect(decisions.filter((d) => d.outcome === 'DENIED')).toHaveLength(DEMO_FACTS.decisionsByOutcome.DENIED);
    for (const d of decisions) {
      expect(d.decidedById).toBe(kari.id);
      // Decided, or closed after the person declined the coordinator.
      expect(['DECIDED', 'CLOSED']).toContain(d.referral.status);
      expect(d.decidedAt.getTime()).toBeGreaterThan(d.referral.receivedAt.getTime());
      if (d.outcome === 'DENIED') {
        expect(d.reasons?.length).toBeGreaterThan(50);
        expect(d.appealInformation).toMatch(/Statsforvalteren/);
        expect(d.appealInformation).toMatch(/tre uker/);
        expect(d.longTermNeed && d.coordinatedServices).toBe(false);
      }
    }
    const hans = await personNamed(DEMO_PERSONS.deniedShortTerm);
    expect(decisions.find((d) => d.personId === hans.id)?.longTermNeed).toBe(false);
    const marianne = await personNamed(DEMO_PERSONS.deniedSingleService);
    expect(decisions.find((d) => d.personId === marianne.id)?.coordinatedServices).toBe(false);
  });

  it('gives everyone with a coordinator, plan or group a referral and a granted decision', async () => {
    const persons = await db.person.findMany({
      include: { coordinatorAssigns: true, plans: true, groups: true, decisions: { include: { referral: true } } },
    });
    for (const p of persons) {
      if (p.coordinatorAssigns.length + p.plans.length + p.groups.length === 0) continue;
      const granted = p.decisions.filter((d) => d.outcome === 'GRANTED');
      expect({ person: p.lastName, granted: granted.length }).toEqual({ person: p.lastName, granted: 1 });
      for (const a of p.coordinatorAssigns) expect(a.decisionId).toBe(granted[0]?.id);
    }
  });

  it('has plans, groups and coordinators in the counts the facts name', async () => {
    for (const status of ['DRAFT', 'ACTIVE', 'CLOSED'] as const) {
      expect(await db.individualPlan.count({ where: { status } })).toBe(DEMO_FACTS.plansByStatus[status]);
    }
    expect(await db.responsibilityGroup.count({ where: { status: 'ACTIVE' } })).toBe(DEMO_FACTS.activeGroupCount);
    expect(await db.responsibilityGroup.count({ where: { status: 'CLOSED' } })).toBe(DEMO_FACTS.closedGroupCount);
    const active = await db.coordinatorAssignment.findMany({ where: activeToday, include: { coordinator: true } });
    expect(new Set(active.map((a) => a.personId)).size).toBe(DEMO_FACTS.personsWithActiveCoordinator);
    const caseload = (username: string) => new Set(active.filter((a) => a.coordinator.username === username).map((a) => a.personId)).size;
    expect(caseload(DEMO_USERNAMES.coordinator)).toBe(DEMO_FACTS.ingridCaseloadSize);
    expect(caseload(DEMO_USERNAMES.leaderAndCoordinator)).toBe(DEMO_FACTS.ninaCaseloadSize);
    expect(caseload(DEMO_USERNAMES.childCoordinator)).toBe(DEMO_FACTS.jonasCaseloadSize);
    expect(caseload(DEMO_USERNAMES.mentalHealthCoordinator)).toBe(DEMO_FACTS.larsCaseloadSize);
    expect(caseload(DEMO_USERNAMES.disabilityCoordinator)).toBe(DEMO_FACTS.marteCaseloadSize);
    expect(active.filter((a) => a.coordinator.username === DEMO_USERNAMES.childCoordinator).every((a) => a.isChildCoordinator)).toBe(true);

    // Ingrid's caseload spans the stages: active plan, draft, declined plan, no plan yet.
    const ingridPersons = active.filter((a) => a.coordinator.username === DEMO_USERNAMES.coordinator).map((a) => a.personId);
    const plans = await db.individualPlan.findMany({ where: { personId: { in: ingridPersons } } });
    expect(new Set(plans.map((p) => p.status))).toEqual(new Set(['ACTIVE', 'DRAFT']));
    expect(plans.length).toBeLessThan(ingridPersons.length);

    const memberOfActive = (username: string) =>
      db.groupMember.count({ where: { user: { username }, leftAt: null, group: { status: 'ACTIVE' } } });
    expect(await memberOfActive(DEMO_USERNAMES.gp)).toBe(DEMO_FACTS.perLegeActiveGroupCount);
    expect(await memberOfActive(DEMO_USERNAMES.physio)).toBe(DEMO_FACTS.siriFysioActiveGroupCount);
  });

  it('keeps the plan and group rules: active coordinator, written consent, periods', async () => {
    const plans = await db.individualPlan.findMany({ where: { status: { not: 'CLOSED' } } });
    for (const plan of plans) {
      expect(await db.coordinatorAssignment.count({ where: { personId: plan.personId, ...activeToday } })).toBeGreaterThan(0);
      if (plan.status === 'ACTIVE') {
        expect(plan.periodStart!.getTime()).toBeLessThanOrEqual(today.getTime());
        expect(plan.periodEnd!.getTime()).toBeGreaterThanOrEqual(today.getTime());
        expect(await db.goal.count({ where: { planId: plan.id } })).toBeGreaterThan(0);
        expect(await db.measure.count({ where: { planId: plan.id } })).toBeGreaterThan(0);
        expect(plan.whatIsImportant).toBeTruthy();
      }
    }
    const groups = await db.responsibilityGroup.findMany({ where: { status: 'ACTIVE' }, include: { consent: true, plan: true } });
    for (const group of groups) {
      expect(group.consent.scope).toBe('RESPONSIBILITY_GROUP');
      expect(group.consent.form).toBe('WRITTEN');
      expect(group.consent.withdrawnAt).toBeNull();
      expect(group.plan?.status).toBe('ACTIVE');
    }
    // Astrid Nilsen is ready for a group: a written group consent, an active coordinator, no group yet.
    const astrid = await db.person.findFirstOrThrow({ where: { firstName: 'Astrid', lastName: 'Nilsen' } });
    expect(await db.consent.count({ where: { personId: astrid.id, scope: 'RESPONSIBILITY_GROUP', form: 'WRITTEN', withdrawnAt: null } })).toBe(1);
    expect(await db.responsibilityGroup.count({ where: { personId: astrid.id } })).toBe(0);
  });
});

describe('the personas', () => {
  it('Sofie Berg: active plan with goals, measures, evaluation, sub-plan, group, meetings and consents', async () => {
    const sofie = await personNamed(DEMO_PERSONS.citizen);
    const ingrid = await userNamed(DEMO_USERNAMES.coordinator);
    const per = await userNamed(DEMO_USERNAMES.gp);
    const siri = await userNamed(DEMO_USERNAMES.physio);
    const assignment = await db.coordinatorAssignment.findFirstOrThrow({ where: { personId: sofie.id, ...activeToday } });
    expect(assignment.coordinatorId).toBe(ingrid.id);

    const plan = await db.individualPlan.findFirstOrThrow({
      where: { personId: sofie.id, status: 'ACTIVE' },
      include: { goals: true, measures: true, evaluations: { orderBy: { scheduledFor: 'asc' } }, subPlans: true, lifeAreas: true, checklist: true, transitions: true },
    });
    expect(plan.whatIsImportant).toMatch(/barnehagen/);
    expect(plan.lifeAreas.length).toBeGreaterThanOrEqual(5);
    expect(plan.goals.filter((g) => g.kind === 'LONG_TERM')).toHaveLength(DEMO_FACTS.sofieLongTermGoals);
    expect(plan.goals.filter((g) => g.kind === 'SHORT_TERM')).toHaveLength(DEMO_FACTS.sofieShortTermGoals);
    expect(plan.goals.filter((g) => g.kind === 'SHORT_TERM').every((g) => g.parentGoalId)).toBe(true);
    expect(plan.measures).toHaveLength(DEMO_FACTS.sofieMeasures);
    expect(plan.measures.some((m) => m.responsibleUserId === per.id)).toBe(true);
    expect(plan.measures.some((m) => m.responsibleUserId === siri.id)).toBe(true);
    expect(plan.measures.some((m) => m.responsibleUnitId)).toBe(true);
    expect(plan.measures.some((m) => m.responsibleText === 'Sofie selv')).toBe(true);
    // One evaluation held, by her coordinator, with all four questions answered; the next one scheduled.
    const [heldEvaluation, nextEvaluation] = plan.evaluations;
    expect(plan.evaluations).toHaveLength(2);
    expect(heldEvaluation).toMatchObject({ evaluatedById: ingrid.id, conclusion: expect.any(String) });
    expect([heldEvaluation!.goalsReached, heldEvaluation!.servicesWork, heldEvaluation!.wayOfWorking, heldEvaluation!.ownerExperience].every(Boolean)).toBe(true);
    expect(heldEvaluation!.heldAt).not.toBeNull();
    expect(nextEvaluation).toMatchObject({ heldAt: null, evaluatedById: null });
    expect(nextEvaluation!.scheduledFor.getTime()).toBeGreaterThan(today.getTime());
    // Sub-plans: one owned by a unit, the crisis plan by a named person.
    expect(plan.subPlans.map((s) => s.kind).sort()).toEqual(['CRISIS_PLAN', 'REHABILITATION_PLAN']);
    const crisis = plan.subPlans.find((s) => s.kind === 'CRISIS_PLAN')!;
    expect(crisis).toMatchObject({ ownerUnitId: null, ownerName: 'Per Aasen, fastlege', lifeArea: 'HEALTH' });
    // The adult checklist, partly ticked by the coordinator; NAV's services are about economy, which her consent keeps from the GP.
    expect(plan.checklist.map((c) => c.itemKey).sort()).toEqual(['adult.municipalServices', 'adult.navServices', 'adult.voluntaryWork']);
    expect(plan.checklist.every((c) => c.phase === 'ADULT' && c.checkedById === ingrid.id)).toBe(true);
    // A transition to work within the review window, not reviewed yet.
    expect(plan.transitions).toHaveLength(1);
    expect(plan.transitions[0]).toMatchObject({ kind: 'WORK', reviewedAt: null, reviewedById: null });
    const daysToTransition = (plan.transitions[0]!.date.getTime() - today.getTime()) / DAY_MS;
    expect(daysToTransition).toBeGreaterThan(0);
    expect(daysToTransition).toBeLessThanOrEqual(60);

    // The thread on the work trial: her suggestion, answered by Ingrid, and a newer comment waiting.
    const sofieUser = await userNamed(DEMO_USERNAMES.citizen);
    const trial = plan.goals.find((g) => g.description === DEMO_FACTS.sofieCommentGoal)!;
    const thread = await db.goalComment.findMany({ where: { goalId: trial.id }, orderBy: { createdAt: 'asc' } });
    expect(thread.map((c) => c.kind)).toEqual(DEMO_FACTS.sofieCommentThread);
    expect(thread.map((c) => c.authorId)).toEqual([sofieUser.id, ingrid.id, sofieUser.id]);
    expect(thread.every((c) => c.planId === plan.id && c.createdAt.getTime() < Date.now())).toBe(true);
    const [suggestion, answer, waiting] = thread;
    expect(suggestion!.answeredAt).toEqual(answer!.createdAt);
    expect(waiting!.answeredAt).toBeNull();
    expect(await db.goalComment.count({ where: { planId: plan.id } })).toBe(thread.length);

    const group = await db.responsibilityGroup.findFirstOrThrow({
      where: { personId: sofie.id, status: 'ACTIVE' },
      include: { members: { include: { relative: true } } },
    });
    const members = group.members;
    expect(members.map((m) => m.userId).filter(Boolean).sort()).toEqual([ingrid.id, per.id, siri.id].sort());
    expect(members.some((m) => m.isPerson)).toBe(true);
    expect(members.some((m) => m.relative?.name === 'Anders Vold')).toBe(true);

    const meetings = await db.meeting.findMany({
      where: { personId: sofie.id },
      include: { agendaItems: true, attendance: true, actionItems: true },
    });
    const byStatus: Record<string, number> = {};
    for (const m of meetings) byStatus[m.status] = (byStatus[m.status] ?? 0) + 1;
    expect(byStatus).toEqual(DEMO_FACTS.sofieMeetings);
    const held = meetings.find((m) => m.type === 'RESPONSIBILITY_GROUP' && m.status === 'HELD')!;
    expect(held.groupId).toBe(group.id);
    expect(held.agendaItems.every((a) => a.minutes)).toBe(true);
    expect(held.attendance.length).toBe(5);
    expect(held.attendance.some((a) => !a.present)).toBe(true);
    expect(held.actionItems.length).toBeGreaterThanOrEqual(3);
    expect(held.nextMeetingAt).not.toBeNull();
    const planned = meetings.find((m) => m.status === 'PLANNED' && m.type === 'RESPONSIBILITY_GROUP')!;
    expect(planned.startsAt.getTime()).toBeGreaterThan(Date.now());
    // Yesterday's cooperation meeting waits for its minutes.
    const unminuted = meetings.find((m) => m.status === 'PLANNED' && m.type === 'COOPERATION')!;
    expect(unminuted.startsAt.getTime()).toBeLessThan(Date.now());
    expect(unminuted.minutesFinalisedAt).toBeNull();

    const consents = await db.consent.findMany({ where: { personId: sofie.id }, include: { restrictions: true } });
    expect(consents.map((c) => c.scope).sort()).toEqual(['INDIVIDUAL_PLAN', 'INFORMATION_EXCHANGE', 'RESPONSIBILITY_GROUP']);
    expect(consents.every((c) => c.form === 'WRITTEN' && c.withdrawnAt === null)).toBe(true);
    const exchange = consents.find((c) => c.scope === 'INFORMATION_EXCHANGE')!;
    expect(exchange.restrictions).toHaveLength(1);
    expect(exchange.restrictions[0]?.kind).toBe('MATTER');
  });

  it('Emil Dahl: child coordinator, active plan, group with the GP and the school, consents from Mona', async () => {
    const emil = await personNamed(DEMO_PERSONS.guardianChild);
    const jonas = await userNamed(DEMO_USERNAMES.childCoordinator);
    const per = await userNamed(DEMO_USERNAMES.gp);
    const mona = await db.relative.findFirstOrThrow({ where: { personId: emil.id, user: { username: DEMO_USERNAMES.guardian } } });
    const age = (today.getTime() - emil.dateOfBirth!.getTime()) / (365.25 * DAY_MS);
    expect(Math.floor(age)).toBe(9);

    const assignment = await db.coordinatorAssignment.findFirstOrThrow({ where: { personId: emil.id, ...activeToday } });
    expect(assignment.coordinatorId).toBe(jonas.id);
    expect(assignment.isChildCoordinator).toBe(true);

    const plan = await db.individualPlan.findFirstOrThrow({
      where: { personId: emil.id, status: 'ACTIVE' },
      include: { goals: true, measures: true },
    });
    expect(plan.goals.length).toBeGreaterThan(0);
    expect(plan.measures.length).toBeGreaterThan(0);

    const group = await db.responsibilityGroup.findFirstOrThrow({
      where: { personId: emil.id, status: 'ACTIVE' },
      include: { members: { include: { user: { include: { units: { include: { unit: true } } } } } } },
    });
    expect(group.members.some((m) => m.userId === per.id)).toBe(true);
    expect(group.members.some((m) => m.user?.units.some((s) => s.unit.name === DEMO_UNITS.school))).toBe(true);
    expect(group.members.some((m) => m.relativeId === mona.id)).toBe(true);

    const consents = await db.consent.findMany({ where: { personId: emil.id }, include: { restrictions: { include: { unit: true } } } });
    expect(consents).toHaveLength(3);
    expect(consents.every((c) => c.givenByRelativeId === mona.id)).toBe(true);
    // The family's goal is withheld from the school alone.
    const family = plan.goals.find((goal) => goal.lifeArea === 'FAMILY_NETWORK')!;
    const restrictions = consents.flatMap((c) => c.restrictions);
    expect(restrictions.map((r) => [r.kind, r.goalId, r.unit?.name])).toEqual([['MATTER', family.id, DEMO_UNITS.school]]);
  });

  it(`${DEMO_FACTS.withdrawnExchangeConsentPersonName}: information exchange withdrawn while per.lege is in the group`, async () => {
    const person = await personNamed(DEMO_PERSONS.withdrawnExchangeConsent);
    const exchange = await db.consent.findFirstOrThrow({ where: { personId: person.id, scope: 'INFORMATION_EXCHANGE' } });
    expect(exchange.withdrawnAt).not.toBeNull();
    expect(exchange.withdrawnAt!.getTime()).toBeLessThan(Date.now());
    expect(exchange.withdrawnNote).toBeTruthy();
    const group = await db.responsibilityGroup.findFirstOrThrow({ where: { personId: person.id, status: 'ACTIVE' }, include: { members: { include: { user: true } } } });
    expect(group.members.some((m) => m.user?.username === DEMO_USERNAMES.gp)).toBe(true);
    expect(await db.individualPlan.count({ where: { personId: person.id, status: 'ACTIVE' } })).toBe(1);
  });

  it('Ragnhild Olsen: an oral consent to the plan, heard by her coordinator on a home visit', async () => {
    const person = await personNamed(DEMO_PERSONS.draftPlan);
    const consent = await db.consent.findFirstOrThrow({ where: { personId: person.id, scope: 'INDIVIDUAL_PLAN' }, include: { heardBy: true } });
    expect(consent.form).toBe('ORAL');
    expect(consent.heardBy?.username).toBe(DEMO_USERNAMES.coordinator);
    expect(consent.heardAt?.toISOString().slice(0, 10)).toBe(consent.givenAt.toISOString().slice(0, 10));
    // Every oral consent of the demo names who heard it.
    expect(await db.consent.count({ where: { form: 'ORAL', OR: [{ heardById: null }, { heardAt: null }] } })).toBe(0);
  });

  it('Kjell Andersen: the plan and its consents end within 30 days, so consentAlerts lists him', async () => {
    const person = await personNamed(DEMO_PERSONS.renewalDue);
    const consents = await db.consent.findMany({ where: { personId: person.id, withdrawnAt: null } });
    expect(consents.map((c) => c.scope).sort()).toEqual(['INDIVIDUAL_PLAN', 'INFORMATION_EXCHANGE', 'RESPONSIBILITY_GROUP']);
    const today = osloTodayAsDate();
    for (const consent of consents) {
      const daysLeft = (consent.periodEnd!.getTime() - today.getTime()) / 86_400_000;
      expect(daysLeft).toBeGreaterThanOrEqual(0);
      expect(daysLeft).toBeLessThanOrEqual(30);
    }
  });

  it(`${DEMO_FACTS.physioRestrictedPersonName}: consent restricted for Fysio- og ergoterapi while siri.fysio is in the group`, async () => {
    const person = await personNamed(DEMO_PERSONS.physioRestricted);
    const exchange = await db.consent.findFirstOrThrow({
      where: { personId: person.id, scope: 'INFORMATION_EXCHANGE' },
      include: { restrictions: { include: { unit: true } } },
    });
    expect(exchange.withdrawnAt).toBeNull();
    expect(exchange.restrictions).toHaveLength(1);
    expect(exchange.restrictions[0]?.kind).toBe('PROFESSIONAL_ENVIRONMENT');
    expect(exchange.restrictions[0]?.unit?.name).toBe(DEMO_UNITS.physio);
    const group = await db.responsibilityGroup.findFirstOrThrow({ where: { personId: person.id, status: 'ACTIVE' }, include: { members: { include: { user: true } } } });
    expect(group.members.some((m) => m.user?.username === DEMO_USERNAMES.physio)).toBe(true);
  });

  it(`${DEMO_FACTS.coordinatorChangePersonName}: overlapping coordinators and a change form`, async () => {
    const person = await personNamed(DEMO_PERSONS.coordinatorChange);
    const assignments = await db.coordinatorAssignment.findMany({
      where: { personId: person.id },
      include: { coordinator: true },
      orderBy: { startDate: 'asc' },
    });
    expect(assignments.map((a) => a.coordinator.username)).toEqual([DEMO_USERNAMES.mentalHealthCoordinator, DEMO_USERNAMES.coordinator]);
    const [from, to] = assignments;
    expect(from!.endDate!.getTime()).toBeGreaterThan(to!.startDate.getTime());
    expect(from!.endDate!.getTime()).toBeGreaterThan(today.getTime());
    const form = await db.changeForm.findFirstOrThrow({ where: { personId: person.id, kind: 'CHANGE_OF_COORDINATOR' } });
    expect(form.fromAssignmentId).toBe(from!.id);
    expect(form.toAssignmentId).toBe(to!.id);
    expect(form.registeredAt).toBeNull();
  });

  it('the unborn child has an expected birth date and a child coordinator', async () => {
    const person = await personNamed(DEMO_PERSONS.unborn);
    expect(`${person.firstName} ${person.lastName}`).toBe(DEMO_FACTS.unbornPersonName);
    expect(person.nationalId).toBeNull();
    expect(person.dateOfBirth).toBeNull();
    expect(person.expectedBirthDate!.getTime()).toBeGreaterThan(today.getTime());
    const assignment = await db.coordinatorAssignment.findFirstOrThrow({ where: { personId: person.id, ...activeToday }, include: { decision: true } });
    expect(assignment.isChildCoordinator).toBe(true);
    expect(assignment.decision?.grantsChildCoordinator).toBe(true);
    const referral = await db.referral.findFirstOrThrow({ where: { personId: person.id } });
    expect(referral.homeVisitPlanned).toBe(true);
  });

  it('has granted cases waiting for a coordinator: one left to the leader of Hjemmetjenesten, one for KE', async () => {
    const open = await db.appointmentDelegation.findMany({ where: { completedAt: null }, include: { unit: { include: { leader: true } }, person: true } });
    expect(open).toHaveLength(DEMO_FACTS.openDelegations);
    expect(open[0]!.unit.leader?.username).toBe(DEMO_USERNAMES.unitLeader);
    expect(open[0]!.person.firstName).toBe(DEMO_PERSONS.awaitingUnitLeader.firstName);
    for (const waiting of [DEMO_PERSONS.awaitingUnitLeader, DEMO_PERSONS.awaitingKe]) {
      const person = await personNamed(waiting);
      const decision = await db.decision.findFirstOrThrow({ where: { personId: person.id } });
      expect(decision.outcome).toBe('GRANTED');
      expect(await db.coordinatorAssignment.count({ where: { personId: person.id } })).toBe(0);
    }
    const mathilde = await db.referral.findFirstOrThrow({ where: { person: { firstName: DEMO_PERSONS.awaitingKe.firstName } } });
    expect(mathilde.wishedCoordinator).toBe('Jonas Lie');
  });

  it('closed plan, declined plan and declined coordinator are registered with change forms', async () => {
    const closed = await personNamed(DEMO_PERSONS.closedPlan);
    const plan = await db.individualPlan.findFirstOrThrow({ where: { personId: closed.id } });
    expect(plan.status).toBe('CLOSED');
    expect(plan.closedAt).not.toBeNull();
    expect(await db.changeForm.count({ where: { personId: closed.id, kind: 'CLOSING_INDIVIDUAL_PLAN', planId: plan.id } })).toBe(1);
    expect(await db.coordinatorAssignment.count({ where: { personId: closed.id, ...activeToday } })).toBe(0);

    const declinedPlan = await personNamed(DEMO_PERSONS.declinedPlan);
    expect(await db.changeForm.count({ where: { personId: declinedPlan.id, kind: 'DECLINED_INDIVIDUAL_PLAN' } })).toBe(1);
    expect(await db.individualPlan.count({ where: { personId: declinedPlan.id } })).toBe(0);
    expect(await db.coordinatorAssignment.count({ where: { personId: declinedPlan.id, ...activeToday } })).toBe(1);

    const declinedCoordinator = await personNamed(DEMO_PERSONS.declinedCoordinator);
    expect(await db.changeForm.count({ where: { personId: declinedCoordinator.id, kind: 'DECLINED_COORDINATOR' } })).toBe(1);
    expect(await db.coordinatorAssignment.count({ where: { personId: declinedCoordinator.id } })).toBe(0);
    const closedCase = await db.referral.findFirstOrThrow({ where: { personId: declinedCoordinator.id } });
    expect(closedCase.status).toBe('CLOSED');
    expect(closedCase.closedAt).not.toBeNull();

    const forms = await db.changeForm.findMany();
    const byKind: Record<string, number> = {};
    for (const f of forms) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    expect(byKind).toEqual(DEMO_FACTS.changeFormsByKind);
    expect(forms.filter((f) => f.registeredAt === null)).toHaveLength(DEMO_FACTS.unregisteredChangeForms);
  });

  it('has meetings with overdue agendas and competence records in and past the training window', async () => {
    const soon = new Date(Date.now() + 14 * DAY_MS);
    expect(
      await db.meeting.count({
        where: { type: 'RESPONSIBILITY_GROUP', status: 'PLANNED', agendaSentAt: null, startsAt: { gt: new Date(), lte: soon } },
      }),
    ).toBe(DEMO_FACTS.agendaOverdueGroupMeetings);

    const records = await db.competenceRecord.findMany();
    expect(records).toHaveLength(DEMO_FACTS.competenceRecordCount);
    expect(records.filter((r) => r.trainingGivenAt)).toHaveLength(DEMO_FACTS.competenceTrainingGiven);
    const sixMonthsAgo = new Date(today);
    sixMonthsAgo.setUTCMonth(sixMonthsAgo.getUTCMonth() - 6);
    expect(records.filter((r) => !r.trainingGivenAt && r.notifiedAt < sixMonthsAgo)).toHaveLength(DEMO_FACTS.competenceOverdue);
  });
});

describe('determinism', () => {
  it('gives the same names and texts on another fresh database', async () => {
    const other = await openTestDatabase();
    try {
      await migrate(other.database.sql);
      await seedDemo(other.database.prisma);
      const snapshot = async (p: Database['prisma']) => ({
        persons: (await p.person.findMany({ orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }] })).map(
          (x) => `${x.firstName} ${x.lastName} ${x.nationalId} ${x.dateOfBirth?.toISOString()}`,
        ),
        users: (await p.user.findMany({ orderBy: { username: 'asc' } })).map((x) => `${x.username} ${x.name} ${x.roles.join(',')}`),
        journal: (await p.referral.findMany({ orderBy: { receivedAt: 'asc' } })).map((x) => `${x.journalNumber} ${x.status}`),
        goals: (await p.goal.findMany({ orderBy: { description: 'asc' } })).map((x) => x.description),
        measures: (await p.measure.findMany({ orderBy: { description: 'asc' } })).map((x) => x.description),
      });
      expect(await snapshot(other.database.prisma)).toEqual(await snapshot(db));
    } finally {
      await other.database.close();
      await other.drop();
    }
  });
});

describe('the case: assessment and appeals', () => {
  it('has two referrals in assessment with an assessment begun, one complete with a proposal', async () => {
    const assessments = await db.assessment.findMany({ include: { referral: true, assessedBy: true } });
    expect(assessments).toHaveLength(2);
    for (const assessment of assessments) {
      expect(assessment.referral.status).toBe('IN_ASSESSMENT');
      expect(assessment.assessedBy.roles).toContain('SYSTEM_COORDINATOR');
    }
    const complete = assessments.filter((a) => a.longTermNeed !== null && a.coordinatedServices !== null && a.proposal !== null);
    expect(complete).toHaveLength(1);
  });

  it('has a granted decision whose appeal KE sent on to Statsforvalteren', async () => {
    const appeals = await db.appeal.findMany({ include: { decision: true } });
    expect(appeals).toHaveLength(1);
    const [appeal] = appeals;
    expect(appeal).toMatchObject({ outcome: 'SENT_TO_STATSFORVALTEREN', decision: { outcome: 'GRANTED', supersededAt: null } });
    expect(appeal!.outcomeDate).not.toBeNull();
    expect(appeal!.receivedAt.getTime()).toBeGreaterThanOrEqual(osloTodayAsDate(appeal!.decision.decidedAt).getTime());
    expect(appeal!.outcomeDate!.getTime()).toBeLessThanOrEqual(today.getTime());
  });
});

describe('the sent mail of the demo', () => {
  it("holds the invitations to the planned meetings, each with its calendar file, never naming the person in the subject", async () => {
    const count = await seedDemoMail(db, loadConfig({ PUBLIC_URL: 'https://samhandling.example' }));
    const planned = await db.meeting.findMany({
      where: { status: 'PLANNED', attendance: { some: {} } },
      select: { id: true, person: { select: { firstName: true, lastName: true } } },
    });
    const mails = await db.outboxMail.findMany({ where: { meetingId: { in: planned.map((m) => m.id) } } });
    expect(planned.length).toBeGreaterThan(0);
    expect(count).toBe(mails.length);
    expect(new Set(mails.map((m) => m.meetingId))).toEqual(new Set(planned.map((m) => m.id)));
    for (const mail of mails.filter((m) => m.kind === 'INVITATION')) {
      const person = planned.find((m) => m.id === mail.meetingId)!.person;
      expect(mail.subject).not.toContain(person.firstName);
      expect(mail.subject).not.toContain(person.lastName);
      const calendar = new ICAL.Component(ICAL.parse(mail.ics!));
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
      const event = calendar.getFirstSubcomponent('vevent')!;
      expect(event.getFirstPropertyValue('uid')).toBe(`${mail.meetingId}@samhandling`);
      expect(event.getAllProperties('attendee').map((a) => String(a.getFirstValue()).toLowerCase())).toContain(`mailto:${mail.toAddress.toLowerCase()}`);
    }
  });
});
