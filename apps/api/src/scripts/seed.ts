// Migrates and seeds the demo municipality into an empty database (PGlite in DATA_DIR, or
// DATABASE_URL), as a demo-mode start does, whether or not demo sign-in is on.
import { loadConfig } from '../config/config';
import { openConfiguredDatabase } from '../lib/db';
import { createLogger } from '../lib/logger';
import { prepareDatabase } from '../server';

async function main() {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database, { ...config, demoMode: true }, createLogger('info'));
    console.log('The database is migrated and holds the demo municipality.');
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
