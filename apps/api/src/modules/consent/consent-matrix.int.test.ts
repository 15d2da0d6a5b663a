// The consent matrix: for each kind of restriction and each path that returns plan data to a
// group member, the reader the restriction excludes gets none of the excluded data, and another
// reader still gets it. The paths are the access-log registry's plan-data paths
// (test-support/access-log-coverage.ts) plus the live events: a new path there that is not
// here fails the first test, so it cannot be forgotten.
import { DEMO_MUNICIPALITY, DEMO_PERSONS, DEMO_USERNAMES } from '../../demo/personas';
import type { LifeArea } from '../../generated/prisma/client';
import type { Db } from '../../lib/db';
import { ROOT_FIELDS, ROUTES } from '../../test-support/access-log-coverage';
import { readPdf } from '../../test-support/pdf';
import { useTestServer, type ApiClient } from '../../test-support/test-server';
import { wsClient } from '../../test-support/ws';

jest.setTimeout(180_000);

const server = useTestServer();
const prisma = () => server().database.prisma as Db;

/** What a reader reads of a plan: the access-log actions of a person's plan content. */
const PLAN_DATA_ACTIONS = new Set(['plan.read', 'plan.export', 'participation.read', 'meeting.read']);

type Reader = 'gp' | 'physio' | 'coordinator';

/** The marked records of the test, each with the text that shows it in a printout. */
interface Marked {
  key: string;
  entity: 'Goal' | 'Measure' | 'SubPlan' | 'LifeAreaMapping';
  id: string;
  text: string;
}

interface Fixture {
  personId: string;
  planId: string;
  consentId: string;
  physioUnitId: string;
  gpOrganisation: string;
  /** A goal with a measure for each member, in a life area of its own; a sub-plan; that area's mapping. */
  goal: Marked;
  measures: Marked[];
  subPlan: Marked;
  mapping: Marked;
  area: LifeArea;
  all: Marked[];
  /** A held group meeting with finalised minutes: an agenda item on the goal and one on each measure, and an action item under the goal. */
  meetingId: string;
}

let fx: Fixture;
const clients = {} as Record<Reader, ApiClient>;
beforeAll(async () => {
  const db = prisma();
  const municipalityId = (await db.municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id;
  const sofie = await db.person.findFirstOrThrow({ where: { firstName: DEMO_PERSONS.citizen.firstName, lastName: DEMO_PERSONS.citizen.lastName } });
  const plan = await db.individualPlan.findFirstOrThrow({ where: { personId: sofie.id, status: 'ACTIVE' } });
  const consent = await db.consent.findFirstOrThrow({ where: { personId: sofie.id, scope: 'INFORMATION_EXCHANGE', withdrawnAt: null } });
  // The demo's own restrictions would blur what each case hides.
  await db.consentRestriction.deleteMany({ where: { consentId: consent.id } });
  const physio = await db.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.physio }, include: { units: true } });
  const gp = await db.user.update({ where: { username: DEMO_USERNAMES.gp }, data: { organisation: 'Matriselegene AS' } });
  // A life area no other record of the plan is in, so the area's case hides exactly these.
  const area: LifeArea = 'OTHER';
  await db.goal.updateMany({ where: { planId: plan.id, lifeArea: area }, data: { lifeArea: 'HEALTH' } });
  await db.subPlan.updateMany({ where: { planId: plan.id, lifeArea: area }, data: { lifeArea: null } });
  const goal = await db.goal.create({ data: { municipalityId, planId: plan.id, kind: 'LONG_TERM', lifeArea: area, description: 'Matrisemål om fritid', sortOrder: 99 } });
  const measures = await Promise.all(
    [physio.id, gp.id].map((userId, i) =>
      db.measure.create({ data: { municipalityId, planId: plan.id, goalId: goal.id, description: `Matrisetiltak ${i + 1}`, responsibleUserId: userId } }),
    ),
  );
  const subPlan = await db.subPlan.create({ data: { municipalityId, planId: plan.id, kind: 'CRISIS_PLAN', title: 'Matrisedelplan', ownerName: 'Legevakten' } });
  const mapping = await db.lifeAreaMapping.upsert({
    where: { planId_area: { planId: plan.id, area } },
    create: { municipalityId, planId: plan.id, area, situation: 'Matrisesituasjon' },
    update: { situation: 'Matrisesituasjon' },
  });
  const marked = (key: string, entity: Marked['entity'], id: string, text: string): Marked => ({ key, entity, id, text });
  const goalMark = marked('goal', 'Goal', goal.id, goal.description);
  const measureMarks = measures.map((m, i) => marked(`measure${i + 1}`, 'Measure', m.id, m.description));
  const subPlanMark = marked('subPlan', 'SubPlan', subPlan.id, subPlan.title);
  const mappingMark = marked('mapping', 'LifeAreaMapping', mapping.id, 'Matrisesituasjon');
  fx = {
    personId: sofie.id,
    planId: plan.id,
    consentId: consent.id,
    physioUnitId: physio.units[0]!.unitId,
    gpOrganisation: gp.organisation!,
    goal: goalMark,
    measures: measureMarks,
    subPlan: subPlanMark,
    mapping: mappingMark,
    area,
    all: [goalMark, ...measureMarks, subPlanMark, mappingMark],
    meetingId: await markedMeeting(municipalityId, sofie.id, plan.id, goal.id, measures.map((m) => m.id)),
  };
  clients.gp = await server().signIn(DEMO_USERNAMES.gp);
  clients.physio = await server().signIn(DEMO_USERNAMES.physio);
  clients.coordinator = await server().signIn(DEMO_USERNAMES.coordinator);
});

