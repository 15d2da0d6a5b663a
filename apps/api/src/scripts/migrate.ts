// Applies the migrations to the configured database (PGlite in DATA_DIR, or DATABASE_URL).
// Safe to run from several replicas at once on PostgreSQL (advisory lock).
import { loadConfig } from '../config/config';
import { openConfiguredDatabase } from '../lib/db';
import { migrate } from '../lib/migrate';

async function main() {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    const { applied, alreadyApplied } = await migrate(database.sql);
    console.log(`Applied ${applied.length} migration(s)${applied.length ? `: ${applied.join(', ')}` : ''}; ${alreadyApplied} already applied.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
