// Starts the whole server from a Config: database, migrations, demo data, schema, HTTP.
// main.ts calls it with the environment; tests call it with their own database.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config/config';
import { isSeeded, seedDemo } from './demo/seed';
import { seedDemoMail } from './demo/seed-mail';
import { openConfiguredDatabase, type Database } from './lib/db';
import { createLogger, type Logger } from './lib/logger';
import { startMailWorker } from './lib/mail/mail-worker';
import { migrate } from './lib/migrate';
import { purgeExpiredSessions } from './modules/auth/session.service';
import { buildAppSchema } from './schema';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  close(): Promise<void>;
}

export async function prepareDatabase(database: Database, config: Config, log: Logger): Promise<void> {
  const { applied } = await migrate(database.sql);
  if (applied.length > 0) log.info({ applied }, 'migrations applied');
  if (config.demoMode && !(await isSeeded(database.prisma))) {
    const summary = await seedDemo(database.prisma);
    const mails = await seedDemoMail(database.prisma, config);
    log.info({ ...summary, mails }, 'demo municipality seeded');
  }
}

export async function startServer(
  config: Config,
  options: { database?: Database; log?: Logger; clock?: () => Date } = {},
): Promise<RunningServer> {
  const log = options.log ?? createLogger(config.logLevel);
  const database =
    options.database ??
    (await openConfiguredDatabase(config, (error) => log.warn({ err: error }, 'an idle database connection failed')));
  await prepareDatabase(database, config, log);
  const schema = await buildAppSchema();
  const app = await buildApp({ config, database, schema, log, clock: options.clock });
  const url = await app.listen({ port: config.port, host: config.host });
  const purge = setInterval(() => {
    purgeExpiredSessions(database.prisma).catch((error: unknown) => log.warn({ err: error }, 'session purge failed'));
  }, 3600_000);
  purge.unref();
  // Every replica runs one: the claims (mail-worker.ts) let only one deliver each mail.
  const mailWorker = startMailWorker(database.prisma, config.mail, log);
  return {
    app,
    database,
    url,
    async close() {
      clearInterval(purge);
      // First, so the send in progress is recorded while the database is still open.
      await mailWorker?.stop();
      await app.close();
      if (!options.database) await database.close();
    },
  };
}
