// Every root GraphQL field and every HTTP route is in the access-log registry
// (test-support/access-log-coverage.ts), and each one that reads or writes a person's data writes
// the access log: called over HTTP as a role allowed to, against the demo municipality, it leaves
// an entry with its action for its person.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_USERNAMES, type DemoUsername } from '../../demo/personas';
import type { Db } from '../../lib/db';
import { buildAppSchema } from '../../schema';
import {
  ROOT_FIELDS,
  ROUTES,
  type Fixtures,
  type LoggingField,
  type LoggingRoute,
  type PlanParts,
  type ProvedElsewhere,
} from '../../test-support/access-log-coverage';
import { makeCase, makePlanPerson } from '../../test-support/cases';
import { ApiClient, TEST_DATABASE, useTestServer } from '../../test-support/test-server';

jest.setTimeout(180_000);

const server = useTestServer();
const prisma = () => server().database.prisma as Db;

const clients = new Map<DemoUsername, Promise<ApiClient>>();
const as = (username: DemoUsername) => {
  if (!clients.has(username)) clients.set(username, server().signIn(username));
  return clients.get(username)!;
};
const userId = async (username: DemoUsername) => (await prisma().user.findUniqueOrThrow({ where: { username } })).id;

const fx: Fixtures = {
  get prisma() {
    return prisma();
  },
  as,
  userId,
  personId: async ({ firstName, lastName }) => (await prisma().person.findFirstOrThrow({ where: { firstName, lastName } })).id,
  unitId: async (name) => (await prisma().unit.findFirstOrThrow({ where: { name } })).id,
  newCase: (options) => makeCase(prisma(), { lastName: 'Loggdekning', ...options }),
  async newPlan() {
    const personId = await makePlanPerson(prisma(), { lastName: 'Loggdekning' });
    const ingrid = await as(DEMO_USERNAMES.coordinator);
    const { createPlan } = await ingrid.data<{ createPlan: PlanParts }>(`mutation ($personId: ID!) { createPlan(personId: $personId) { id } }`, { personId });
    return { personId, planId: createPlan.id };
  },
  async editPlan(document, variables) {
    const answer = await (await as(DEMO_USERNAMES.coordinator)).data<Record<string, PlanParts>>(document, variables);
    return Object.values(answer)[0]!;
  },
};

/** Root fields of the schema the server runs, as "Query.me". */
async function schemaRootFields(): Promise<string[]> {
  const schema = await buildAppSchema();
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((name) => `${type.name}.${name}`) : [],
  );
}

/**
 * The server's routes as "GET /path", from Fastify's route tree (printRoutes): each line is a
 * path segment, indented under its parent, with its methods. HEAD comes with every GET.
 */
function serverRoutes(): string[] {
  const lines = server().app.printRoutes({ commonPrefix: false }).split('\n').filter(Boolean);
  const stack: Array<{ depth: number; path: string }> = [];
  const routes: string[] = [];
  for (const line of lines) {
    const match = /^([\s│]*)[├└]── (\S+)(?: \(([^)]+)\))?$/.exec(line);
    if (!match) throw new Error(`cannot read the route line "${line}"`);
    const [, indent, segment, methods] = match;
    const depth = indent!.length;
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= depth) stack.pop();
    const full = (stack[stack.length - 1]?.path ?? '') + segment;
    stack.push({ depth, path: full });
    for (const method of methods?.split(', ') ?? []) if (method !== 'HEAD') routes.push(`${method} ${full}`);
  }
  return routes;
}

/** Entries written since the moment for the person by the user with the action, not denied. */
const entriesSince = async (since: Date, personId: string, actor: DemoUsername, action: string) =>
  prisma().accessLogEntry.count({ where: { personId, actorId: await userId(actor), action, denied: false, at: { gte: since } } });

describe(`the registry (${TEST_DATABASE})`, () => {
  it('names every root field of the schema, and no field the schema does not have', async () => {
    const fields = await schemaRootFields();
    expect(fields.length).toBeGreaterThan(50);
    const notInRegistry = fields.filter((field) => !(field in ROOT_FIELDS));
    const notInSchema = Object.keys(ROOT_FIELDS).filter((field) => !fields.includes(field));
    expect({ notInRegistry, notInSchema }).toEqual({ notInRegistry: [], notInSchema: [] });
  });

  it('names every route of the server', () => {
    const routes = serverRoutes();
    expect(routes).toEqual(expect.arrayContaining(['GET /healthz', 'POST /graphql', 'GET /api/plans/:planId/plan.pdf']));
    const notInRegistry = routes.filter((route) => !(route in ROUTES));
    expect({ notInRegistry }).toEqual({ notInRegistry: [] });
  });

  it('points every field or route it does not call to a test that shows the entry', () => {
    const proved = [...Object.entries(ROOT_FIELDS), ...Object.entries(ROUTES)].filter((entry): entry is [string, ProvedElsewhere] => entry[1].kind === 'logsProvedIn');
    for (const [name, entry] of proved) {
      const file = path.join(__dirname, '../..', entry.test.split(':')[0]!);
      expect([name, existsSync(file)]).toEqual([name, true]);
      expect([name, readFileSync(file, 'utf8').includes(`'${entry.action}'`)]).toEqual([name, true]);
    }
  });
});

const loggingFields = Object.entries(ROOT_FIELDS).filter((entry): entry is [string, LoggingField] => entry[1].kind === 'logs');
const loggingRoutes = Object.entries(ROUTES).filter((entry): entry is [string, LoggingRoute] => entry[1].kind === 'logs');

describe(`root fields that read or write a person's data (${TEST_DATABASE})`, () => {
  it.each(loggingFields)('%s logs its action', async (_field, entry) => {
    const { variables, personId } = (await entry.prepare?.(fx)) ?? {};
    const client = await as(entry.as);
    const since = new Date();
    const data = await client.data(entry.document, variables);
    const person = personId ?? entry.personFrom!(data);
    expect({ action: entry.action, logged: await entriesSince(since, person, entry.as, entry.action) }).toEqual({ action: entry.action, logged: 1 });
  });
});

describe(`routes that send a person's data (${TEST_DATABASE})`, () => {
  it.each(loggingRoutes)('%s logs its action', async (_route, entry) => {
    const { variables = {}, personId } = (await entry.prepare?.(fx)) ?? {};
    const since = new Date();
    const response = await (await as(entry.as)).fetch(entry.url(variables));
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    expect({ action: entry.action, logged: await entriesSince(since, personId!, entry.as, entry.action) }).toEqual({ action: entry.action, logged: 1 });
  });
});