/** The meeting of the fixture, in Sofie's group; Ingrid wrote its minutes. */
async function markedMeeting(municipalityId: string, personId: string, planId: string, goalId: string, measureIds: string[]): Promise<string> {
  const db = prisma();
  const group = await db.responsibilityGroup.findFirstOrThrow({ where: { personId, status: 'ACTIVE' } });
  const ingrid = await db.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.coordinator } });
  const meeting = await db.meeting.create({
    data: {
      municipalityId,
      personId,
      planId,
      groupId: group.id,
      type: 'RESPONSIBILITY_GROUP',
      status: 'HELD',
      startsAt: new Date(Date.now() - 7 * 86_400_000),
      location: 'Matrisemøterom',
      minutesFinalisedAt: new Date(Date.now() - 6 * 86_400_000),
      minutesFinalisedById: ingrid.id,
      createdById: ingrid.id,
    },
  });
  await db.agendaItem.createMany({
    data: [{ goalId, measureId: null }, ...measureIds.map((measureId) => ({ goalId, measureId }))].map((link, index) => ({
      municipalityId,
      meetingId: meeting.id,
      position: index + 1,
      title: `Matrisesak ${index + 1}`,
      minutes: 'Matrisenotat',
      ...link,
    })),
  });
  await db.actionItem.create({ data: { municipalityId, meetingId: meeting.id, description: 'Matriseoppgave', responsibleText: 'Sofie', goalId } });
  return meeting.id;
}

type MeetingRead = { agenda: Array<{ goalId: string | null; measureId: string | null }>; actionItems: Array<{ goalId: string | null }> };
const meetingKeys = (meetings: MeetingRead[]) =>
  keysOf(meetings.flatMap((m) => [...m.agenda.flatMap((item) => [item.goalId, item.measureId]), ...m.actionItems.map((a) => a.goalId)]).filter((id): id is string => !!id));
const MEETING_PARTS = 'agenda { goalId measureId } actionItems { goalId }';

// --- The paths: each gives the keys of the marked records the reader got.

type PathReader = (client: ApiClient, reader: Reader) => Promise<Set<string>>;

const keysOf = (ids: Iterable<string>) => new Set(fx.all.filter((mark) => [...ids].includes(mark.id)).map((mark) => mark.key));

