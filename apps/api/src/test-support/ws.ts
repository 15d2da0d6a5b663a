// GraphQL over WebSocket in tests: a graphql-ws client that sends a session's cookie with the
// upgrade, as a browser does.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export function wsClient(baseUrl: string, cookie: string | undefined, headers: Record<string, string> = {}): Client {
  const url = baseUrl.replace(/^http/, 'ws') + '/graphql';
  class WithSession extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { ...(cookie ? { cookie } : {}), ...headers } });
    }
  }
  return createClient({ url, webSocketImpl: WithSession, retryAttempts: 0, lazy: false });
}

/**
 * How a subscription starts: `open` when no error comes within `ms` (the policy let it through),
 * else the first error's code.
 */
export async function subscriptionStart(
  baseUrl: string,
  cookie: string | undefined,
  query: string,
  variables: Record<string, unknown>,
  ms = 500,
): Promise<string> {
  const client = wsClient(baseUrl, cookie);
  try {
    return await new Promise<string>((resolve) => {
      const timer = setTimeout(() => resolve('open'), ms);
      client.subscribe(
        { query, variables },
        {
          next: (result) => {
            const code = (result.errors?.[0]?.extensions as { code?: string } | undefined)?.code;
            if (code) {
              clearTimeout(timer);
              resolve(code);
            }
          },
          error: (error) => {
            clearTimeout(timer);
            const errors = Array.isArray(error) ? (error as Array<{ extensions?: { code?: string } }>) : [];
            resolve(errors[0]?.extensions?.code ?? 'ERROR');
          },
          complete: () => undefined,
        },
      );
    });
  } finally {
    await client.dispose();
  }
}
