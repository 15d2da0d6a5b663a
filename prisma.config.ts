// Prisma 7 CLI configuration, used only to generate the client (`pnpm generate`): generation
// never runs the schema engine, which cannot be downloaded here, so the generate script points
// PRISMA_SCHEMA_ENGINE_BINARY at an existing file. Migrations are written and applied with the
// Prisma 6.19 CLI and its WebAssembly engine (prisma/migrate.config.ts; see docs/development.md).
import path from 'node:path';
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
});