const PATHS: Record<string, PathReader> = {
  'Query.meetings': async (client) => {
    const result = await client.gql<{ meetings: { upcoming: MeetingRead[]; past: MeetingRead[] } | null }>(
      `query ($p: ID!) { meetings(personId: $p) { upcoming { ${MEETING_PARTS} } past { ${MEETING_PARTS} } } }`,
      { p: fx.personId },
    );
    const meetings = result.data?.meetings;
    return meetings ? meetingKeys([...meetings.upcoming, ...meetings.past]) : new Set();
  },
  'Query.meeting': async (client) => {
    const result = await client.gql<{ meeting: MeetingRead | null }>(`query ($id: ID!) { meeting(id: $id) { ${MEETING_PARTS} } }`, { id: fx.meetingId });
    return result.data?.meeting ? meetingKeys([result.data.meeting]) : new Set();
  },
  'Query.plan': async (client) => {
    const result = await client.gql<{ plan: { goals: { id: string }[]; measures: { id: string }[]; subPlans: { id: string }[]; lifeAreas: { id: string; area: string; situation: string | null }[] } | null }>(
      'query ($p: ID!) { plan(personId: $p) { goals { id } measures { id } subPlans { id } lifeAreas { id area situation } } }',
      { p: fx.personId },
    );
    const plan = result.data?.plan;
    if (!plan) return new Set();
    const mappings = plan.lifeAreas.filter((m) => m.situation === fx.mapping.text).map(() => fx.mapping.id);
    return keysOf([...plan.goals, ...plan.measures, ...plan.subPlans].map((row) => row.id).concat(mappings));
  },
  'GET /api/plans/:planId/plan.pdf': async (client) => {
    const response = await client.fetch(`/api/plans/${fx.planId}/plan.pdf`);
    if (response.status !== 200) return new Set();
    const { text } = await readPdf(response);
    return new Set(fx.all.filter((mark) => text.includes(mark.text)).map((mark) => mark.key));
  },
  'Query.myParticipation': async (client) => {
    const result = await client.gql<{ myParticipation: Array<{ person: { id: string }; myMeasures: { id: string }[] }> }>(
      'query { myParticipation { person { id } myMeasures { id } } }',
    );
    // Only service providers have a participation to read.
    const myParticipation = result.data?.myParticipation ?? [];
    return keysOf(myParticipation.filter((entry) => entry.person.id === fx.personId).flatMap((entry) => entry.myMeasures.map((m) => m.id)));
  },
  'Subscription.planChanged': async (client) => {
    // Every marked record changes (a history row, as every save writes), then the plan itself:
    // the plan's event says that all before it have been sent.
    const heard: string[] = [];
    let ended = false;
    let wake: () => void = () => undefined;
    const socket = wsClient(server().url, client.cookie);
    const before = server().app.planChanges.openSubscriptions;
    socket.subscribe<{ planChanged: { entityId: string } }>(
      { query: 'subscription ($planId: ID!) { planChanged(planId: $planId) { entityId } }', variables: { planId: fx.planId } },
      {
        next: (result) => {
          if (result.data) heard.push(result.data.planChanged.entityId);
          else ended = true;
          wake();
        },
        error: () => ((ended = true), wake()),
        complete: () => ((ended = true), wake()),
      },
    );
    const until = async (done: () => boolean) => {
      const deadline = Date.now() + 10_000;
      while (!done() && Date.now() < deadline) await new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, 50)));
      return done();
    };
    try {
      if (!(await until(() => ended || server().app.planChanges.openSubscriptions > before))) throw new Error('the subscription did not open');
      if (ended) return new Set();
    const coordinator = await prisma().user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.coordinator } });
    const change = (entity: string, entityId: string) => ({
      municipalityId: coordinator.municipalityId,
      personId: fx.personId,
      planId: fx.planId,
      entity,
      entityId,
      action: 'matrix.touched',
      actorId: coordinator.id,
      actorRole: 'COORDINATOR' as const,
    });
      for (const mark of fx.all) await prisma().historyEntry.create({ data: change(mark.entity, mark.id) });
      await prisma().historyEntry.create({ data: change('IndividualPlan', fx.planId) });
      await until(() => ended || heard.includes(fx.planId));
      return keysOf(heard);
    } finally {
      await socket.dispose();
    }
  },
};

// --- The restrictions: who is excluded from what, and who still gets it.

interface Case {
  name: string;
  restriction: () => { kind: 'MATTER' | 'PROFESSIONAL_ENVIRONMENT'; lifeArea?: LifeArea; goalId?: string; subPlanId?: string; unitId?: string; organisation?: string };
  excluded: Reader;
  /** Another reader who still gets the excluded data. */
  stillSees: Reader;
  /** The keys of the marked records that are excluded. */
  hidden: () => string[];
}

