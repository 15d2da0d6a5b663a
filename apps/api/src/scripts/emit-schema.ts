// Writes the GraphQL SDL to apps/api/schema.graphql; with --check, fails when the committed
// file differs from what the code emits (CI runs this).
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from '../schema';

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

export async function emitSchemaSdl(): Promise<string> {
  const schema = await buildAppSchema();
  return `# Emitted from the type-graphql resolvers by apps/api/src/scripts/emit-schema.ts. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

async function main() {
  const sdl = await emitSchemaSdl();
  if (process.argv.includes('--check')) {
    const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    if (committed !== sdl) {
      console.error('apps/api/schema.graphql is stale: run `pnpm build` (or node apps/api/dist/scripts/emit-schema.js) and commit it.');
      process.exit(1);
    }
    console.log('apps/api/schema.graphql is up to date');
    return;
  }
  await writeFile(SCHEMA_FILE, sdl);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
