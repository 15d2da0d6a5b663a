// The baselines' HTTP servers: a Fastify server with one hand-written SQL
// endpoint per operation and variant (POST /sql/<key> and /sql-obliged/<key>), and a bare
// Fastify + Apollo server answering `me` with a constant. They take the same request as
// /graphql (JSON body with variables, the session cookie) and answer the same JSON.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { localeFromAcceptLanguage } from '@samhandling/shared';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import pg from 'pg';
import type { Config } from '../../../config/config';
import type { Database } from '../../../lib/db';
import { tapPgPool } from '../../../lib/statements';
import { SESSION_COOKIE } from '../../../modules/auth/session.service';
import { HOT_OPERATIONS } from '../operations';
import type { BaselineViewer, SqlBaseline } from './sql';

const SCHEMA_SDL = path.resolve(__dirname, '../../../../schema.graphql');

export interface BaselineServers {
  sqlUrl: string;
  apolloUrl: string;
  /** What the Apollo server answers for `me`. */
  setConstant(data: unknown): void;
  close(): Promise<void>;
}

interface GraphQLBody {
  variables?: Record<string, unknown> | null;
}

// As session.service stores it: the SHA-256 of the cookie's token.
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function sessionToken(cookieHeader: string | undefined): string | undefined {
  const prefix = `${SESSION_COOKIE}=`;
  const pair = cookieHeader?.split(/;\s*/).find((part) => part.startsWith(prefix));
  return pair ? decodeURIComponent(pair.slice(prefix.length)) : undefined;
}

/** An error answer; a write's statement may refuse it too (its `refused` column: NOT_FOUND, CONFLICT ...). */
const denied = (code: string) => ({ errors: [{ message: code, extensions: { code } }], data: null });

export async function startBaselines(database: Database, config: Config): Promise<BaselineServers> {
  const sql = await startSqlEndpoints(database, config);
  const apollo = await startApolloConstant();
  return {
    sqlUrl: sql.url,
    apolloUrl: apollo.url,
    setConstant: apollo.setConstant,
    async close() {
      await sql.app.close();
      await apollo.app.close();
    },
  };
}

/** Runs one baseline statement under a name that is unique to its text. */
type Run = <T = Record<string, unknown>>(name: string, text: string, values: unknown[]) => Promise<T[]>;

/**
 * On PostgreSQL, baselines run as named prepared statements (planned once per connection, as a
 * hand-written endpoint would) on a pool of the API's size, whose statements are counted with
 * the API's. On PGlite they share the API's instance, which has no named statements.
 */
function runner(database: Database, config: Config): { run: Run; close(): Promise<void> } {
  if (database.kind === 'pglite') {
    return { run: <T>(_name: string, text: string, values: unknown[]) => database.sql.query<T>(text, values), close: async () => undefined };
  }
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.dbPoolSize });
  pool.on('error', () => undefined);
  tapPgPool(pool, database.statements);
  return {
    run: async <T>(name: string, text: string, values: unknown[]) => (await pool.query({ name, text, values })).rows as T[],
    close: () => pool.end(),
  };
}

async function startSqlEndpoints(database: Database, config: Config): Promise<{ app: FastifyInstance; url: string }> {
  const { run, close } = runner(database, config);
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  app.addHook('onClose', close);
  // The bare variant checks no session: a cookie's viewer, and the statement for them, are
  // looked up once, before timing.
  const bareStatements = new Map<string, { name: string; text: string } | null>();
  const bareStatement = async (key: string, baseline: SqlBaseline, token: string) => {
    const cacheKey = `${key} ${token}`;
    if (!bareStatements.has(cacheKey)) {
      const [viewer] = await run<BaselineViewer>(
        'bench-viewer',
        `SELECT s."userId", s."activeRole"::text AS "activeRole", u."municipalityId", u."personId"
         FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."tokenHash" = $1`,
        [tokenHash(token)],
      );
      // PostgreSQL keeps 63 characters of a name: a number tells the viewers apart.
      bareStatements.set(cacheKey, viewer ? { name: `${key}-bare-${bareStatements.size}`, text: baseline.bare(viewer) } : null);
    }
    return bareStatements.get(cacheKey)!;
  };
  // The locale as the API takes it, from Accept-Language.
  const valuesOf = (baseline: SqlBaseline, request: FastifyRequest<{ Body: GraphQLBody }>) =>
    baseline.values(request.body?.variables ?? {}, localeFromAcceptLanguage(request.headers['accept-language']));
  const answer = (baseline: SqlBaseline, data: unknown) => ({
    data: { [baseline.field]: baseline.finish && data !== null ? baseline.finish(data) : data },
  });

  for (const { key, sql: baseline } of HOT_OPERATIONS) {
    app.post<{ Body: GraphQLBody }>(`/sql/${key}`, async (request) => {
      const token = sessionToken(request.headers.cookie);
      const statement = token && (await bareStatement(key, baseline, token));
      if (!statement) return denied('UNAUTHENTICATED');
      const [row] = await run<{ data: unknown; refused?: string | null }>(statement.name, statement.text, valuesOf(baseline, request));
      if (row?.refused) return denied(row.refused);
      return answer(baseline, row?.data ?? null);
    });
    const obligedName = `${key}-obliged`;
    app.post<{ Body: GraphQLBody }>(`/sql-obliged/${key}`, async (request) => {
      const token = sessionToken(request.headers.cookie);
      if (!token) return denied('UNAUTHENTICATED');
      const values = [...valuesOf(baseline, request), tokenHash(token), config.sessionTtlHours];
      const [row] = await run<{ signedIn: boolean; allowed: boolean; refused?: string | null; data: unknown }>(obligedName, baseline.obliged, values);
      if (!row?.signedIn) return denied('UNAUTHENTICATED');
      if (!row.allowed) return denied('FORBIDDEN');
      if (row.refused) return denied(row.refused);
      return answer(baseline, row.data);
    });
  }
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url };
}

/** A bare Fastify + Apollo server on the API's schema (its SDL), answering `me` with a constant. */
async function startApolloConstant(): Promise<{ app: FastifyInstance; url: string; setConstant(data: unknown): void }> {
  let constant: unknown = null;
  const apollo = new ApolloServer({
    typeDefs: readFileSync(SCHEMA_SDL, 'utf8'),
    resolvers: { Query: { me: () => constant } },
    introspection: false,
  });
  await apollo.start();
  const app = Fastify({ logger: false });
  app.route({ url: '/graphql', method: ['POST'], handler: fastifyApolloHandler(apollo) });
  app.addHook('onClose', async () => {
    await apollo.stop();
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    url,
    setConstant(data) {
      constant = data;
    },
  };
}
