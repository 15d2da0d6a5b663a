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
  const url = env.DATABASE_URL;
  if (url && !/^postgres(ql)?:\/\//.test(url)) errors.push('DATABASE_URL must start with postgres:// or postgresql://');
  for (const flag of ['DEMO_LOGIN', 'COOKIE_SECURE']) {
    const value = env[flag];
    if (value !== undefined && value !== '' && value !== '0' && value !== '1') errors.push(`${flag} must be 0 or 1`);
  }
  return errors;
}
