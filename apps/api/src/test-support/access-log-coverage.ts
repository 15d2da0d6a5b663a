// What every root GraphQL field and every HTTP route does with a person's data, for the access-log
// coverage test (modules/access-log/access-log-coverage.int.test.ts). One entry per field or route:
// - logs: it reads or writes a person's data and must log `action` for that person; the test
//   calls it as `as` with the variables `prepare` gives, and looks for the entry;
// - logsProvedIn: it logs, but is not called here; `test` is the test that proves it;
// - noPersonData: it gives or takes nothing of a person's (`reason` says why).
// A field or route missing here fails the test: a new one must say which it is.
import type { AccessLogAction } from '@samhandling/shared';
import { DEMO_PERSONS, DEMO_UNITS, DEMO_USERNAMES, type DemoUsername } from '../demo/personas';
import type { Db } from '../lib/db';
import { sentMailFixture } from './mail';
import { makePlanPerson, type CaseOptions } from './cases';
import { dayFromToday as day } from './dates';
import type { ApiClient } from './test-server';

/** What an entry's preparation may use: the database, signed-in demo users, fresh cases and plans. */
export interface Fixtures {
  prisma: Db;
  as(username: DemoUsername): Promise<ApiClient>;
  personId(person: { firstName: string; lastName: string }): Promise<string>;
  userId(username: DemoUsername): Promise<string>;
  unitId(name: string): Promise<string>;
  /** A new person with a decided case (makeCase). */
  newCase(options?: CaseOptions): Promise<{ personId: string; referralId: string; decisionId: string | null }>;
  /** A new person with a draft plan started by their coordinator Ingrid Solberg. */
  newPlan(): Promise<{ personId: string; planId: string }>;
  /** Runs a plan mutation as Ingrid and gives the plan's parts with their ids and versions. */
  editPlan(document: string, variables: Record<string, unknown>): Promise<PlanParts>;
}

type Item = { id: string; version: number };
export interface PlanParts {
  id: string;
  version: number;
  goals: Array<Item & { history: Array<{ id: string; entityVersion: number | null }> }>;
  measures: Item[];
  participants: Item[];
  evaluations: Item[];
  subPlans: Item[];
  transitions: Item[];
}

export const PLAN_PARTS = `id version goals { id version history { id entityVersion } } measures { id version }
  participants { id version } evaluations { id version } subPlans { id version } transitions { id version }`;

interface Call {
  variables?: Record<string, unknown>;
  /** The person the call is about; else `personFrom` finds them in the answer. */
  personId?: string;
}

export interface LogsEntry {
  kind: 'logs';
  action: AccessLogAction;
  as: DemoUsername;
  prepare?: (fx: Fixtures) => Promise<Call>;
  personFrom?: (data: any) => string;
}

export interface LoggingField extends LogsEntry {
  /** The operation, sent as it stands with the prepared variables. */
  document: string;
}

export interface LoggingRoute extends LogsEntry {
  /** The URL to GET, from the prepared variables. */
  url: (variables: Record<string, any>) => string;
}

export interface ProvedElsewhere {
  kind: 'logsProvedIn';
  action: AccessLogAction;
  /** The test (path from apps/api/src, and its name) that shows the entry is written. */
  test: string;
  reason: string;
}

export interface NoPersonData {
  kind: 'noPersonData';
  reason: string;
}

export type FieldCoverage = LoggingField | ProvedElsewhere | NoPersonData;
export type RouteCoverage = LoggingRoute | ProvedElsewhere | NoPersonData;

const ke = DEMO_USERNAMES.systemCoordinator;
const ingrid = DEMO_USERNAMES.coordinator;
const sofie = DEMO_USERNAMES.citizen;

const SOFIE = (fx: Fixtures) => fx.personId(DEMO_PERSONS.citizen);

const planMutation = (signature: string, call: string) => `mutation ${signature} { ${call} { ${PLAN_PARTS} } }`;

/** A fresh plan as Ingrid, with a goal and a measure under it. */
async function planWithGoal(fx: Fixtures) {
  const { personId, planId } = await fx.newPlan();
  const withGoal = await fx.editPlan(planMutation('($planId: ID!)', 'addGoal(planId: $planId, input: { kind: LONG_TERM, description: "Bo hjemme" })'), { planId });
  const goal = withGoal.goals[0]!;
  return { personId, planId, goal, plan: withGoal };
}

async function planWith(fx: Fixtures, part: Exclude<keyof Omit<PlanParts, 'id' | 'version'>, 'goals'>) {
  const { personId, planId, goal, plan: before } = await planWithGoal(fx);
  const add = {
    participants: ['($planId: ID!)', 'addParticipant(planId: $planId, input: { kind: PROFESSIONAL, name: "Per Aasen", role: "Fastlege" })'],
    subPlans: ['($planId: ID!)', 'addSubPlan(planId: $planId, input: { kind: CRISIS_PLAN, title: "Kriseplan", ownerName: "Psykisk helse" })'],
    transitions: ['($planId: ID!, $on: LocalDate!)', 'addTransition(planId: $planId, input: { kind: OWN_HOME, date: $on })'],
    evaluations: ['($planId: ID!, $on: LocalDate!)', 'scheduleEvaluation(planId: $planId, scheduledFor: $on)'],
    measures: ['($planId: ID!, $goalId: ID!)', 'addMeasure(planId: $planId, input: { goalId: $goalId, description: "Hjemmesykepleie", responsibleText: "Hjemmetjenesten" })'],
  }[part] as [string, string];
  const plan = await fx.editPlan(planMutation(...add), { planId, goalId: goal.id, on: day(30) });
  // The one just added (a new plan has the person among its participants already).
  return { personId, planId, item: plan[part].find((item) => !before[part].some((old) => old.id === item.id))! };
}

type ItemKind = 'Goal' | 'Measure' | 'Participant' | 'SubPlan' | 'Transition' | 'Evaluation';

/** Each kind of plan item: its remove mutation, its list on the plan, its table. */
const ITEMS: Record<ItemKind, { remove: string; part: keyof Omit<PlanParts, 'id' | 'version'>; model: string }> = {
  Goal: { remove: 'removeGoal', part: 'goals', model: 'goal' },
  Measure: { remove: 'removeMeasure', part: 'measures', model: 'measure' },
  Participant: { remove: 'removeParticipant', part: 'participants', model: 'planParticipant' },
  SubPlan: { remove: 'removeSubPlan', part: 'subPlans', model: 'subPlan' },
  Transition: { remove: 'removeTransition', part: 'transitions', model: 'planTransition' },
  Evaluation: { remove: 'removeEvaluation', part: 'evaluations', model: 'evaluation' },
};

