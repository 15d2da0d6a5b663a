// Environment parsed once into a typed Config. validateConfig lists every problem at once.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; absent means the embedded PGlite in dataDir. */
  databaseUrl?: string;
  dataDir: string;
  production: boolean;
  /** Sign-in with demo users (POST /auth/demo-login) and seeding an empty database. */
  demoMode: boolean;
  sessionTtlHours: number;
  cookieSecure: boolean;
  /** Built web app served at /. */
  webDist: string;
  logLevel: string;
  dbPoolSize: number;
  /** Where the web app is reached (PUBLIC_URL, e.g. https://samhandling.kommune.no): links in mail start with it. */
  publicUrl: string;
  mail: MailConfig;
}

export interface MailConfig {
  /** smtp://user:pass@host:587 or smtps://...; absent means demo mode (nothing leaves the process). */
  smtpUrl?: string;
  /** The From header, e.g. "Samhandling <noreply@kommune.no>". */
  from: string;
  /** Whether this process runs the mail worker (MAIL_WORKER=0 turns it off). */
  worker: boolean;
  /** How often the worker looks for due mail. */
  pollMs: number;
  /** Mails claimed per round. */
  batchSize: number;
  /** Attempts before a mail is marked FAILED. */
  maxAttempts: number;
  /** The wait after the first failed attempt; it doubles with each one up to backoffMaxMs. */
  backoffBaseMs: number;
  backoffMaxMs: number;
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const errors = validateConfig(env);
  if (errors.length > 0) {
    throw new Error(`Invalid configuration:\n- ${errors.join('\n- ')}`);
  }
  const production = env.NODE_ENV === 'production';
  const databaseUrl = env.DATABASE_URL || undefined;
  const demoMode = env.DEMO_LOGIN === '1' || (env.DEMO_LOGIN !== '0' && !production && !databaseUrl);
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    production,
    demoMode,
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 8),
    cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === '1' : production,
    webDist: path.resolve(env.WEB_DIST ?? path.join(__dirname, '../../../web/dist')),
    logLevel: env.LOG_LEVEL ?? (production ? 'info' : 'warn'),
    dbPoolSize: Number(env.DB_POOL_SIZE ?? 10),
    publicUrl: (env.PUBLIC_URL ?? '').replace(/\/+$/, ''),
    mail: {
      smtpUrl: env.SMTP_URL || undefined,
      from: env.MAIL_FROM || 'Samhandling <noreply@samhandling.local>',
      worker: env.MAIL_WORKER !== '0',
      pollMs: Number(env.MAIL_POLL_MS || 5000),
      batchSize: Number(env.MAIL_BATCH_SIZE || 20),
      maxAttempts: Number(env.MAIL_MAX_ATTEMPTS || 10),
      backoffBaseMs: Number(env.MAIL_BACKOFF_BASE_MS || 30_000),
      backoffMaxMs: Number(env.MAIL_BACKOFF_MAX_MS || 3_600_000),
    },
  };
}

export function validateConfig(env: Env): string[] {
  const errors: string[] = [];
  const integer = (name: string, min: number, max: number) => {
    const value = env[name];
    if (value === undefined || value === '') return;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) errors.push(`${name} must be a whole number from ${min} to ${max}`);
  };
  integer('PORT', 0, 65535);
  integer('SESSION_TTL_HOURS', 1, 24 * 30);
  integer('DB_POOL_SIZE', 1, 200);
  integer('MAIL_POLL_MS', 10, 3_600_000);
  integer('MAIL_BATCH_SIZE', 1, 500);
  integer('MAIL_MAX_ATTEMPTS', 1, 100);
  integer('MAIL_BACKOFF_BASE_MS', 0, 86_400_000);
  integer('MAIL_BACKOFF_MAX_MS', 0, 86_400_000);
  const smtp = env.SMTP_URL;
  if (smtp && !/^smtps?:\/\/[^/]/.test(smtp)) errors.push('SMTP_URL must start with smtp:// or smtps:// and name a host');
  const url = env.DATABASE_URL;
  if (url && !/^postgres(ql)?:\/\//.test(url)) errors.push('DATABASE_URL must start with postgres:// or postgresql://');
  for (const flag of ['DEMO_LOGIN', 'COOKIE_SECURE', 'MAIL_WORKER']) {
    const value = env[flag];
    if (value !== undefined && value !== '' && value !== '0' && value !== '1') errors.push(`${flag} must be 0 or 1`);
  }
  return errors;
}
