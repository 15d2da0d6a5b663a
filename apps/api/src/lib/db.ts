// Opens the database: embedded PGlite by default (data in a folder, or in memory for tests),
// PostgreSQL when a connection string is given. Both speak to Prisma through a driver adapter.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client';
import { StatementTap, tapPglite, tapPgPool } from './statements';

export type Db = PrismaClient;
export type DatabaseKind = 'pglite' | 'postgres';

/** Runs a multi-statement SQL script outside Prisma (migrations, test set-up). */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn while holding a lock that other processes using the same database respect. */
  withExclusiveLock<T>(fn: () => Promise<T>): Promise<T>;
}

/** What a subscriber to a notification channel hears. */
export interface NotificationHandlers {
  onMessage(payload: string): void;
  /** Listening (again): every notification from now on arrives, in commit order. */
  onListening(): void;
  /** Not listening: notifications can be missed until the next onListening. */
  onLost(error: Error): void;
}

export interface Subscription {
  close(): Promise<void>;
}

export interface Database {
  kind: DatabaseKind;
  prisma: Db;
  sql: SqlRunner;
  /** Every SQL statement sent to the database, for whoever listens (tests, the benchmark). */
  statements: StatementTap;
  /** Throws when the database does not answer (health check). */
  ping(): Promise<void>;
  /**
   * LISTEN on a channel (lower case) for NOTIFY from any process on the same database. On
   * PostgreSQL a connection of its own, outside the pool, which is reconnected if lost.
   */
  subscribe(channel: string, handlers: NotificationHandlers): Promise<Subscription>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgresql://... connection string; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite data folder; absent means in memory. */
  dataDir?: string;
  /** Pool size per API process on PostgreSQL. */
  poolSize?: number;
  /** Called when an idle PostgreSQL connection fails (e.g. the server restarted). */
  onPoolError?: (error: Error) => void;
}

// An arbitrary fixed key for pg_advisory_lock, so replicas migrate one at a time.
const MIGRATION_LOCK_KEY = 727_073_691;

/** The database a configuration names: PostgreSQL at its URL, or PGlite in DATA_DIR/pglite. */
export function openConfiguredDatabase(
  config: { databaseUrl?: string; dataDir: string; dbPoolSize: number },
  onPoolError?: (error: Error) => void,
): Promise<Database> {
  return openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: path.join(config.dataDir, 'pglite'),
    poolSize: config.dbPoolSize,
    onPoolError,
  });
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10, options.onPoolError)
    : openPglite(options.dataDir);
}

// Prisma's defaults (2 s to get a connection, 5 s to finish) turn a burst of saves on a busy
// server into errors: saves waiting for the pool or PGlite's one connection are not failures.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  await client.waitReady;
  const statements = new StatementTap();
  tapPglite(client, statements);
  // PGlite has one connection. Its own mutex makes plain queries wait while a transaction runs,
  // so concurrent requests are serialized; see lib/db.int.test.ts.
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client), transactionOptions: TRANSACTION_OPTIONS });
  const sql: SqlRunner = {
    async exec(text) {
      await client.exec(text);
    },
    async query<T>(text: string, params: unknown[] = []) {
      const result = await client.query<T>(text, params);
      return result.rows;
    },
    // A single process owns the PGlite folder, so the process-level mutex is enough.
    withExclusiveLock: (fn) => fn(),
  };
  let closed = false;
  return {
    kind: 'pglite',
    prisma,
    sql,
    statements,
    async ping() {
      if (closed) throw new Error('database closed');
      await client.query('SELECT 1');
    },
    // In-process: nothing can be missed while the instance is open.
    async subscribe(channel, handlers) {
      const unlisten = await client.listen(channel, (payload) => handlers.onMessage(payload));
      handlers.onListening();
      return {
        async close() {
          if (!closed) await unlisten();
        },
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await client.close();
    },
  };
}

async function openPostgres(connectionString: string, poolSize: number, onPoolError?: (error: Error) => void): Promise<Database> {
  // One pool, owned here, serves Prisma and the SQL runner. Closing ends it only after Prisma has
  // let go, and an idle connection that the server drops (restart, failover) is reported, not
  // thrown at the process as an unhandled 'error' event.
  // At least two: the migration lock holds one connection while the migrations use another.
  const pool = new pg.Pool({ connectionString, max: Math.max(poolSize, 2) });
  pool.on('error', (error) => onPoolError?.(error));
  const statements = new StatementTap();
  tapPgPool(pool, statements);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: TRANSACTION_OPTIONS });
  const sql: SqlRunner = {
    async exec(text) {
      await pool.query(text);
    },
    async query<T>(text: string, params: unknown[] = []) {
      const result = await pool.query(text, params);
      return result.rows as T[];
    },
    async withExclusiveLock(fn) {
      const conn = await pool.connect();
      try {
        await conn.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        return await fn();
      } finally {
        await conn.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
        conn.release();
      }
    },
  };
  let closed = false;
  return {
    kind: 'postgres',
    prisma,
    sql,
    statements,
    async ping() {
      if (closed) throw new Error('database closed');
      await pool.query('SELECT 1');
    },
    subscribe: (channel, handlers) => listenOnPostgres(connectionString, channel, handlers),
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

const LISTEN_RETRY_MS = { first: 250, max: 10_000 };

/**
 * A connection that LISTENs on one channel. When it fails it says so (onLost) and reconnects with
 * a growing delay; notifications sent meanwhile are lost, which the subscriber must assume.
 */
async function listenOnPostgres(connectionString: string, channel: string, handlers: NotificationHandlers): Promise<Subscription> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel name: ${channel}`);
  let current: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = LISTEN_RETRY_MS.first;

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString });
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      client.end().catch(() => undefined);
      if (closed) return;
      if (current === client) current = undefined;
      handlers.onLost(error);
      retry = setTimeout(() => void connect(), delay);
      retry.unref();
      delay = Math.min(delay * 2, LISTEN_RETRY_MS.max);
    };
    client.on('error', fail);
    client.on('end', () => fail(new Error('the listening connection ended')));
    client.on('notification', (message) => {
      if (message.channel === channel) handlers.onMessage(message.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
    } catch (error) {
      fail(error as Error);
      return;
    }
    if (closed) {
      failed = true;
      await client.end().catch(() => undefined);
      return;
    }
    current = client;
    delay = LISTEN_RETRY_MS.first;
    handlers.onListening();
  };

  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const client = current;
      current = undefined;
      await client?.end().catch(() => undefined);
    },
  };
}