const goalAndMeasures = () => ['goal', 'measure1', 'measure2'];
const CASES: Case[] = [
  {
    name: 'a life area, for one unit',
    restriction: () => ({ kind: 'MATTER', lifeArea: fx.area, unitId: fx.physioUnitId }),
    excluded: 'physio',
    stillSees: 'gp',
    hidden: () => [...goalAndMeasures(), 'mapping'],
  },
  {
    name: 'a goal, for one external organisation',
    restriction: () => ({ kind: 'MATTER', goalId: fx.goal.id, organisation: fx.gpOrganisation }),
    excluded: 'gp',
    stillSees: 'physio',
    hidden: goalAndMeasures,
  },
  {
    name: 'a sub-plan (a document), for one unit',
    restriction: () => ({ kind: 'MATTER', subPlanId: fx.subPlan.id, unitId: fx.physioUnitId }),
    excluded: 'physio',
    stillSees: 'gp',
    hidden: () => ['subPlan'],
  },
  {
    name: 'a goal, for every member',
    restriction: () => ({ kind: 'MATTER', goalId: fx.goal.id }),
    excluded: 'gp',
    stillSees: 'coordinator',
    hidden: goalAndMeasures,
  },
  {
    name: 'a unit as a whole',
    restriction: () => ({ kind: 'PROFESSIONAL_ENVIRONMENT', unitId: fx.physioUnitId }),
    excluded: 'physio',
    stillSees: 'gp',
    hidden: () => fx.all.map((mark) => mark.key),
  },
  {
    name: 'an external organisation as a whole',
    restriction: () => ({ kind: 'PROFESSIONAL_ENVIRONMENT', organisation: fx.gpOrganisation }),
    excluded: 'gp',
    stillSees: 'physio',
    hidden: () => fx.all.map((mark) => mark.key),
  },
];

/** What a reader may get of the marked records on a path without any restriction: the provider's own measures are theirs only. */
function reachable(path: string, reader: Reader, keys: string[]): string[] {
  // A meeting's agenda and action items point at goals and measures, never at sub-plans or mappings.
  if (path === 'Query.meetings' || path === 'Query.meeting') return keys.filter((key) => key === 'goal' || key.startsWith('measure'));
  if (path !== 'Query.myParticipation') return keys;
  if (reader === 'coordinator') return [];
  return keys.filter((key) => key === (reader === 'physio' ? 'measure1' : 'measure2'));
}

it('covers every path that gives plan data: the registry’s plan reads and the live events', () => {
  const registry = Object.entries({ ...ROOT_FIELDS, ...ROUTES })
    .filter(([, entry]) => entry.kind !== 'noPersonData' && PLAN_DATA_ACTIONS.has(entry.action))
    .map(([name]) => name);
  expect(Object.keys(PATHS).sort()).toEqual([...registry, 'Subscription.planChanged'].sort());
});

describe.each(CASES)('a restriction on $name', (testCase) => {
  let restrictionId: string;
  beforeAll(async () => {
    const restriction = await prisma().consentRestriction.create({
      data: { municipalityId: (await prisma().consent.findUniqueOrThrow({ where: { id: fx.consentId } })).municipalityId, consentId: fx.consentId, description: testCase.name, ...testCase.restriction() },
    });
    restrictionId = restriction.id;
  });
  afterAll(async () => {
    await prisma().consentRestriction.delete({ where: { id: restrictionId } });
  });

  it.each(Object.keys(PATHS))('%s', async (path) => {
    const hidden = testCase.hidden();
    const excludedGot = await PATHS[path]!(clients[testCase.excluded], testCase.excluded);
    expect({ reader: testCase.excluded, got: hidden.filter((key) => excludedGot.has(key)) }).toEqual({ reader: testCase.excluded, got: [] });
    const otherGot = await PATHS[path]!(clients[testCase.stillSees], testCase.stillSees);
    const expected = reachable(path, testCase.stillSees, hidden);
    expect({ reader: testCase.stillSees, got: expected.filter((key) => otherGot.has(key)) }).toEqual({ reader: testCase.stillSees, got: expected });
  });
});
