// The HTTP server: security headers, health check, sign-in routes, /graphql and the web app.
// Every error leaves in GraphQL's shape, translated: { errors: [{ message, extensions: { code } }] }.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { GraphQLError, type GraphQLSchema, type ValidationContext } from 'graphql';
import { localeFromAcceptLanguage, type Locale } from '@samhandling/shared';
import type { Config } from './config/config';
import { createContext, type Context } from './context';
import { registerGraphqlWebSocket } from './graphql/websocket';
import { PlanChangeHub } from './modules/plan/plan-changes';
import { errorTranslationPlugin, formatError } from './graphql/error-plugin';
import { AppError, badInput, HTTP_STATUS, notFound, translateError, unauthenticated } from './graphql/errors';
import type { Database } from './lib/db';
import type { Logger } from './lib/logger';
import { AccessLogWriter } from './modules/access-log/access-log-writer';
import { registerConsentRoutes } from './modules/consent/consent.route';
import { registerMailRoutes } from './modules/mail/mail.route';
import { registerDecisionLetterRoute } from './modules/decision/decision-letter.route';
import { registerPlanPdfRoute } from './modules/plan/plan-pdf.route';
import { registerPersonExportRoutes } from './modules/person/person-export.route';
import { SessionCache } from './modules/auth/session-cache';
import { createSession, deleteSession, resolveSession, SESSION_COOKIE } from './modules/auth/session.service';
import type { Viewer } from './modules/auth/viewer';

export interface AppDeps {
  config: Config;
  database: Database;
  schema: GraphQLSchema;
  log: Logger;
  /** The time for GraphQL requests; the system clock unless a test sets another. */
  clock?: () => Date;
}

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer | null;
    locale: Locale;
  }
  interface FastifyInstance {
    /** This process's session cache (tests wait on it with `sync()`). */
    sessions: SessionCache;
    /** This process's fan-out of plan changes to open subscriptions. */
    planChanges: PlanChangeHub;
  }
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};

const API_PREFIXES = ['/graphql', '/auth/', '/healthz', '/api/'];
const isApiPath = (url: string) => API_PREFIXES.some((prefix) => url.startsWith(prefix));

/** A path that names a file (built assets, or a last segment with an extension), not a client-side route. */
const isFilePath = (url: string) => {
  const pathname = url.split(/[?#]/, 1)[0]!;
  return pathname.startsWith('/assets/') || /\.[\w-]+$/.test(pathname);
};

const DEMO_USERNAME_MAX = 100;

function sendError(reply: FastifyReply, locale: Locale, error: AppError, status = HTTP_STATUS[error.code]) {
  return reply.code(status).send({ errors: [translateError(locale, error)] });
}

/**
 * Armor's limits report a validation error, which Apollo answers with HTTP 400; the message key
 * gives it a translated message (armor's own reporter names no key).
 */
const rejectAsTooComplex = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message, { extensions: { messageKey: 'error.queryTooComplex' } })),
  ],
};

