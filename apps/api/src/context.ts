// Per-request context: who is asking, in which language, and a database client bound to the
// viewer's municipality. Services receive this scope explicitly.
import type { Locale } from '@samhandling/shared';
import type { Config } from './config/config';
import type { Db } from './lib/db';
import type { Logger } from './lib/logger';
import { tenantClient, type TenantDb } from './lib/tenant';
import type { AccessLogWriter } from './modules/access-log/access-log-writer';
import type { AccessScope } from './modules/auth/policy';
import type { SessionCache } from './modules/auth/session-cache';
import type { Viewer } from './modules/auth/viewer';
import type { PlanChangeHub } from './modules/plan/plan-changes';

export interface Context {
  requestId: string;
  locale: Locale;
  config: Config;
  /** Unscoped client: sessions and start-up only. Services use `db`. */
  prisma: Db;
  /** This process's session cache: a change to a session goes through it. */
  sessions: SessionCache;
  /** This process's access-log writer: every read of a person's data is appended through it. */
  accessLog: AccessLogWriter;
  /** This process's fan-out of plan changes to open subscriptions. */
  planChanges: PlanChangeHub;
  db: TenantDb;
  viewer: Viewer | null;
  log: Logger;
  /** The moment the request is served at: what "now" and "today" (in Oslo) mean while it runs. */
  now: Date;
  /** Access scopes decided by @Can, by the path of the root field they were decided for. */
  accessByPath: Map<string, AccessScope>;
  /** This request's DataLoaders, by their factory (lib/loaders.ts). */
  loaders: Map<unknown, unknown>;
  /**
   * For a long-lived operation (a subscription): takes the session, the moment and empty
   * loaders afresh, so each event is judged as a new request would be. False when the
   * session has ended.
   */
  renew?: () => Promise<boolean>;
}

// A municipality id no row has: an anonymous request's scoped client finds nothing.
const NO_MUNICIPALITY = '00000000-0000-0000-0000-000000000000';

export function createContext(base: {
  requestId: string;
  locale: Locale;
  config: Config;
  prisma: Db;
  sessions: SessionCache;
  accessLog: AccessLogWriter;
  planChanges: PlanChangeHub;
  viewer: Viewer | null;
  log: Logger;
  now: Date;
}): Context {
  return {
    ...base,
    db: tenantClient(base.prisma, base.viewer?.municipalityId ?? NO_MUNICIPALITY),
    accessByPath: new Map(),
    loaders: new Map(),
  };
}

/** A signed-in viewer; resolvers behind @Can always have one. */
export function viewerOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw new Error('viewerOf called without a signed-in viewer');
  return ctx.viewer;
}
