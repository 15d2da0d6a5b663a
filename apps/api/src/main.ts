// Entry point: read the environment, start, and stop cleanly on SIGINT/SIGTERM.
import 'reflect-metadata';
import { loadConfig } from './config/config';
import { createLogger } from './lib/logger';
import { tuneV8 } from './lib/v8-tuning';
import { startServer } from './server';

async function main() {
  tuneV8();
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const server = await startServer(config, { log });
  const database = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
  // Printed (not logged) so the address is visible whatever LOG_LEVEL is.
  console.log(`Samhandling listening on ${server.url} (${database}${config.demoMode ? ', demo sign-in on' : ''})`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
