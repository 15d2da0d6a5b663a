// Live updates of a plan over WebSocket (graphql-ws), against a real database: a reader with
// the plan open hears another participant's save at once, through LISTEN/NOTIFY; on PostgreSQL
// also when the save is made on another API replica. Others cannot subscribe, a page of another
// origin cannot open the socket, and a subscription ends with the session.
import type { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_PERSONS, DEMO_USERNAMES } from '../../demo/personas';
import { openDatabase } from '../../lib/db';
import { createLogger } from '../../lib/logger';
import { loadConfig } from '../../config/config';
import { startServer } from '../../server';
import { TEST_DATABASE, useTestServer, type ApiClient } from '../../test-support/test-server';
import { wsClient as openWsClient } from '../../test-support/ws';

jest.setTimeout(60_000);

const server = useTestServer();

const CHANGED = 'subscription ($planId: ID!) { planChanged(planId: $planId) { planId entity entityId action version byMe } }';
const UPDATE_GOAL = `mutation ($goalId: ID!, $expectedVersion: Int!, $description: String!) {
  updateGoal(goalId: $goalId, expectedVersion: $expectedVersion, input: { description: $description }) { id }
}`;

const COMMENT = 'mutation ($goalId: ID!, $kind: CommentKind!, $body: String!) { commentOnGoal(goalId: $goalId, kind: $kind, body: $body) { id } }';
const ANSWER = 'mutation ($goalId: ID!, $body: String!) { answerGoalComments(goalId: $goalId, body: $body) { id } }';

interface Change {
  planId: string;
  entity: string;
  entityId: string;
  action: string;
  version: number | null;
  byMe: boolean;
}

const open: Client[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((client) => client.dispose()));
});

function wsClient(baseUrl: string, cookie: string | undefined, headers: Record<string, string> = {}): Client {
  const client = openWsClient(baseUrl, cookie, headers);
  open.push(client);
  return client;
}

/** The subscription's events as they come, and its end (an error, or complete). */
function subscribe(client: Client, planId: string) {
  const events: Change[] = [];
  const waiters: Array<() => void> = [];
  let ended: { error?: unknown } | undefined;
  const wake = () => waiters.splice(0).forEach((resolve) => resolve());
  client.subscribe<{ planChanged: Change }>(
    { query: CHANGED, variables: { planId } },
    {
      next: (result) => {
        if (result.errors) ended = { error: result.errors };
        else if (result.data) events.push(result.data.planChanged);
        wake();
      },
      error: (error) => {
        ended = { error };
        wake();
      },
      complete: () => {
        ended ??= {};
        wake();
      },
    },
  );
  return {
    events,
    get ended() {
      return ended;
    },
    /** Waits until `predicate` holds, at most `ms`. */
    async until(predicate: () => boolean, ms = 2000): Promise<boolean> {
      const deadline = Date.now() + ms;
      while (!predicate()) {
        const left = deadline - Date.now();
        if (left <= 0) return false;
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, left);
        });
      }
      return true;
    },
  };
}

async function sofiesPlan() {
  const prisma = server().database.prisma;
  const person = await prisma.person.findFirstOrThrow({ where: { firstName: DEMO_PERSONS.citizen.firstName, lastName: DEMO_PERSONS.citizen.lastName } });
  const plan = await prisma.individualPlan.findFirstOrThrow({ where: { personId: person.id, status: 'ACTIVE' } });
  const goal = await prisma.goal.findFirstOrThrow({ where: { planId: plan.id, removedAt: null }, orderBy: { sortOrder: 'asc' } });
  return { plan, goal };
}

async function saveGoal(client: ApiClient, goalId: string, description: string) {
  const { version } = await server().database.prisma.goal.findUniqueOrThrow({ where: { id: goalId } });
  await client.data(UPDATE_GOAL, { goalId, expectedVersion: version, description });
}

