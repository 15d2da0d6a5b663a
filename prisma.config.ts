// Prisma CLI configuration. The CLI runs with its WebAssembly engines ("js" engine), so nothing
// native is downloaded. The CLI needs DATABASE_URL set (else it tries to download an engine):
// a postgres:// URL talks to PostgreSQL, `postgresql://pglite/memory` to an in-memory PGlite, which is all
// `prisma generate` and `prisma migrate diff` need. The app applies migrations itself
// (apps/api/src/lib/migrate.ts) on both databases; see docs/development.md.
import path from 'node:path';
import { defineConfig } from 'prisma/config';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (connectionString && !connectionString.startsWith('postgresql://pglite/')) {
      const { PrismaPg } = await import('@prisma/adapter-pg');
      const factory = new PrismaPg({ connectionString });
      // adapter-pg splits a migration script at every ";", which breaks function bodies (the
      // triggers in our migrations). PostgreSQL runs a multi-statement script sent as one
      // simple query, so the script is sent whole.
      const connect = factory.connect.bind(factory);
      factory.connect = async () => {
        const adapter = await connect();
        const internals = adapter as unknown as { client: { query(sql: string): Promise<unknown> }; onError(e: unknown): never };
        adapter.executeScript = async (script: string) => {
          await internals.client.query(script).catch((error: unknown) => internals.onError(error));
        };
        return adapter;
      };
      // adapter-pg 7.x works with the 6.19 CLI; its types come from the other major, hence the cast.
      return factory as never;
    }
    const { PGlite } = await import('@electric-sql/pglite');
    const { PrismaPGlite } = await import('pglite-prisma-adapter');
    return new PrismaPGlite(new PGlite()) as never;
  },
});