export async function buildApp({ config, database, schema, log, clock = () => new Date() }: AppDeps): Promise<FastifyInstance> {
  const { prisma } = database;
  // Fastify's own request logging is off: the onResponse hook below writes one redacted line.
  const app = Fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    genReqId: () => randomUUID(),
    trustProxy: config.production,
  });

  await app.register(fastifyCookie);

  app.decorateRequest('viewer', null);
  app.decorateRequest('locale', 'nb');

  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (isApiPath(request.url)) reply.header('cache-control', 'no-store');
    request.locale = localeFromAcceptLanguage(request.headers['accept-language']);
  });

  // One log line per request: who, what, status, time. Never bodies or personal data.
  app.addHook('onResponse', async (request, reply) => {
    log.info(
      {
        requestId: request.id,
        userId: request.viewer?.userId,
        role: request.viewer?.activeRole,
        method: request.method,
        route: request.routeOptions.url ?? 'static',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  const accessLog = new AccessLogWriter(prisma);
  const sessions = new SessionCache(database);
  app.decorate('sessions', sessions);
  await sessions.start((error) => log.warn({ err: error }, 'session notifications lost: sessions are read from the database until they are back'));
  app.addHook('onClose', async () => {
    await sessions.stop();
  });
  const planChanges = new PlanChangeHub(database);
  app.decorate('planChanges', planChanges);
  await planChanges.start((error) => log.warn({ err: error }, 'plan notifications lost: open plans update on their next read'));
  app.addHook('onClose', async () => {
    await planChanges.stop();
  });

  const viewerFor = async (request: FastifyRequest): Promise<Viewer | null> => {
    request.viewer = await resolveSession(prisma, sessions, request.cookies[SESSION_COOKIE], config.sessionTtlHours);
    return request.viewer;
  };

  const setSessionCookie = (reply: FastifyReply, token: string, expiresAt: Date) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.cookieSecure,
      expires: expiresAt,
    });

  app.get('/healthz', async (request, reply) => {
    try {
      await database.ping();
      return reply.send({ status: 'ok', db: 'ok' });
    } catch (error) {
      log.error({ err: error }, 'health check: database unavailable');
      return sendError(reply, request.locale, new AppError('SERVICE_UNAVAILABLE'));
    }
  });

  // Fastify's own errors (a body that is not JSON, too large, of an unknown type) keep their
  // 4xx status; anything else is a 500 without detail, and is logged.
  app.setErrorHandler(async (error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) {
      log.error({ err: error, requestId: request.id }, 'request failed');
      return sendError(reply, request.locale, new AppError('INTERNAL_SERVER_ERROR'));
    }
    return sendError(reply, request.locale, new AppError('BAD_REQUEST', status === 413 ? 'error.requestTooLarge' : 'error.BAD_REQUEST'), status);
  });

  app.setNotFoundHandler(async (request, reply) => sendError(reply, request.locale, notFound()));

  // --- Sign-in (demo mode). Production sign-in (OpenID Connect) will add its own routes here.
  app.get('/auth/config', async () => ({ demoLogin: config.demoMode }));

  const demoLoginDisabled = () => new AppError('NOT_FOUND', 'error.demoLoginDisabled');

  app.get('/auth/demo-users', async (request, reply) => {
    if (!config.demoMode) return sendError(reply, request.locale, demoLoginDisabled());
    const users = await prisma.user.findMany({
      where: { active: true },
      orderBy: [{ kind: 'desc' }, { name: 'asc' }],
      select: { username: true, name: true, title: true, roles: true, kind: true },
    });
    return { users };
  });

  app.post<{ Body: { username?: unknown } }>('/auth/demo-login', async (request, reply) => {
    if (!config.demoMode) return sendError(reply, request.locale, demoLoginDisabled());
    const given = request.body?.username;
    // The name is never echoed back: an error stays small whatever was sent.
    if (typeof given === 'string' && given.length > DEMO_USERNAME_MAX) {
      return sendError(reply, request.locale, badInput([{ field: 'username', messageKey: 'validation.tooLong', params: { max: DEMO_USERNAME_MAX } }]));
    }
    const username = typeof given === 'string' ? given.trim() : '';
    if (!username) return sendError(reply, request.locale, badInput([{ field: 'username', messageKey: 'validation.required' }]));
    const user = await prisma.user.findUnique({ where: { username } });
    if (!user || !user.active) return sendError(reply, request.locale, unauthenticated('error.unknownDemoUser'));
    const { token, expiresAt } = await createSession(prisma, user.id, config.sessionTtlHours);
    setSessionCookie(reply, token, expiresAt);
    return { username: user.username, name: user.name, roles: user.roles };
  });

  app.post('/auth/logout', async (request, reply) => {
    await deleteSession(prisma, sessions, request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  // Whether the browser has a session: the sign-in page asks, without loading the GraphQL client,
  // and sends someone already signed in on. It says nothing about whose session it is.
  app.get('/auth/session', async (request) => ({ signedIn: (await viewerFor(request)) !== null }));

  // --- GraphQL
  const armor = new ApolloArmor({
    // Introspection counts too: a deep introspection query is as costly as any other.
    maxDepth: { n: 15, ignoreIntrospection: false, ...rejectAsTooComplex },
    maxAliases: { n: 20, ...rejectAsTooComplex },
    maxDirectives: { n: 20, ...rejectAsTooComplex },
    // Tokens are counted by graphql-js's parser (parseOptions below): armor's token plugin parses
    // in a hook whose errors Apollo answers with HTTP 500, even for a plain syntax error.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 10000, ...rejectAsTooComplex },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts stops the whole server on SIGINT/SIGTERM; Apollo's own handler would stop Apollo
    // alone, first, and the server's close would then wait on it.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: 3000 },
    formatError,
    validationRules: protection.validationRules,
    plugins: [
      ...(protection.plugins as ApolloServer<Context>['internals']['plugins']),
      errorTranslationPlugin(),
      // Answers are never cached (no-store): the per-field cache hints would be work for nothing.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const newContext = (requestId: string, locale: Locale, viewer: Viewer | null): Context =>
    createContext({ requestId, locale, config, prisma, sessions, accessLog, planChanges, viewer, log, now: clock() });
  const contextFor = async (request: FastifyRequest): Promise<Context> => newContext(request.id, request.locale, await viewerFor(request));

  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    handler: fastifyApolloHandler(apollo, { context: contextFor }),
  });

  // Subscriptions: the same schema over WebSocket, each operation with its session's context.
  registerGraphqlWebSocket(app, {
    schema,
    contextFor: async ({ cookie, locale }) =>
      newContext(randomUUID(), locale, await resolveSession(prisma, sessions, cookie, config.sessionTtlHours)),
  });

  // --- Files: the decision letter, the individual plan and a consent (PDF), a consent's signed form,
  // a sent mail's calendar file.
  const fileRouteDeps = { contextFor, sendError: (reply: FastifyReply, error: AppError) => sendError(reply, reply.request.locale, error) };
  registerDecisionLetterRoute(app, fileRouteDeps);
  registerPlanPdfRoute(app, fileRouteDeps);
  registerPersonExportRoutes(app, fileRouteDeps);
  registerConsentRoutes(app, fileRouteDeps);
  registerMailRoutes(app, fileRouteDeps);

  // --- The web app: static files, and index.html for client-side routes.
  const indexHtml = path.join(config.webDist, 'index.html');
  if (existsSync(indexHtml)) {
    const assetsDir = path.resolve(config.webDist, 'assets') + path.sep;
    await app.register(fastifyStatic, {
      root: config.webDist,
      index: false,
      wildcard: false,
      // The build writes brotli and gzip copies next to each text file: the browser gets the one
      // its Accept-Encoding prefers (br before gzip), else the file as it is. The copies have no
      // URL of their own.
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz'],
      cacheControl: false,
      setHeaders: (response, filePath) => {
        response.setHeader('vary', 'accept-encoding');
        // A built asset's name carries a hash of its content, so it never changes: cached for a
        // year. index.html (also sent for client-side routes) names the current assets: revalidated.
        response.setHeader('cache-control', path.resolve(filePath).startsWith(assetsDir) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // Files are routes of their own (registered at start); a path without an extension is a
    // client-side route. A missing file is a 404, so a stale script is not answered with HTML.
    app.get('/*', async (request, reply) => {
      if (isApiPath(request.url) || isFilePath(request.url)) return sendError(reply, request.locale, notFound());
      return reply.sendFile('index.html');
    });
  } else {
    log.warn({ webDist: config.webDist }, 'web app not built: serving the API only');
  }

  // Fastify's close drains HTTP connections; Apollo's drain plugin would close Fastify again
  // from inside this hook (a deadlock), so Apollo is only stopped here.
  app.addHook('onClose', async () => {
    await apollo.stop();
  });

  return app;
}
