// Configuration of the Prisma 6.19 CLI (`prisma-migrate` in package.json), which writes and
// applies migrations (`pnpm db:diff`, `pnpm prisma-migrate migrate deploy`): it runs with its
// WebAssembly engines ("js" engine) through a driver adapter, so nothing native is downloaded
// (Prisma 7's migrate commands need a native schema engine). DATABASE_URL names a PostgreSQL
// database; without it the CLI works on an in-memory PGlite. The app applies migrations itself
// (apps/api/src/lib/migrate.ts) on both databases; see docs/development.md.
// Paths here are relative to this folder.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma-migrate/config';

// The 6.19 CLI reads a copy of schema.prisma with what Prisma 7 refuses and 6.19 requires: a
// datasource url (the adapter below decides where it connects) and the generator's
// `engineType = "client"` (without it the CLI downloads a native query engine).
const MIGRATE_SCHEMA = path.join(__dirname, '..', '.tmp', 'prisma-migrate', 'schema.prisma');
writeMigrateSchema();

function writeMigrateSchema() {
  let schema = readFileSync(path.join(__dirname, 'schema.prisma'), 'utf8');
  for (const [block, line] of [
    [/^datasource db \{$/m, '  url = "postgresql://driver-adapter"'],
    [/^generator client \{$/m, '  engineType = "client"'],
  ] as const) {
    if (!block.test(schema)) throw new Error(`prisma/schema.prisma: no ${block.source} block`);
    schema = schema.replace(block, (opening) => `${opening}\n${line}`);
  }
  mkdirSync(path.dirname(MIGRATE_SCHEMA), { recursive: true });
  writeFileSync(MIGRATE_SCHEMA, `// Written by prisma/migrate.config.ts from prisma/schema.prisma: do not edit.\n${schema}`);
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: MIGRATE_SCHEMA,
  migrations: { path: 'migrations' },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    return connectionString ? postgresAdapter(connectionString) : pgliteAdapter();
  },
});

// The schema engine sends a migration script through executeScript, or executeRaw without
// arguments (on the shadow database), and reads the catalogue, whose "char" columns
// (pg_constraint.contype) adapter-pg does not know.
async function postgresAdapter(connectionString: string) {
  const { PrismaPg } = await import('@prisma/adapter-pg');
  type Adapter = Awaited<ReturnType<InstanceType<typeof PrismaPg>['connect']>>;
  const patch = (adapter: Adapter): Adapter => {
    const internals = adapter as unknown as {
      client: { query(sql: string): Promise<unknown> };
      onError(e: unknown): never;
      performIO(query: unknown): Promise<{ fields?: { dataTypeID: number }[] }>;
    };
    // adapter-pg splits a script at every ";", which breaks function bodies (the triggers in our
    // migrations). PostgreSQL runs a multi-statement script sent as one simple query.
    const runScript = async (script: string) => {
      await internals.client.query(script).catch((error: unknown) => internals.onError(error));
    };
    adapter.executeScript = runScript;
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await runScript(query.sql);
      return 0;
    };
    // Give "char" columns the type the engine expects (adapter-pg refuses them), by query.
    const charColumns = new WeakMap<object, number[]>();
    const performIO = internals.performIO.bind(adapter);
    internals.performIO = async (query) => {
      const result = await performIO(query);
      const fields = result.fields ?? [];
      charColumns.set(query as object, fields.flatMap((field, i) => (field.dataTypeID === PG_CHAR ? [i] : [])));
      for (const field of fields) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
      return result;
    };
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      const result = await queryRaw(query);
      for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = COLUMN_TYPE_CHARACTER;
      return result;
    };
    return adapter;
  };
  const open = async (url: string) => patch(await new PrismaPg({ connectionString: url }).connect());
  // adapter-pg's own shadow database keeps the connection string's database name (pg lets the
  // string win over `database`), so the migrations would be replayed on DATABASE_URL itself.
  const connectToShadowDb = async () => {
    const server = await open(connectionString);
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await server.executeScript(`CREATE DATABASE "${name}"`);
    const url = new URL(connectionString);
    url.pathname = `/${name}`;
    const shadow = await open(url.toString());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await server.executeScript(`DROP DATABASE "${name}" WITH (FORCE)`);
      await server.dispose();
    };
    return shadow;
  };
  // adapter-pg 7.x works with the 6.19 CLI; its types come from the other major, hence the cast.
  return { provider: 'postgres', adapterName: '@prisma/adapter-pg', connect: () => open(connectionString), connectToShadowDb } as never;
}

// The PGlite adapter sends a script as one prepared statement, which PostgreSQL refuses for
// several commands: PGlite's exec runs it whole. Each connection is a fresh in-memory database.
async function pgliteAdapter() {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  const open = async () => {
    const pglite = new PGlite();
    const adapter = await new PrismaPGlite(pglite).connect();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeScript = async (script: string) => {
      await pglite.exec(script);
    };
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await pglite.exec(query.sql);
      return 0;
    };
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await pglite.close();
    };
    return adapter;
  };
  return { provider: 'postgres', adapterName: 'pglite-prisma-adapter', connect: open, connectToShadowDb: open } as never;
}

const PG_CHAR = 18;
const PG_TEXT = 25;
// ColumnTypeEnum.Character of @prisma/driver-adapter-utils (the same in 6.19 and 7.x).
const COLUMN_TYPE_CHARACTER = 6 as never;