/** A fresh plan item of the kind, for removing (or, with `removed`, removed already for restoring). */
async function itemOf(fx: Fixtures, kind: ItemKind, removed: boolean): Promise<Call> {
  const { remove, part, model } = ITEMS[kind];
  const { personId, item } = part === 'goals' ? await planWithGoal(fx).then((p) => ({ ...p, item: p.goal })) : await planWith(fx, part);
  if (!removed) return { personId, variables: { id: item.id, expectedVersion: item.version } };
  await fx.editPlan(planMutation('($id: ID!, $expectedVersion: Int!)', `${remove}(id: $id, expectedVersion: $expectedVersion)`), {
    id: item.id,
    expectedVersion: item.version,
  });
  // A removed item is not on the plan any more: its version is read from its table.
  const table = (fx.prisma as any)[model] as { findUniqueOrThrow(args: object): Promise<{ version: number }> };
  const { version } = await table.findUniqueOrThrow({ where: { id: item.id }, select: { version: true } });
  return { personId, variables: { id: item.id, expectedVersion: version } };
}

const removing = (kind: ItemKind): LoggingField => ({
  kind: 'logs',
  action: 'plan.edit',
  as: ingrid,
  document: planMutation('($id: ID!, $expectedVersion: Int!)', `${ITEMS[kind].remove}(id: $id, expectedVersion: $expectedVersion)`),
  prepare: (fx) => itemOf(fx, kind, false),
});

const restoring = (kind: ItemKind): LoggingField => ({
  kind: 'logs',
  action: 'plan.edit',
  as: ingrid,
  document: planMutation('($id: ID!, $expectedVersion: Int!)', `${ITEMS[kind].remove.replace('remove', 'restore')}(id: $id, expectedVersion: $expectedVersion)`),
  prepare: (fx) => itemOf(fx, kind, true),
});

/** A fresh plan's id for a mutation on the plan itself. */
const onFreshPlan = async (fx: Fixtures, extra: Record<string, unknown> = {}): Promise<Call> => {
  const { personId, planId } = await fx.newPlan();
  return { personId, variables: { planId, ...extra } };
};

const EVALUATION_ANSWERS = {
  goalsReached: 'Målet om å bo hjemme er nådd.',
  servicesWork: 'Hjemmesykepleien kommer til avtalt tid.',
  wayOfWorking: 'Korte møter fungerer.',
  ownerExperience: 'Personen føler seg trygg.',
  conclusion: 'Tjenestene trappes ned.',
};

/** A fresh person's cooperation meeting, planned by Ingrid, who is invited; with `held`, moved into the past with an agenda item. */
async function freshMeeting(fx: Fixtures, options: { held?: boolean } = {}) {
  const { personId } = await fx.newPlan();
  const ingridId = await fx.userId(ingrid);
  const client = await fx.as(ingrid);
  const { planMeeting } = await client.data<{ planMeeting: { id: string; version: number } }>(
    'mutation ($input: MeetingInput!) { planMeeting(input: $input) { id version } }',
    { input: { personId, type: 'COOPERATION', startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), location: 'Rådhuset', invitees: [{ userId: ingridId }] } },
  );
  if (!options.held) return { personId, meetingId: planMeeting.id, version: planMeeting.version };
  const { setAgenda } = await client.data<{ setAgenda: { version: number } }>(
    'mutation ($id: ID!, $version: Int!) { setAgenda(meetingId: $id, version: $version, items: [{ title: "Oppstart" }], setWithPerson: true) { version } }',
    { id: planMeeting.id, version: planMeeting.version },
  );
  await fx.prisma.meeting.update({ where: { id: planMeeting.id }, data: { startsAt: new Date(Date.now() - 86_400_000) } });
  return { personId, meetingId: planMeeting.id, version: setAgenda.version };
}

/** A held meeting with complete minutes, ready to finalise. */
async function minutedMeeting(fx: Fixtures) {
  const { personId, meetingId, version } = await freshMeeting(fx, { held: true });
  const client = await fx.as(ingrid);
  const { meeting } = await client.data<{ meeting: { invitees: Array<{ id: string }>; agenda: Array<{ id: string }> } }>(
    'query ($id: ID!) { meeting(id: $id) { invitees { id } agenda { id } } }',
    { id: meetingId },
  );
  const { saveMinutes } = await client.data<{ saveMinutes: { version: number } }>(
    'mutation ($id: ID!, $version: Int!, $input: MinutesInput!) { saveMinutes(meetingId: $id, version: $version, input: $input) { version } }',
    {
      id: meetingId,
      version,
      input: {
        attendance: meeting.invitees.map((i) => ({ inviteeId: i.id, present: true })),
        items: meeting.agenda.map((item) => ({ agendaItemId: item.id, notes: 'Notat', conclusion: 'Konklusjon' })),
        nextMeetingAt: new Date(Date.now() + 60 * 86_400_000).toISOString(),
        nextMeetingTopic: 'Evaluering',
        distribution: 'Deltakerne',
      },
    },
  );
  return { personId, meetingId, version: saveMinutes.version };
}

/** A held meeting with an action item of Ingrid's. */
async function meetingWithActionItem(fx: Fixtures) {
  const { personId, meetingId, version } = await freshMeeting(fx, { held: true });
  const { addActionItem } = await (await fx.as(ingrid)).data<{ addActionItem: { version: number; actionItems: Array<{ id: string; version: number }> } }>(
    'mutation ($id: ID!, $version: Int!, $userId: ID!) { addActionItem(meetingId: $id, version: $version, input: { description: "Ringe NAV", responsibleUserId: $userId }) { version actionItems { id version } } }',
    { id: meetingId, version, userId: await fx.userId(ingrid) },
  );
  return { personId, meetingId, version: addActionItem.version, actionItem: addActionItem.actionItems[0]! };
}

const meetingWrite = (action: 'meeting.manage' | 'meeting.minutes', document: string, prepare: (fx: Fixtures) => Promise<Call>): LoggingField => ({
  kind: 'logs',
  action,
  as: ingrid,
  document,
  prepare,
});

const onFreshMeeting = (extra: Record<string, unknown> = {}, options: { held?: boolean } = {}) => async (fx: Fixtures): Promise<Call> => {
  const { personId, meetingId, version } = await freshMeeting(fx, options);
  return { personId, variables: { id: meetingId, version, ...extra } };
};

const SOFIE_MEETING = async (fx: Fixtures) =>
  (await fx.prisma.meeting.findFirstOrThrow({ where: { personId: await SOFIE(fx), status: 'PLANNED', type: 'RESPONSIBILITY_GROUP' }, select: { id: true } })).id;
/** A fresh person of Ingrid's with a written group consent and a group she established, with its GP member. */
async function freshGroup(fx: Fixtures) {
  const { personId } = await fx.newPlan();
  const { municipalityId } = await fx.prisma.person.findUniqueOrThrow({ where: { id: personId }, select: { municipalityId: true } });
  await fx.prisma.consent.create({
    data: {
      municipalityId,
      personId,
      scope: 'RESPONSIBILITY_GROUP',
      form: 'WRITTEN',
      givenAt: new Date(),
      informedOfComposition: true,
      informedOfWayOfWorking: true,
      informedOfInformationExchange: true,
    },
  });
  const client = await fx.as(ingrid);
  const { establishGroup } = await client.data<{ establishGroup: { id: string } }>(
    'mutation ($personId: ID!) { establishGroup(input: { personId: $personId, wishedByPerson: true }) { id } }',
    { personId },
  );
  const { addGroupMember } = await client.data<{ addGroupMember: { version: number; members: Array<{ id: string; userId: string | null }> } }>(
    'mutation ($id: ID!, $input: GroupMemberInput!) { addGroupMember(groupId: $id, version: 1, input: $input) { version members { id userId } } }',
    { id: establishGroup.id, input: { userId: await fx.userId(DEMO_USERNAMES.gp), roleInGroup: 'Fastlege', organisation: 'Fjordvik legesenter' } },
  );
  const gpId = await fx.userId(DEMO_USERNAMES.gp);
  return { personId, groupId: establishGroup.id, version: addGroupMember.version, gpMemberId: addGroupMember.members.find((m) => m.userId === gpId)!.id };
}