describe('a plan open on screen', () => {
  it('hears a save by someone else within two seconds, and its own as its own', async () => {
    const { plan, goal } = await sofiesPlan();
    const citizen = await server().signIn(DEMO_USERNAMES.citizen);
    const coordinator = await server().signIn(DEMO_USERNAMES.coordinator);
    const citizenView = subscribe(wsClient(server().url, citizen.cookie), plan.id);
    const coordinatorView = subscribe(wsClient(server().url, coordinator.cookie), plan.id);
    // The subscriptions are open once the hub counts them.
    await waitFor(() => server().app.planChanges.openSubscriptions >= 2);
    const started = Date.now();
    await saveGoal(coordinator, goal.id, 'Kunne gå til butikken selv');
    expect(await citizenView.until(() => citizenView.events.length > 0)).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(citizenView.events[0]).toMatchObject({ planId: plan.id, entity: 'Goal', entityId: goal.id, action: 'goal.updated', byMe: false });
    expect(await coordinatorView.until(() => coordinatorView.events.length > 0)).toBe(true);
    expect(coordinatorView.events[0]!.byMe).toBe(true);
  });

  it("hears the person's comment and the coordinator's answer, which the group members do not", async () => {
    const { plan, goal } = await sofiesPlan();
    const citizen = await server().signIn(DEMO_USERNAMES.citizen);
    const coordinator = await server().signIn(DEMO_USERNAMES.coordinator);
    const member = await server().signIn(DEMO_USERNAMES.physio);
    const citizenView = subscribe(wsClient(server().url, citizen.cookie), plan.id);
    const coordinatorView = subscribe(wsClient(server().url, coordinator.cookie), plan.id);
    const memberView = subscribe(wsClient(server().url, member.cookie), plan.id);
    await waitFor(() => server().app.planChanges.openSubscriptions >= 3);
    await citizen.data(COMMENT, { goalId: goal.id, kind: 'SUGGESTION', body: 'Kan vi prøve to dager i uka?' });
    expect(await coordinatorView.until(() => coordinatorView.events.length > 0)).toBe(true);
    expect(coordinatorView.events[0]).toMatchObject({ planId: plan.id, entity: 'GoalComment', action: 'comment.suggestion', version: null, byMe: false });
    await coordinator.data(ANSWER, { goalId: goal.id, body: 'Ja, vi prøver fra neste uke.' });
    expect(await citizenView.until(() => citizenView.events.some((event) => event.action === 'comment.answer' && !event.byMe))).toBe(true);
    // A save the member may hear comes after both comments: had they been sent, they would be first.
    await saveGoal(coordinator, goal.id, 'Gå til butikken to dager i uka');
    expect(await memberView.until(() => memberView.events.length > 0)).toBe(true);
    expect(memberView.ended).toBeUndefined();
    expect(memberView.events.map((event) => event.entity)).toEqual(['Goal']);
  });

  it('is refused to those who may not read the plan', async () => {
    const { plan } = await sofiesPlan();
    const other = await server().signIn(DEMO_USERNAMES.mentalHealthCoordinator);
    const view = subscribe(wsClient(server().url, other.cookie), plan.id);
    expect(await view.until(() => view.ended !== undefined)).toBe(true);
    expect(JSON.stringify(view.ended!.error)).toContain('FORBIDDEN');
    const anonymous = subscribe(wsClient(server().url, undefined), plan.id);
    expect(await anonymous.until(() => anonymous.ended !== undefined)).toBe(true);
    expect(JSON.stringify(anonymous.ended!.error)).toContain('UNAUTHENTICATED');
  });

  it('cannot be opened from a page of another origin', async () => {
    const citizen = await server().signIn(DEMO_USERNAMES.citizen);
    const status = await new Promise<number | string>((resolve) => {
      const socket = new WebSocket(server().url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws', {
        headers: { cookie: citizen.cookie!, origin: 'https://evil.example' },
      });
      socket.on('unexpected-response', (request, response) => {
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      socket.on('open', () => {
        resolve('open');
        socket.close();
      });
      socket.on('error', () => undefined);
    });
    expect(status).toBe(403);
  });

  it('ends when the session does', async () => {
    const { plan, goal } = await sofiesPlan();
    const citizen = await server().signIn(DEMO_USERNAMES.citizen);
    const coordinator = await server().signIn(DEMO_USERNAMES.coordinator);
    const view = subscribe(wsClient(server().url, citizen.cookie), plan.id);
    await waitFor(() => server().app.planChanges.openSubscriptions >= 1);
    await citizen.fetch('/auth/logout', { method: 'POST' });
    await saveGoal(coordinator, goal.id, 'Etter utlogging');
    expect(await view.until(() => view.ended !== undefined)).toBe(true);
    expect(view.events).toEqual([]);
  });

  it('tells a group member nothing of a goal the consent withholds from their unit, and goes on with the rest', async () => {
    const { plan, goal } = await sofiesPlan();
    const prisma = server().database.prisma;
    const other = await prisma.goal.findFirstOrThrow({ where: { planId: plan.id, removedAt: null, id: { not: goal.id } }, orderBy: { sortOrder: 'asc' } });
    const siri = await prisma.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.physio }, include: { units: true } });
    const exchange = await prisma.consent.findFirstOrThrow({ where: { personId: plan.personId, scope: 'INFORMATION_EXCHANGE', withdrawnAt: null } });
    const restriction = await prisma.consentRestriction.create({
      data: { municipalityId: plan.municipalityId, consentId: exchange.id, kind: 'MATTER', description: 'Ikke til fysioterapien', goalId: goal.id, unitId: siri.units[0]!.unitId },
    });
    try {
      const coordinator = await server().signIn(DEMO_USERNAMES.coordinator);
      const member = await server().signIn(DEMO_USERNAMES.physio);
      const gp = await server().signIn(DEMO_USERNAMES.gp);
      const memberView = subscribe(wsClient(server().url, member.cookie), plan.id);
      const gpView = subscribe(wsClient(server().url, gp.cookie), plan.id);
      await waitFor(() => server().app.planChanges.openSubscriptions >= 2);
      await saveGoal(coordinator, goal.id, 'Holdt unna fysioterapien');
      await saveGoal(coordinator, other.id, 'Alle kan se dette');
      // The GP hears both; the physiotherapist only the goal she may see.
      expect(await gpView.until(() => gpView.events.length >= 2)).toBe(true);
      expect(await memberView.until(() => memberView.events.length >= 1)).toBe(true);
      expect(gpView.events.map((event) => event.entityId)).toEqual([goal.id, other.id]);
      expect(memberView.events.map((event) => event.entityId)).toEqual([other.id]);
    } finally {
      await prisma.consentRestriction.delete({ where: { id: restriction.id } });
    }
  });

  it('ends for a member who has left the group, at the next change', async () => {
    const { plan, goal } = await sofiesPlan();
    const prisma = server().database.prisma;
    const siri = await prisma.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.physio } });
    const membership = await prisma.groupMember.findFirstOrThrow({ where: { userId: siri.id, leftAt: null, group: { personId: plan.personId } } });
    const coordinator = await server().signIn(DEMO_USERNAMES.coordinator);
    const member = await server().signIn(DEMO_USERNAMES.physio);
    const memberView = subscribe(wsClient(server().url, member.cookie), plan.id);
    await waitFor(() => server().app.planChanges.openSubscriptions >= 1);
    await prisma.groupMember.update({ where: { id: membership.id }, data: { leftAt: new Date(Date.now() - 86_400_000) } });
    try {
      await saveGoal(coordinator, goal.id, 'Etter at hun gikk ut av gruppen');
      expect(await memberView.until(() => memberView.ended !== undefined)).toBe(true);
      expect(memberView.events).toEqual([]);
    } finally {
      await prisma.groupMember.update({ where: { id: membership.id }, data: { leftAt: null } });
    }
  });

  it("ends for a group member the moment the person withdraws the consent, and goes on for the person", async () => {
    const { plan } = await sofiesPlan();
    const citizen = await server().signIn(DEMO_USERNAMES.citizen);
    const member = await server().signIn(DEMO_USERNAMES.physio);
    const citizenView = subscribe(wsClient(server().url, citizen.cookie), plan.id);
    const memberView = subscribe(wsClient(server().url, member.cookie), plan.id);
    await waitFor(() => server().app.planChanges.openSubscriptions >= 2);
    const exchange = await server().database.prisma.consent.findFirstOrThrow({
      where: { personId: plan.personId, scope: 'INFORMATION_EXCHANGE', withdrawnAt: null },
    });
    await citizen.data('mutation ($id: ID!) { withdrawConsent(consentId: $id) { id } }', { id: exchange.id });
    // No save follows: the withdrawal alone ends the member's subscription, with nothing sent.
    expect(await memberView.until(() => memberView.ended !== undefined)).toBe(true);
    expect(memberView.events).toEqual([]);
    expect(await citizenView.until(() => citizenView.events.length > 0)).toBe(true);
    expect(citizenView.events[0]).toMatchObject({ planId: plan.id, entity: 'Consent', entityId: exchange.id, action: 'consent.withdrawn', byMe: false });
    expect(citizenView.ended).toBeUndefined();
  });

  // Replicas share a PostgreSQL server; the embedded database belongs to one process.
  if (TEST_DATABASE === 'postgres') {
    it('hears a save made on another API replica', async () => {
    const { plan, goal } = await sofiesPlan();
    const replicaDb = await openDatabase({ databaseUrl: server().databaseUrl!, poolSize: 2 });
    // No mail worker, as in test-server.ts.
    const replica = await startServer(loadConfig({ PORT: '0', DEMO_LOGIN: '1', WEB_DIST: '/nonexistent', MAIL_WORKER: '0' }), {
      database: replicaDb,
      log: createLogger('silent'),
    });
    try {
      const citizen = await server().signIn(DEMO_USERNAMES.citizen);
      const view = subscribe(wsClient(replica.url, citizen.cookie), plan.id);
      await waitFor(() => replica.app.planChanges.openSubscriptions >= 1);
      const coordinator = await server().signIn(DEMO_USERNAMES.coordinator);
      await saveGoal(coordinator, goal.id, 'Lagret på den andre instansen');
      expect(await view.until(() => view.events.length > 0)).toBe(true);
      expect(view.events[0]).toMatchObject({ entityId: goal.id, action: 'goal.updated' });
    } finally {
      await Promise.all(open.splice(0).map((client) => client.dispose()));
      await replica.close();
      await replicaDb.close();
    }
    });
  }
});

async function waitFor(predicate: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
