// GraphQL subscriptions over WebSocket (the graphql-transport-ws protocol of graphql-ws), on the
// same path as HTTP GraphQL. The session is the browser's cookie, sent with the upgrade: a page
// of another origin is refused, since a WebSocket is not held back by the browser's CORS rules.
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Context } from '../context';
import { localeFromAcceptLanguage } from '@samhandling/shared';
import { SESSION_COOKIE } from '../modules/auth/session.service';

export interface WebSocketOptions {
  schema: GraphQLSchema;
  /** A context for the upgrade request's session, as a new request would get it. */
  contextFor: (request: { cookie: string | undefined; locale: Context['locale'] }) => Promise<Context>;
}

/** Whether the upgrade comes from a page of this server (no Origin: not a browser). */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

export function registerGraphqlWebSocket(app: FastifyInstance, { schema, contextFor }: WebSocketOptions): void {
  const wss = new WebSocketServer({ noServer: true });
  const disposable = useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      schema,
      context: async ({ extra }) => {
        const request = extra.request;
        const cookie = app.parseCookie(request.headers.cookie ?? '')[SESSION_COOKIE];
        const locale = localeFromAcceptLanguage(request.headers['accept-language']);
        const context = await contextFor({ cookie, locale });
        // Each event is judged afresh: the session may have ended, a consent been withdrawn.
        context.renew = async () => {
          const fresh = await contextFor({ cookie, locale });
          Object.assign(context, { ...fresh, renew: context.renew });
          return fresh.viewer !== null;
        };
        return context as unknown as Record<string, unknown>;
      },
    },
    wss,
  );

  app.server.on('upgrade', (request, socket, head) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname !== '/graphql' || !sameOrigin(request)) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });

  app.addHook('onClose', async () => {
    await disposable.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  });
}
