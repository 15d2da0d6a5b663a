// The HTTP server: security headers, health check, sign-in routes, /graphql and the web app.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import { localeFromAcceptLanguage, translate, type Locale, type MessageKey } from '@samhandling/shared';
import type { Config } from './config/config';
import { createContext, type Context } from './context';
import { errorTranslationPlugin, formatError } from './graphql/error-plugin';
import type { Database } from './lib/db';
import type { Logger } from './lib/logger';
import { createSession, deleteSession, resolveSession, SESSION_COOKIE } from './modules/auth/session.service';
import type { Viewer } from './modules/auth/viewer';

export interface AppDeps {
  config: Config;
  database: Database;
  schema: GraphQLSchema;
  log: Logger;
}

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer | null;
    locale: Locale;
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

const API_PREFIXES = ['/graphql', '/auth/', '/healthz'];

function sendError(reply: FastifyReply, status: number, locale: Locale, code: string, key: MessageKey, params?: Record<string, string>) {
  return reply.code(status).send({ error: { code, message: translate(locale, key, params) } });
}

export async function buildApp({ config, database, schema, log }: AppDeps): Promise<FastifyInstance> {
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
    if (API_PREFIXES.some((prefix) => request.url.startsWith(prefix))) reply.header('cache-control', 'no-store');
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

  const viewerFor = async (request: FastifyRequest): Promise<Viewer | null> => {
    request.viewer = await resolveSession(prisma, request.cookies[SESSION_COOKIE], config.sessionTtlHours);
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

  app.get('/healthz', async (_request, reply) => {
    try {
      await database.ping();
      return reply.send({ status: 'ok', db: 'ok' });
    } catch (error) {
      log.error({ err: error }, 'health check: database unavailable');
      return reply.code(503).send({ status: 'error', db: 'unavailable', reason: 'database did not answer' });
    }
  });

  app.setErrorHandler(async (error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) log.error({ err: error, requestId: request.id }, 'request failed');
    const code = status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    return sendError(reply, status, request.locale, code, status >= 500 ? 'error.INTERNAL_SERVER_ERROR' : 'error.BAD_USER_INPUT');
  });

  // --- Sign-in (demo mode). Production sign-in (OpenID Connect) will add its own routes here.
  app.get('/auth/config', async () => ({ demoLogin: config.demoMode }));

  app.get('/auth/demo-users', async (request, reply) => {
    if (!config.demoMode) return sendError(reply, 404, request.locale, 'NOT_FOUND', 'error.demoLoginDisabled');
    const users = await prisma.user.findMany({
      where: { active: true },
      orderBy: [{ kind: 'desc' }, { name: 'asc' }],
      select: { username: true, name: true, title: true, roles: true, kind: true },
    });
    return { users };
  });

  app.post<{ Body: { username?: unknown } }>('/auth/demo-login', async (request, reply) => {
    if (!config.demoMode) return sendError(reply, 404, request.locale, 'NOT_FOUND', 'error.demoLoginDisabled');
    const username = typeof request.body?.username === 'string' ? request.body.username.trim() : '';
    if (!username) {
      return sendError(reply, 400, request.locale, 'BAD_USER_INPUT', 'validation.required');
    }
    const user = await prisma.user.findUnique({ where: { username } });
    if (!user || !user.active) {
      return sendError(reply, 401, request.locale, 'UNAUTHENTICATED', 'error.unknownDemoUser', { username });
    }
    const { token, expiresAt } = await createSession(prisma, user.id, config.sessionTtlHours);
    setSessionCookie(reply, token, expiresAt);
    return { username: user.username, name: user.name, roles: user.roles };
  });

  app.post('/auth/logout', async (request, reply) => {
    await deleteSession(prisma, request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  // --- GraphQL
  const armor = new ApolloArmor({
    // Introspection counts too: a deep introspection query is as costly as any other.
    maxDepth: { n: 15, ignoreIntrospection: false },
    maxAliases: { n: 20 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 3000 },
    costLimit: { maxCost: 10000 },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError,
    validationRules: protection.validationRules,
    plugins: [
      ...(protection.plugins as ApolloServer<Context>['internals']['plugins']),
      errorTranslationPlugin(),
    ],
  });
  await apollo.start();

  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    handler: fastifyApolloHandler(apollo, {
      context: async (request) =>
        createContext({
          requestId: request.id,
          locale: request.locale,
          config,
          prisma,
          viewer: await viewerFor(request),
          log,
        }),
    }),
  });

  // --- The web app: static files, and index.html for client-side routes.
  const indexHtml = path.join(config.webDist, 'index.html');
  if (existsSync(indexHtml)) {
    await app.register(fastifyStatic, { root: config.webDist, index: false, wildcard: false });
    // Files are routes of their own (registered at start); anything else is a client-side route.
    app.get('/*', async (request, reply) => {
      if (API_PREFIXES.some((prefix) => request.url.startsWith(prefix))) {
        return sendError(reply, 404, request.locale, 'NOT_FOUND', 'error.NOT_FOUND');
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
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
