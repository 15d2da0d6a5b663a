// Migrates and seeds the demo municipality into an empty database (PGlite in DATA_DIR, or DATABASE_URL).
import path from 'node:path';
import { loadConfig } from '../config/config';
import { isSeeded, seedDemo } from '../demo/seed';
import { openDatabase } from '../lib/db';
import { migrate } from '../lib/migrate';

async function main() {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: path.join(config.dataDir, 'pglite') });
  try {
    await migrate(database.sql);
    if (await isSeeded(database.prisma)) {
      console.log('The database already holds the demo municipality; nothing to do.');
      return;
    }
    console.log(await seedDemo(database.prisma));
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