const GROUP_ID = 'id version';

export const ROOT_FIELDS: Record<string, FieldCoverage> = {
  // --- Queries
  'Query.accessLog': {
    kind: 'logs',
    action: 'accessLog.read',
    as: ke,
    document: 'query ($personId: ID!) { accessLog(personId: $personId) { totalCount } }',
    prepare: async (fx) => ({ personId: await SOFIE(fx), variables: { personId: await SOFIE(fx) } }),
  },
  'Query.actingFor': {
    kind: 'logs',
    action: 'person.read',
    as: sofie,
    document: 'query { actingFor { id name } }',
    prepare: async (fx) => ({ personId: await SOFIE(fx) }),
  },
  'Query.consents': {
    kind: 'logs',
    action: 'consent.list',
    as: ke,
    document: 'query ($personId: ID!) { consents(personId: $personId) { id scope } }',
    prepare: async (fx) => ({ personId: await SOFIE(fx), variables: { personId: await SOFIE(fx) } }),
  },
  'Query.consentSubject': {
    kind: 'logs',
    action: 'consent.subject',
    as: ke,
    document: 'query ($personId: ID!) { consentSubject(personId: $personId) { person { id } guardians { id } } }',
    prepare: async (fx) => ({ personId: await SOFIE(fx), variables: { personId: await SOFIE(fx) } }),
  },
  'Query.consentAlerts': {
    kind: 'logs',
    action: 'consent.alerts',
    as: ingrid,
    document: 'query { consentAlerts { kind person { id } } }',
    // A draft plan without the person's consent is an alert.
    prepare: async (fx) => ({ personId: (await fx.newPlan()).personId }),
  },
  'Query.coordinatorCandidates': {
    kind: 'logs',
    action: 'appointment.candidates',
    as: ke,
    document: 'query ($referralId: ID!) { coordinatorCandidates(referralId: $referralId) { id name } }',
    prepare: async (fx) => {
      const { personId, referralId } = await fx.newCase();
      return { personId, variables: { referralId } };
    },
  },
  'Query.keOverview': { kind: 'noPersonData', reason: "counts from KE's registers, no person named" },
  'Query.meetings': {
    kind: 'logs',
    action: 'meeting.read',
    as: ingrid,
    document: 'query ($personId: ID!) { meetings(personId: $personId) { upcoming { id agenda { id } } past { id } } }',
    prepare: async (fx) => ({ personId: await SOFIE(fx), variables: { personId: await SOFIE(fx) } }),
  },
  'Query.meeting': {
    kind: 'logs',
    action: 'meeting.read',
    as: ingrid,
    document: 'query ($id: ID!) { meeting(id: $id) { id agenda { id } invitees { id } } }',
    prepare: async (fx) => ({ personId: await SOFIE(fx), variables: { id: await SOFIE_MEETING(fx) } }),
  },
  'Query.myTasks': {
    kind: 'logs',
    action: 'actionItem.mine',
    // The GP has an open task from Sofie's last minutes.
    as: DEMO_USERNAMES.gp,
    document: 'query { myTasks { id person { id } } }',
    prepare: async (fx) => ({ personId: await SOFIE(fx) }),
  },
  'Query.toLeadersItems': {
    kind: 'logs',
    action: 'meeting.toLeaders',
    as: ingrid,
    document: 'query { toLeadersItems { agendaItemId person { id } } }',
    prepare: async (fx) => ({ personId: await SOFIE(fx) }),
  },
  'Query.meetingCounts': { kind: 'noPersonData', reason: 'numbers of meetings held per coordinator, year and kind; no person named' },
  'Query.me': { kind: 'noPersonData', reason: "the signed-in user's own account and roles" },
  'Query.myAppointmentRequests': {
    kind: 'logs',
    action: 'appointment.requests',
    as: DEMO_USERNAMES.unitLeader,
    document: 'query { myAppointmentRequests { id person { name } } }',
    prepare: async (fx) => ({ personId: await fx.personId(DEMO_PERSONS.awaitingUnitLeader) }),
  },
  'Query.myCaseload': {
    kind: 'logs',
    action: 'caseload.read',
    as: ingrid,
    document: 'query { myCaseload { assignmentId person { name } } }',
    prepare: async (fx) => ({ personId: await SOFIE(fx) }),
  },
  'Query.myParticipation': {
    kind: 'logs',
    action: 'participation.read',
    as: DEMO_USERNAMES.gp,
    document: 'query { myParticipation { groupId person { name } } }',
    prepare: async (fx) => ({ personId: await fx.personId(DEMO_PERSONS.renewalDue) }),
  },
  'Query.mySubmittedReferrals': {
    kind: 'logs',
    action: 'referral.listOwn',
    as: DEMO_USERNAMES.hospitalNurse,
    document: 'query { mySubmittedReferrals { id person { id name } } }',
    prepare: async (fx) => {
      const nurse = await fx.as(DEMO_USERNAMES.hospitalNurse);
      const { createReferral } = await nurse.data(
        'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { person { id } } }',
        {
          input: {
            newPerson: { firstName: 'Innsendt', lastName: 'Dekningsen', dateOfBirth: '1961-06-07' },
            sourceKind: 'HOSPITAL',
            sourceName: 'Camilla Ås',
            channel: 'ELECTRONIC',
            requested: 'COORDINATOR',
            needDescription: 'Utskrives snart og trenger koordinerte tjenester.',
            consentToRefer: true,
            consentForm: 'WRITTEN',
          },
        },
      );
      return { personId: createReferral.person.id };
    },
  },
  'Query.myUnits': {
    kind: 'logsProvedIn',
    action: 'unit.assignments',
    test: "modules/change-form/change-form.int.test.ts: lets the unit leader see the unit's assignments to report on",
    reason: "the leader's units in numbers and training needs; only their assignments field names persons, and it logs them",
  },
  'Query.changeFormSubject': {
    kind: 'logs',
    action: 'changeForm.subject',
    as: ingrid,
    document: 'query ($personId: ID!) { changeFormSubject(personId: $personId) { openPlanId forms { id } } }',
    prepare: async (fx) => {
      const { personId } = await fx.newPlan();
      return { personId, variables: { personId } };
    },
  },
  'Query.person': {
    kind: 'logs',
    action: 'person.read',
    as: ingrid,
    document: 'query ($personId: ID!) { person(personId: $personId) { name planState } }',
    prepare: async (fx) => ({ personId: await SOFIE(fx), variables: { personId: await SOFIE(fx) } }),
  },
  'Query.personSearch': {
    kind: 'logs',
    action: 'person.search',
    as: ke,
    document: 'query ($query: String) { personSearch(query: $query) { id name } }',
    prepare: async (fx) => ({ personId: await SOFIE(fx), variables: { query: 'Sofie Berg' } }),
  },
  'Query.plan': {
    kind: 'logs',
    action: 'plan.read',
    as: ingrid,
    document: 'query ($personId: ID!) { plan(personId: $personId) { id } }',
    prepare: async (fx) => ({ personId: await SOFIE(fx), variables: { personId: await SOFIE(fx) } }),
  },
  'Query.referral': {
    kind: 'logs',
    action: 'referral.read',
    as: ke,
    document: 'query ($id: ID!) { referral(id: $id) { id person { name } } }',
    prepare: async (fx) => {
      const { personId, referralId } = await fx.newCase();
      return { personId, variables: { id: referralId } };
    },
  },
  'Query.referralCounts': { kind: 'noPersonData', reason: 'the number of referrals in each status' },
  'Query.referrals': {
    kind: 'logs',
    action: 'referral.list',
    as: ke,
    document: 'query { referrals(first: 5) { nodes { id person { id name } } } }',
    personFrom: (data) => data.referrals.nodes[0].person.id,
  },
  'Query.units': { kind: 'noPersonData', reason: "the municipality's units by name" },
  'Query.staffAccessLog': {
    kind: 'logs',
    action: 'accessLog.staffAudit',
    as: ke,
    document: 'query ($userId: ID!) { staffAccessLog(userId: $userId, first: 1) { entries { personId } } }',
    prepare: async (fx) => {
      const personId = await SOFIE(fx);
      await (await fx.as(ingrid)).data('query ($personId: ID!) { plan(personId: $personId) { id } }', { personId });
      return { personId, variables: { userId: await fx.userId(ingrid) } };
    },
  },
  'Query.group': {
    kind: 'logs',
    action: 'group.read',
    as: sofie,
    document: 'query ($personId: ID!) { group(personId: $personId) { group { id members { name } } } }',
    prepare: async (fx) => ({ personId: await SOFIE(fx), variables: { personId: await SOFIE(fx) } }),
  },
  'Query.groupReviewsDue': {
    kind: 'logs',
    action: 'group.reviewsDue',
    as: ingrid,
    document: 'query { groupReviewsDue { groupId person { id } } }',
    // Established 13 months ago: the yearly need review is overdue.
    prepare: async (fx) => {
      const { personId, groupId } = await freshGroup(fx);
      await fx.prisma.responsibilityGroup.update({ where: { id: groupId }, data: { establishedAt: new Date(`${day(-396)}T00:00:00.000Z`) } });
      return { personId };
    },
  },
  'Query.groupMemberCandidates': {
    kind: 'logs',
    action: 'group.manage',
    as: ingrid,
    document: 'query ($personId: ID!) { groupMemberCandidates(personId: $personId) { name } }',
    prepare: async (fx) => ({ personId: await SOFIE(fx), variables: { personId: await SOFIE(fx) } }),
  },
  'Mutation.establishGroup': {
    kind: 'logs',
    action: 'group.manage',
    as: ingrid,
    document: 'mutation ($personId: ID!) { establishGroup(input: { personId: $personId, wishedByPerson: true }) { id } }',
    prepare: async (fx) => {
      const { personId } = await freshGroup(fx);
      // Closed straight in the table: the person may have a new group.
      await fx.prisma.responsibilityGroup.updateMany({ where: { personId }, data: { status: 'CLOSED', closedAt: new Date() } });
      return { personId, variables: { personId } };
    },
  },
  'Mutation.addGroupMember': {
    kind: 'logs',
    action: 'group.manage',
    as: ingrid,
    document: `mutation ($id: ID!, $v: Int!) { addGroupMember(groupId: $id, version: $v, input: { externalName: "Inger Dale", roleInGroup: "Kontaktperson", organisation: "Fjordvik dagsenter" }) { ${GROUP_ID} } }`,
    prepare: async (fx) => {
      const { personId, groupId, version } = await freshGroup(fx);
      return { personId, variables: { id: groupId, v: version } };
    },
  },
  'Mutation.updateGroupMember': {
    kind: 'logs',
    action: 'group.manage',
    as: ingrid,
    document: `mutation ($id: ID!, $v: Int!) { updateGroupMember(memberId: $id, version: $v, input: { roleInGroup: "Fastlege og medisinsk ansvarlig" }) { ${GROUP_ID} } }`,
    prepare: async (fx) => {
      const { personId, gpMemberId, version } = await freshGroup(fx);
      return { personId, variables: { id: gpMemberId, v: version } };
    },
  },
  'Mutation.removeGroupMember': {
    kind: 'logs',
    action: 'group.manage',
    as: ingrid,
    document: `mutation ($id: ID!, $v: Int!) { removeGroupMember(memberId: $id, version: $v) { ${GROUP_ID} } }`,
    prepare: async (fx) => {
      const { personId, gpMemberId, version } = await freshGroup(fx);
      return { personId, variables: { id: gpMemberId, v: version } };
    },
  },
  'Mutation.recordCompositionReview': {
    kind: 'logs',
    action: 'group.manage',
    as: ingrid,
    document: `mutation ($id: ID!, $v: Int!) { recordCompositionReview(groupId: $id, version: $v) { ${GROUP_ID} } }`,
    prepare: async (fx) => {
      const { personId, groupId, version } = await freshGroup(fx);
      return { personId, variables: { id: groupId, v: version } };
    },
  },
  'Mutation.recordNeedReview': {
    kind: 'logs',
    action: 'group.manage',
    as: ingrid,
    document: `mutation ($id: ID!, $v: Int!) { recordNeedReview(groupId: $id, version: $v, stillNeeded: true) { ${GROUP_ID} } }`,
    prepare: async (fx) => {
      const { personId, groupId, version } = await freshGroup(fx);
      return { personId, variables: { id: groupId, v: version } };
    },
  },
  'Query.sentMail': {
    kind: 'logs',
    action: 'mail.sent',
    as: ke,
    document: 'query { sentMail(first: 1) { entries { id subject } } }',
    prepare: async (fx) => {
      const { personId } = await sentMailFixture(fx.prisma, { personId: await SOFIE(fx), createdById: await fx.userId(ingrid) });
      return { personId };
    },
  },
  'Query.staffMembers': { kind: 'noPersonData', reason: "the municipality's staff (names, roles, units): about staff, not persons" },
  'Query.unregisteredChangeForms': {
    kind: 'logs',
    action: 'changeForm.unregistered',
    as: ke,
    document: 'query { unregisteredChangeForms { id person { id name } } }',
    personFrom: (data) => data.unregisteredChangeForms[0].person.id,
  },

  // --- Subscriptions
  'Subscription.planChanged': {
    kind: 'noPersonData',
    reason: 'an event names only the changed record (kind, id, version), never its content; the client then reads the plan through Query.plan, which logs plan.read',
  },

  // --- Mutations: the session
  'Mutation.planMeeting': {
    kind: 'logs',
    action: 'meeting.manage',
    as: ingrid,
    document: 'mutation ($input: MeetingInput!) { planMeeting(input: $input) { id } }',
    prepare: async (fx) => {
      const { personId } = await fx.newPlan();
      return { personId, variables: { input: { personId, type: 'COOPERATION', startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(), invitees: [{ userId: await fx.userId(ingrid) }] } } };
    },
  },
  'Mutation.updateMeeting': meetingWrite('meeting.manage', 'mutation ($id: ID!, $version: Int!) { updateMeeting(meetingId: $id, version: $version, input: { location: "Helsehuset" }) { id } }', onFreshMeeting()),
  'Mutation.cancelMeeting': meetingWrite('meeting.manage', 'mutation ($id: ID!, $version: Int!) { cancelMeeting(meetingId: $id, version: $version, reason: "Syk") { id } }', onFreshMeeting()),
  'Mutation.setAgenda': meetingWrite(
    'meeting.manage',
    'mutation ($id: ID!, $version: Int!) { setAgenda(meetingId: $id, version: $version, items: [{ title: "Oppstart" }], setWithPerson: true) { id } }',
    onFreshMeeting(),
  ),
  'Mutation.buildAgendaFromPlan': meetingWrite('meeting.manage', 'mutation ($id: ID!, $version: Int!) { buildAgendaFromPlan(meetingId: $id, version: $version) { id } }', onFreshMeeting()),
  'Mutation.sendAgenda': meetingWrite('meeting.manage', 'mutation ($id: ID!, $version: Int!) { sendAgenda(meetingId: $id, version: $version) { id } }', async (fx) => {
    const { personId, meetingId, version } = await freshMeeting(fx);
    const { setAgenda } = await (await fx.as(ingrid)).data<{ setAgenda: { version: number } }>(
      'mutation ($id: ID!, $version: Int!) { setAgenda(meetingId: $id, version: $version, items: [{ title: "Oppstart" }], setWithPerson: true) { version } }',
      { id: meetingId, version },
    );
    return { personId, variables: { id: meetingId, version: setAgenda.version } };
  }),
  'Mutation.answerInvitation': {
    kind: 'logs',
    action: 'meeting.answer',
    as: ingrid,
    document: 'mutation ($id: ID!) { answerInvitation(meetingId: $id, answer: TENTATIVE) { myAnswer } }',
    prepare: onFreshMeeting(),
  },
  'Mutation.saveMinutes': meetingWrite(
    'meeting.minutes',
    'mutation ($id: ID!, $version: Int!) { saveMinutes(meetingId: $id, version: $version, input: { distribution: "Deltakerne" }) { id } }',
    onFreshMeeting({}, { held: true }),
  ),
  'Mutation.addActionItem': meetingWrite(
    'meeting.minutes',
    'mutation ($id: ID!, $version: Int!) { addActionItem(meetingId: $id, version: $version, input: { description: "Ringe NAV", responsibleText: "Personen" }) { id } }',
    onFreshMeeting({}, { held: true }),
  ),
  'Mutation.removeActionItem': meetingWrite('meeting.minutes', 'mutation ($id: ID!, $version: Int!) { removeActionItem(actionItemId: $id, version: $version) { id } }', async (fx) => {
    const { personId, version, actionItem } = await meetingWithActionItem(fx);
    return { personId, variables: { id: actionItem.id, version } };
  }),
  'Mutation.finaliseMinutes': meetingWrite('meeting.manage', 'mutation ($id: ID!, $version: Int!) { finaliseMinutes(meetingId: $id, version: $version) { id } }', async (fx) => {
    const { personId, meetingId, version } = await minutedMeeting(fx);
    return { personId, variables: { id: meetingId, version } };
  }),
  'Mutation.markActionItemDone': {
    kind: 'logs',
    action: 'actionItem.mine',
    as: ingrid,
    document: 'mutation ($id: ID!, $version: Int!) { markActionItemDone(actionItemId: $id, version: $version, done: true) { id doneAt } }',
    prepare: async (fx) => {
      const { personId, actionItem } = await meetingWithActionItem(fx);
      return { personId, variables: { id: actionItem.id, version: actionItem.version } };
    },
  },
  'Mutation.switchRole': { kind: 'noPersonData', reason: "the signed-in user's own session" },

  // --- Mutations: the case, from referral to appointed coordinator
  'Mutation.createReferral': {
    kind: 'logs',
    action: 'referral.create',
    as: ke,
    document: 'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
    prepare: async (fx) => {
      const { personId } = await fx.newCase({ grants: 'denied' });
      const input = {
        personId,
        sourceKind: 'PERSON',
        sourceName: 'Personen selv',
        channel: 'WRITTEN',
        requested: 'COORDINATOR',
        needDescription: 'Trenger hjelp til å samordne tjenestene.',
        consentToRefer: true,
        consentForm: 'WRITTEN',
      };
      return { personId, variables: { input } };
    },
  },
  'Mutation.saveAssessment': {
    kind: 'logs',
    action: 'assessment.save',
    as: ke,
    document: 'mutation ($referralId: ID!) { saveAssessment(referralId: $referralId, input: { longTermNeed: true }) { id } }',
    prepare: async (fx) => {
      const { personId, referralId } = await fx.newCase({ grants: 'none' });
      return { personId, variables: { referralId } };
    },
  },
  'Mutation.makeDecision': {
    kind: 'logs',
    action: 'decision.make',
    as: ke,
    document: 'mutation ($referralId: ID!) { makeDecision(referralId: $referralId, input: { outcome: GRANTED, grantsCoordinator: true, grantsIndividualPlan: true }) { id } }',
    prepare: async (fx) => {
      const { personId, referralId } = await fx.newCase({ grants: 'none' });
      await (await fx.as(ke)).data(
        'mutation ($referralId: ID!) { saveAssessment(referralId: $referralId, input: { longTermNeed: true, coordinatedServices: true, proposal: BOTH }) { id } }',
        { referralId },
      );
      return { personId, variables: { referralId } };
    },
  },
  'Mutation.recordLetterSent': {
    kind: 'logs',
    action: 'decision.letterSent',
    as: ke,
    document: 'mutation ($decisionId: ID!, $on: LocalDate!) { recordLetterSent(decisionId: $decisionId, sentAt: $on, via: POST, expectedVersion: 1) { id } }',
    prepare: async (fx) => {
      const { personId, decisionId } = await fx.newCase();
      return { personId, variables: { decisionId, on: day(0) } };
    },
  },
  'Mutation.registerAppeal': {
    kind: 'logs',
    action: 'appeal.register',
    as: ke,
    document: 'mutation ($decisionId: ID!, $on: LocalDate!) { registerAppeal(decisionId: $decisionId, input: { receivedAt: $on, appellant: "Personen selv" }) { id } }',
    prepare: async (fx) => {
      const { personId, decisionId } = await fx.newCase({ grants: 'denied' });
      return { personId, variables: { decisionId, on: day(0) } };
    },
  },
  'Mutation.recordAppealOutcome': {
    kind: 'logs',
    action: 'appeal.outcome',
    as: ke,
    document: 'mutation ($appealId: ID!, $on: LocalDate!) { recordAppealOutcome(appealId: $appealId, outcome: UPHELD, outcomeDate: $on, expectedVersion: 1) { id } }',
    prepare: async (fx) => {
      const { personId, decisionId } = await fx.newCase({ grants: 'denied' });
      const { registerAppeal } = await (await fx.as(ke)).data(
        'mutation ($decisionId: ID!, $on: LocalDate!) { registerAppeal(decisionId: $decisionId, input: { receivedAt: $on, appellant: "Personen selv" }) { id } }',
        { decisionId, on: day(0) },
      );
      return { personId, variables: { appealId: registerAppeal.id, on: day(0) } };
    },
  },
  'Mutation.delegateAppointment': {
    kind: 'logs',
    action: 'appointment.delegate',
    as: ke,
    document: 'mutation ($referralId: ID!, $unitId: ID!) { delegateAppointment(referralId: $referralId, unitId: $unitId) { id } }',
    prepare: async (fx) => {
      const { personId, referralId } = await fx.newCase();
      return { personId, variables: { referralId, unitId: await fx.unitId(DEMO_UNITS.homeCare) } };
    },
  },
  'Mutation.appointCoordinator': {
    kind: 'logs',
    action: 'appointment.appoint',
    as: ke,
    document: 'mutation ($referralId: ID!, $input: AppointCoordinatorInput!) { appointCoordinator(referralId: $referralId, input: $input) { id } }',
    prepare: async (fx) => {
      const { personId, referralId } = await fx.newCase();
      const input = { coordinatorId: await fx.userId(ingrid), unitId: await fx.unitId(DEMO_UNITS.homeCare), startDate: day(0) };
      return { personId, variables: { referralId, input } };
    },
  },
  'Mutation.registerDecline': {
    kind: 'logs',
    action: 'changeForm.decline',
    as: ke,
    document: 'mutation ($referralId: ID!, $on: LocalDate!) { registerDecline(referralId: $referralId, kind: DECLINED_COORDINATOR, effectiveDate: $on) { id } }',
    prepare: async (fx) => {
      const { personId, referralId } = await fx.newCase();
      await (await fx.as(ke)).data(
        'mutation ($referralId: ID!, $input: AppointCoordinatorInput!) { appointCoordinator(referralId: $referralId, input: $input) { id } }',
        { referralId, input: { coordinatorId: await fx.userId(ingrid), unitId: await fx.unitId(DEMO_UNITS.homeCare), startDate: day(-5) } },
      );
      return { personId, variables: { referralId, on: day(0) } };
    },
  },
  'Mutation.planStartupMeeting': {
    kind: 'logs',
    action: 'meeting.planStartup',
    as: ke,
    document: 'mutation ($referralId: ID!, $startsAt: DateTimeISO!) { planStartupMeeting(referralId: $referralId, startsAt: $startsAt) { id } }',
    prepare: async (fx) => {
      const { personId, referralId } = await fx.newCase();
      return { personId, variables: { referralId, startsAt: `${day(7)}T09:00:00.000Z` } };
    },
  },
  'Mutation.registerChangeForm': {
    kind: 'logs',
    action: 'changeForm.register',
    as: ke,
    document: 'mutation ($changeFormId: ID!) { registerChangeForm(changeFormId: $changeFormId) { id registeredAt } }',
    prepare: async (fx) => {
      const { personId } = await fx.newCase();
      const { municipalityId } = await fx.prisma.person.findUniqueOrThrow({ where: { id: personId }, select: { municipalityId: true } });
      const form = await fx.prisma.changeForm.create({
        data: { municipalityId, personId, kind: 'CHANGE_OF_COORDINATOR', effectiveDate: new Date(`${day(7)}T00:00:00.000Z`), submittedById: await fx.userId(ingrid) },
      });
      return { personId, variables: { changeFormId: form.id } };
    },
  },

  'Mutation.submitChangeForm': {
    kind: 'logs',
    action: 'changeForm.submit',
    as: ingrid,
    document: 'mutation ($input: SubmitChangeFormInput!) { submitChangeForm(input: $input) { id } }',
    prepare: async (fx) => {
      const { personId } = await fx.newPlan();
      return {
        personId,
        variables: { input: { personId, kind: 'CLOSING_INDIVIDUAL_PLAN', effectiveDate: day(0), reason: 'Målene er nådd.', reportedBy: 'PERSON' } },
      };
    },
  },

  // --- Mutations: consent
  'Mutation.registerConsent': {
    kind: 'logs',
    action: 'consent.register',
    as: ingrid,
    document: 'mutation ($input: RegisterConsentInput!) { registerConsent(input: $input) { id } }',
    prepare: async (fx) => {
      const { personId } = await fx.newPlan();
      return { personId, variables: { input: { personId, scope: 'REFERRAL', form: 'ORAL', givenAt: day(0), heardAt: new Date().toISOString() } } };
    },
  },
  'Mutation.withdrawConsent': {
    kind: 'logs',
    action: 'consent.withdraw',
    as: ingrid,
    document: 'mutation ($consentId: ID!) { withdrawConsent(consentId: $consentId) { withdrawnAt } }',
    prepare: async (fx) => {
      const personId = await makePlanPerson(fx.prisma);
      const { municipalityId } = await fx.prisma.person.findUniqueOrThrow({ where: { id: personId }, select: { municipalityId: true } });
      const consent = await fx.prisma.consent.create({ data: { municipalityId, personId, scope: 'INFORMATION_EXCHANGE', form: 'WRITTEN', givenAt: new Date() } });
      return { personId, variables: { consentId: consent.id } };
    },
  },

  // --- Mutations: the individual plan
  'Mutation.createPlan': {
    kind: 'logs',
    action: 'plan.create',
    as: ingrid,
    document: planMutation('($personId: ID!)', 'createPlan(personId: $personId)'),
    prepare: async (fx) => {
      const personId = await makePlanPerson(fx.prisma);
      return { personId, variables: { personId } };
    },
  },
  'Mutation.registerPlanConsent': {
    kind: 'logs',
    action: 'plan.consent',
    as: ingrid,
    document: planMutation('($planId: ID!, $on: LocalDate!)', 'registerPlanConsent(planId: $planId, input: { form: WRITTEN, givenAt: $on })'),
    prepare: (fx) => onFreshPlan(fx, { on: day(0) }),
  },
  'Mutation.continuePlanPeriod': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($planId: ID!, $version: Int!)', 'continuePlanPeriod(planId: $planId, expectedVersion: $version, periodEnd: "2999-12-31")'),
    prepare: async (fx) => {
      const { personId, planId } = await fx.newPlan();
      const active = await fx.editPlan(planMutation('($planId: ID!, $on: LocalDate!)', 'registerPlanConsent(planId: $planId, input: { form: WRITTEN, givenAt: $on })'), { planId, on: day(0) });
      return { personId, variables: { planId, version: active.version } };
    },
  },
  'Mutation.updatePlanSections': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($planId: ID!)', 'updatePlanSections(planId: $planId, expectedVersion: 1, input: { whatIsImportant: "Å bo hjemme" })'),
    prepare: (fx) => onFreshPlan(fx),
  },
  'Mutation.saveLifeArea': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($planId: ID!, $expectedVersion: Int!)', 'saveLifeArea(planId: $planId, area: HEALTH, expectedVersion: $expectedVersion, input: { situation: "Trenger hjelp med medisiner" })'),
    prepare: async (fx) => {
      const call = await onFreshPlan(fx);
      const { version } = await fx.prisma.lifeAreaMapping.findFirstOrThrow({ where: { planId: call.variables!.planId as string, area: 'HEALTH' }, select: { version: true } });
      return { ...call, variables: { ...call.variables, expectedVersion: version } };
    },
  },
  'Mutation.addGoal': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($planId: ID!)', 'addGoal(planId: $planId, input: { kind: LONG_TERM, description: "Bo hjemme" })'),
    prepare: (fx) => onFreshPlan(fx),
  },
  'Mutation.updateGoal': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($goalId: ID!, $expectedVersion: Int!)', 'updateGoal(goalId: $goalId, expectedVersion: $expectedVersion, input: { description: "Bo hjemme lenge" })'),
    prepare: async (fx) => {
      const { personId, goal } = await planWithGoal(fx);
      return { personId, variables: { goalId: goal.id, expectedVersion: goal.version } };
    },
  },
  'Mutation.removeGoal': removing('Goal'),
  'Mutation.restoreGoal': restoring('Goal'),
  'Mutation.reorderGoals': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($planId: ID!, $goalIds: [ID!]!)', 'reorderGoals(planId: $planId, kind: LONG_TERM, goalIds: $goalIds)'),
    prepare: async (fx) => {
      const { personId, planId, goal } = await planWithGoal(fx);
      const plan = await fx.editPlan(planMutation('($planId: ID!)', 'addGoal(planId: $planId, input: { kind: LONG_TERM, description: "Jobbe" })'), { planId });
      return { personId, variables: { planId, goalIds: [...plan.goals.map((g) => g.id).filter((id) => id !== goal.id), goal.id] } };
    },
  },
  'Mutation.addMeasure': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($planId: ID!, $goalId: ID!)', 'addMeasure(planId: $planId, input: { goalId: $goalId, description: "Hjemmesykepleie" })'),
    prepare: async (fx) => {
      const { personId, planId, goal } = await planWithGoal(fx);
      return { personId, variables: { planId, goalId: goal.id } };
    },
  },
  'Mutation.updateMeasure': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($id: ID!, $expectedVersion: Int!)', 'updateMeasure(measureId: $id, expectedVersion: $expectedVersion, input: { scope: "To ganger i uka" })'),
    prepare: (fx) => itemOf(fx, 'Measure', false),
  },
  'Mutation.removeMeasure': removing('Measure'),
  'Mutation.restoreMeasure': restoring('Measure'),
  'Mutation.addParticipant': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($planId: ID!)', 'addParticipant(planId: $planId, input: { kind: PROFESSIONAL, name: "Per Aasen", role: "Fastlege" })'),
    prepare: (fx) => onFreshPlan(fx),
  },
  'Mutation.updateParticipant': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($id: ID!, $expectedVersion: Int!)', 'updateParticipant(participantId: $id, expectedVersion: $expectedVersion, input: { contribution: "Medisiner" })'),
    prepare: (fx) => itemOf(fx, 'Participant', false),
  },
  'Mutation.removeParticipant': removing('Participant'),
  'Mutation.restoreParticipant': restoring('Participant'),
  'Mutation.scheduleEvaluation': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($planId: ID!, $on: LocalDate!)', 'scheduleEvaluation(planId: $planId, scheduledFor: $on)'),
    prepare: (fx) => onFreshPlan(fx, { on: day(60) }),
  },
  'Mutation.recordEvaluation': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($id: ID!, $expectedVersion: Int!, $input: EvaluationInput!)', 'recordEvaluation(evaluationId: $id, expectedVersion: $expectedVersion, input: $input)'),
    prepare: async (fx) => {
      const call = await itemOf(fx, 'Evaluation', false);
      return { ...call, variables: { ...call.variables, input: EVALUATION_ANSWERS } };
    },
  },
  'Mutation.updateEvaluation': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($id: ID!, $expectedVersion: Int!, $on: LocalDate!)', 'updateEvaluation(evaluationId: $id, expectedVersion: $expectedVersion, input: { scheduledFor: $on })'),
    prepare: async (fx) => {
      const call = await itemOf(fx, 'Evaluation', false);
      return { ...call, variables: { ...call.variables, on: day(45) } };
    },
  },
  'Mutation.removeEvaluation': removing('Evaluation'),
  'Mutation.restoreEvaluation': restoring('Evaluation'),
  'Mutation.addSubPlan': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($planId: ID!)', 'addSubPlan(planId: $planId, input: { kind: CRISIS_PLAN, title: "Kriseplan", ownerName: "Psykisk helse" })'),
    prepare: (fx) => onFreshPlan(fx),
  },
  'Mutation.updateSubPlan': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($id: ID!, $expectedVersion: Int!)', 'updateSubPlan(subPlanId: $id, expectedVersion: $expectedVersion, input: { note: "Revidert" })'),
    prepare: (fx) => itemOf(fx, 'SubPlan', false),
  },
  'Mutation.removeSubPlan': removing('SubPlan'),
  'Mutation.restoreSubPlan': restoring('SubPlan'),
  'Mutation.tickChecklistItem': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($planId: ID!, $itemKey: String!)', 'tickChecklistItem(planId: $planId, itemKey: $itemKey)'),
    prepare: (fx) => onFreshPlan(fx, { itemKey: ADULT_CHECKLIST_ITEM }),
  },
  'Mutation.untickChecklistItem': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($planId: ID!, $itemKey: String!)', 'untickChecklistItem(planId: $planId, itemKey: $itemKey)'),
    prepare: async (fx) => {
      const call = await onFreshPlan(fx, { itemKey: ADULT_CHECKLIST_ITEM });
      await fx.editPlan(planMutation('($planId: ID!, $itemKey: String!)', 'tickChecklistItem(planId: $planId, itemKey: $itemKey)'), call.variables!);
      return call;
    },
  },
  'Mutation.addTransition': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($planId: ID!, $on: LocalDate!)', 'addTransition(planId: $planId, input: { kind: OWN_HOME, date: $on })'),
    prepare: (fx) => onFreshPlan(fx, { on: day(30) }),
  },
  'Mutation.updateTransition': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($id: ID!, $expectedVersion: Int!)', 'updateTransition(transitionId: $id, expectedVersion: $expectedVersion, input: { note: "Flytter i egen leilighet" })'),
    prepare: (fx) => itemOf(fx, 'Transition', false),
  },
  'Mutation.markTransitionReviewed': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($id: ID!, $expectedVersion: Int!)', 'markTransitionReviewed(transitionId: $id, expectedVersion: $expectedVersion)'),
    prepare: (fx) => itemOf(fx, 'Transition', false),
  },
  'Mutation.removeTransition': removing('Transition'),
  'Mutation.restoreTransition': restoring('Transition'),
  'Mutation.restoreVersion': {
    kind: 'logs',
    action: 'plan.edit',
    as: ingrid,
    document: planMutation('($historyEntryId: ID!, $expectedVersion: Int!)', 'restoreVersion(historyEntryId: $historyEntryId, expectedVersion: $expectedVersion)'),
    prepare: async (fx) => {
      const { personId, goal } = await planWithGoal(fx);
      const plan = await fx.editPlan(
        planMutation('($goalId: ID!, $expectedVersion: Int!)', 'updateGoal(goalId: $goalId, expectedVersion: $expectedVersion, input: { description: "Endret tekst" })'),
        { goalId: goal.id, expectedVersion: goal.version },
      );
      const updated = plan.goals.find((g) => g.id === goal.id)!;
      const first = updated.history.find((entry) => entry.entityVersion === 1)!;
      return { personId, variables: { historyEntryId: first.id, expectedVersion: updated.version } };
    },
  },
  'Mutation.commentOnGoal': {
    kind: 'logs',
    action: 'plan.comment',
    as: sofie,
    document: planMutation('($goalId: ID!)', 'commentOnGoal(goalId: $goalId, kind: COMMENT, body: "Kan vi snakke om dette?")'),
    prepare: async (fx) => {
      const personId = await SOFIE(fx);
      const goal = await fx.prisma.goal.findFirstOrThrow({ where: { plan: { personId, status: 'ACTIVE' }, removedAt: null }, select: { id: true } });
      return { personId, variables: { goalId: goal.id } };
    },
  },
  'Mutation.answerGoalComments': {
    kind: 'logs',
    action: 'plan.answer',
    as: ingrid,
    document: planMutation('($goalId: ID!)', 'answerGoalComments(goalId: $goalId, body: "Ja, på neste møte.")'),
    prepare: async (fx) => {
      const personId = await SOFIE(fx);
      const goal = await fx.prisma.goal.findFirstOrThrow({ where: { plan: { personId, status: 'ACTIVE' }, removedAt: null }, select: { id: true } });
      await (await fx.as(sofie)).data('mutation ($goalId: ID!) { commentOnGoal(goalId: $goalId, kind: COMMENT, body: "Et spørsmål") { id } }', { goalId: goal.id });
      return { personId, variables: { goalId: goal.id } };
    },
  },
};

