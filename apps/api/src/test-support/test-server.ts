// Starts the real server for a test file, on a fresh database: in-memory PGlite by default,
// a throwaway PostgreSQL database when TEST_DATABASE=postgres. Tests talk to it over HTTP.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../config/config';
import { openDatabase, type Database } from '../lib/db';
import { createLogger, type Logger } from '../lib/logger';
import { startServer, type RunningServer } from '../server';

export const TEST_DATABASE = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';
export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestServer extends RunningServer {
  /** Signs in a demo user and returns a client that carries their session cookie. */
  signIn(username: string): Promise<ApiClient>;
  anonymous(): ApiClient;
  /** The PostgreSQL database's URL (absent on PGlite), for a second process's connections. */
  databaseUrl?: string;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; fields?: Array<{ field: string; message: string }> } }>;
}

export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly cookie?: string,
    readonly locale = 'nb',
  ) {}

  withLocale(locale: string): ApiClient {
    return new ApiClient(this.baseUrl, this.cookie, locale);
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    headers.set('accept-language', this.locale);
    return fetch(`${this.baseUrl}${path}`, { ...init, headers });
  }

  async gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const response = await this.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Like gql, but fails the test on any error. */
  async data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }
}

/** A fresh, empty database: in-memory PGlite, or a throwaway PostgreSQL database. */
export async function openTestDatabase(): Promise<{ database: Database; url?: string; drop: () => Promise<void> }> {
  if (TEST_DATABASE === 'pglite') {
    return { database: await openDatabase({}), drop: async () => undefined };
  }
  const name = `samhandling_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/**
 * Starts a server before the file's tests and closes it after; the returned function gives it.
 * Use startTestServer directly for a second server inside a test.
 */
export function useTestServer(env: Record<string, string> = {}, clock?: () => Date): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(env, undefined, clock);
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('the test server is not started yet');
    return server;
  };
}

/** `clock` sets the time GraphQL requests are served at (the demo data and sessions keep the real one). */
export async function startTestServer(
  env: Record<string, string> = {},
  log: Logger = createLogger('silent'),
  clock?: () => Date,
): Promise<TestServer> {
  const { database, url: databaseUrl, drop } = await openTestDatabase();
  // No mail worker unless a test asks (MAIL_WORKER: '1'): one polling in the background would
  // change rows under tests of the outbox and add statements to tests that count them.
  const config = loadConfig({ PORT: '0', DEMO_LOGIN: '1', WEB_DIST: '/nonexistent', MAIL_WORKER: '0', ...env });
  const server = await startServer(config, { database, log, clock });
  const baseUrl = server.url;
  return {
    ...server,
    url: baseUrl,
    databaseUrl,
    anonymous: () => new ApiClient(baseUrl),
    async signIn(username: string) {
      const response = await fetch(`${baseUrl}/auth/demo-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username }),
      });
      if (response.status !== 200) throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`);
      const cookie = response.headers.get('set-cookie')?.split(';')[0];
      return new ApiClient(baseUrl, cookie);
    },
    async close() {
      await server.close();
      await database.close();
      await drop();
    },
  };
}
