// The session cache with two API replicas on one database: a cached session costs no statement,
// and sign-out, role switch and revocation on one replica (or straight in the database) reach
// the other before it serves the next request.
import { loadConfig } from '../../config/config';
import { DEMO_USERNAMES } from '../../demo/personas';
import { openDatabase, type Database } from '../../lib/db';
import { createLogger } from '../../lib/logger';
import { startServer, type RunningServer } from '../../server';
import { countStatements } from '../../test-support/statements';
import { ApiClient, TEST_DATABASE, useTestServer } from '../../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();
let replica: RunningServer;
let replicaDatabase: Database | undefined;

const ME = 'query { me { username activeRole roles units { name } } }';

beforeAll(async () => {
  // On PostgreSQL the second replica has its own pool and listening connection, as another
  // process would; PGlite is in-process, so both share the one instance.
  const database =
    TEST_DATABASE === 'postgres'
      ? (replicaDatabase = await openDatabase({ databaseUrl: server().databaseUrl, poolSize: 3 }))
      : server().database;
  // No mail worker, as in test-server.ts: its polls would run among the statements counted.
  replica = await startServer(loadConfig({ PORT: '0', DEMO_LOGIN: '1', WEB_DIST: '/nonexistent', MAIL_WORKER: '0' }), { database, log: createLogger('silent') });
});

afterAll(async () => {
  await replica.close();
  await replicaDatabase?.close();
});

/** The same session cookie, sent to the other replica. */
const onReplica = (client: ApiClient) => new ApiClient(replica.url, client.cookie);

type MeResult = { me: { username: string; activeRole: string; roles: string[]; units: Array<{ name: string }> } };

it('answers a cached session without a statement, and reads it again after a change', async () => {
  const client = await server().signIn(DEMO_USERNAMES.coordinator);
  await onReplica(client).data(ME);
  const cached = await countStatements<MeResult>(replica, client.cookie, ME);
  expect(cached.response.data?.me.username).toBe(DEMO_USERNAMES.coordinator);
  expect(cached.statements).toEqual([]);

  await server().database.sql.query(`UPDATE "User" SET "name" = "name" || ' Test' WHERE "username" = $1`, [DEMO_USERNAMES.coordinator]);
  await replica.app.sessions.sync();
  const reread = await countStatements<MeResult>(replica, client.cookie, ME);
  expect(reread.count).toBe(1);
});

it('ends the session on every replica at sign-out', async () => {
  const client = await server().signIn(DEMO_USERNAMES.gp);
  expect((await onReplica(client).data<MeResult>(ME)).me.username).toBe(DEMO_USERNAMES.gp);
  await client.fetch('/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  const after = await onReplica(client).gql(ME);
  expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

it('shows a role switch on every replica', async () => {
  const client = await server().signIn(DEMO_USERNAMES.leaderAndCoordinator);
  const before = (await onReplica(client).data<MeResult>(ME)).me;
  const other = before.roles.find((role) => role !== before.activeRole)!;
  await client.data('mutation($role: Role!) { switchRole(role: $role) { activeRole } }', { role: other });
  expect((await onReplica(client).data<MeResult>(ME)).me.activeRole).toBe(other);
});

describe('changes made straight in the database reach the cache as they commit', () => {
  it('a revoked session', async () => {
    const client = await server().signIn(DEMO_USERNAMES.unitLeader);
    await onReplica(client).data(ME);
    await server().database.sql.query(`DELETE FROM "Session" WHERE "userId" = (SELECT "id" FROM "User" WHERE "username" = $1)`, [DEMO_USERNAMES.unitLeader]);
    await replica.app.sessions.sync();
    expect((await onReplica(client).gql(ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a session whose expiry is brought forward', async () => {
    const client = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    await onReplica(client).data(ME);
    await server().database.sql.query(
      `UPDATE "Session" SET "expiresAt" = now() AT TIME ZONE 'UTC' - interval '1 minute' WHERE "userId" = (SELECT "id" FROM "User" WHERE "username" = $1)`,
      [DEMO_USERNAMES.systemCoordinator],
    );
    await replica.app.sessions.sync();
    expect((await onReplica(client).gql(ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a user who is deactivated', async () => {
    const client = await server().signIn(DEMO_USERNAMES.keLeader);
    await onReplica(client).data(ME);
    await server().database.sql.query(`UPDATE "User" SET "active" = false WHERE "username" = $1`, [DEMO_USERNAMES.keLeader]);
    await replica.app.sessions.sync();
    expect((await onReplica(client).gql(ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a user who leaves a unit', async () => {
    const client = await server().signIn(DEMO_USERNAMES.childCoordinator);
    const before = (await onReplica(client).data<MeResult>(ME)).me.units;
    expect(before.length).toBeGreaterThan(0);
    await server().database.sql.query(
      `DELETE FROM "StaffUnit" WHERE "userId" = (SELECT "id" FROM "User" WHERE "username" = $1)`,
      [DEMO_USERNAMES.childCoordinator],
    );
    await replica.app.sessions.sync();
    expect((await onReplica(client).data<MeResult>(ME)).me.units).toEqual([]);
  });
});

// Only PostgreSQL has a listening connection that can be lost; PGlite listens in-process.
if (TEST_DATABASE === 'postgres') {
  it('reads sessions from the database while its listening connection is lost, and caches them again once back', async () => {
    const client = await server().signIn(DEMO_USERNAMES.physio);
    await onReplica(client).data(ME);
    expect((await countStatements(replica, client.cookie, ME)).count).toBe(0);

    await server().database.sql.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'`,
    );
    await until(() => !replica.app.sessions.isListening);
    expect((await countStatements(replica, client.cookie, ME)).count).toBe(1);

    await until(() => replica.app.sessions.isListening);
    await onReplica(client).data(ME);
    expect((await countStatements(replica, client.cookie, ME)).count).toBe(0);
    await client.fetch('/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect((await onReplica(client).gql(ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
