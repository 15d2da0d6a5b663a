// Counts the SQL statements one GraphQL operation sends to the database (N+1 tests).
import type { RunningServer } from '../server';
import type { GraphQLResponse } from './test-server';

export interface StatementCount<T = Record<string, unknown>> {
  count: number;
  /** The statements' SQL, in order (for debugging a count that grew). */
  statements: string[];
  response: GraphQLResponse<T>;
}

// One counted operation at a time, so no other request of the helper runs in between.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Sends one GraphQL operation over HTTP with the session cookie and returns the statements it
 * issued. The caller must not send other requests meanwhile (a test file runs its tests in turn).
 */
export function countStatements<T = Record<string, unknown>>(
  server: Pick<RunningServer, 'url' | 'database'>,
  cookie: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
): Promise<StatementCount<T>> {
  const run = queue.then(async () => {
    const { result, statements } = await server.database.statements.record(async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    });
    return { count: statements.length, statements, response: result };
  });
  queue = run.catch(() => undefined);
  return run;
}