/** An item of the adult life-phase checklist (LIFE_PHASE_CHECKLISTS): fresh plans are for adults. */
const ADULT_CHECKLIST_ITEM = 'adult.municipalServices';

/**
 * Routes as Fastify lists them (HEAD goes with GET). /graphql is the transport of the fields above.
 * The web app's catch-all (GET /*) is there only when the web app is built.
 */
export const ROUTES: Record<string, RouteCoverage> = {
  'GET /healthz': { kind: 'noPersonData', reason: "the server's and the database's health" },
  'GET /auth/config': { kind: 'noPersonData', reason: 'whether demo sign-in is on' },
  'GET /auth/demo-users': { kind: 'noPersonData', reason: 'the demo accounts to sign in as (demo mode only), not records of persons' },
  'POST /auth/demo-login': { kind: 'noPersonData', reason: 'signs in: the user\u2019s own session' },
  'POST /auth/logout': { kind: 'noPersonData', reason: 'signs out: the user\u2019s own session' },
  'GET /auth/session': { kind: 'noPersonData', reason: 'whether the browser has a session' },
  'GET /graphql': { kind: 'noPersonData', reason: 'the transport: its root fields are classified one by one in ROOT_FIELDS' },
  'POST /graphql': { kind: 'noPersonData', reason: 'the transport: its root fields are classified one by one in ROOT_FIELDS' },
  'OPTIONS /graphql': { kind: 'noPersonData', reason: 'the transport: its root fields are classified one by one in ROOT_FIELDS' },
  'GET /api/decisions/:decisionId/letter.pdf': {
    kind: 'logs',
    action: 'decision.letter',
    as: ke,
    url: ({ decisionId }) => `/api/decisions/${decisionId}/letter.pdf`,
    prepare: async (fx) => {
      const { personId, decisionId } = await fx.newCase();
      return { personId, variables: { decisionId } };
    },
  },
  'GET /api/plans/:planId/plan.pdf': {
    kind: 'logs',
    action: 'plan.export',
    as: ingrid,
    url: ({ planId }) => `/api/plans/${planId}/plan.pdf`,
    prepare: async (fx) => {
      const personId = await SOFIE(fx);
      const plan = await fx.prisma.individualPlan.findFirstOrThrow({ where: { personId, status: 'ACTIVE' }, select: { id: true } });
      return { personId, variables: { planId: plan.id } };
    },
  },
  'GET /api/persons/:personId/export.json': {
    kind: 'logs',
    action: 'person.export',
    as: sofie,
    url: ({ personId }) => `/api/persons/${personId}/export.json`,
    prepare: async (fx) => ({ personId: await SOFIE(fx), variables: { personId: await SOFIE(fx) } }),
  },
  'GET /api/persons/:personId/export.pdf': {
    kind: 'logs',
    action: 'person.export',
    as: sofie,
    url: ({ personId }) => `/api/persons/${personId}/export.pdf`,
    prepare: async (fx) => ({ personId: await SOFIE(fx), variables: { personId: await SOFIE(fx) } }),
  },
  'POST /api/consents/:consentId/document': {
    kind: 'logsProvedIn',
    action: 'consent.documentUpload',
    test: 'modules/consent/consent-document.int.test.ts: stores a valid PDF, which comes back byte for byte, and a new upload replaces it with history',
    reason: 'a raw file body, sent by the tests of the upload with its limits',
  },
  'GET /api/consents/:consentId/document': {
    kind: 'logsProvedIn',
    action: 'consent.documentDownload',
    test: 'modules/consent/consent-document.int.test.ts: is for the person or guardian, the coordinator and KE; the others are FORBIDDEN and logged',
    reason: 'needs a stored signed form, which the tests of the upload make',
  },
  'GET /api/consents/:consentId/pdf': {
    kind: 'logsProvedIn',
    action: 'consent.export',
    test: "modules/consent/consent-document.int.test.ts: the person's copy as PDF",
    reason: 'the copy of a consent, read back and parsed in the tests of the consent PDF',
  },
  'GET /api/mail/:mailId/ics': {
    kind: 'logs',
    action: 'mail.sent',
    as: ingrid,
    url: ({ mailId }) => `/api/mail/${mailId}/ics`,
    prepare: async (fx) => {
      const { personId, mailId } = await sentMailFixture(fx.prisma, { personId: await SOFIE(fx), createdById: await fx.userId(ingrid) });
      return { personId, variables: { mailId } };
    },
  },
  'GET /*': { kind: 'noPersonData', reason: "the web app's files, and index.html for its routes" },
};
