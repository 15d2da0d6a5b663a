// What the benchmark sends where: the same request (the web app's document, its variables and
// the user's session cookie) to the full stack and to each baseline, and the check that every
// baseline answers the full stack's data.
import { isDeepStrictEqual } from 'node:util';
import type { Target } from './measure';
import type { HotOperation } from './operations';
import { TARGET_LABELS, type TargetKind } from './report';
import { webDocument, type WebOperation } from './web-documents';

export interface Urls {
  apiUrl: string;
  sqlUrl: string;
  apolloUrl: string;
}

export interface Prepared {
  operation: HotOperation;
  targets: Array<Target & { kind: TargetKind }>;
}

export async function signIn(apiUrl: string, username: string): Promise<string> {
  const response = await fetch(`${apiUrl}/auth/demo-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 200 || !cookie) throw new Error(`sign-in of ${username} failed: ${response.status}`);
  return cookie;
}

async function post(target: Target): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

/** Signs the operation's user in and builds its targets: the same body and cookie for each. */
export async function prepareTargets({ apiUrl, sqlUrl, apolloUrl }: Urls, operation: HotOperation): Promise<Prepared> {
  const headers = { 'content-type': 'application/json', 'accept-language': 'nb', cookie: await signIn(apiUrl, operation.username) };
  const full = (document: WebOperation, variables: Record<string, unknown>): Target => ({
    name: `${operation.key}:full`,
    url: `${apiUrl}/graphql`,
    headers,
    body: JSON.stringify({ operationName: document, variables, query: webDocument(document) }),
  });
  const variables = await operation.variables(async (document, given = {}) => {
    const answer = await post(full(document, given));
    if (answer.errors || !answer.data) throw new Error(`${document}: ${JSON.stringify(answer.errors)}`);
    return answer.data as Record<string, unknown>;
  });
  const { body } = full(operation.document, variables);
  const urls: Array<[TargetKind, string]> = [
    ['full', `${apiUrl}/graphql`],
    ['sql', `${sqlUrl}/sql/${operation.key}`],
    ['sqlObliged', `${sqlUrl}/sql-obliged/${operation.key}`],
  ];
  if (operation.apolloConstant) urls.push(['apollo', `${apolloUrl}/graphql`]);
  return { operation, targets: urls.map(([kind, url]) => ({ kind, name: `${operation.key}:${kind}`, url, headers, body })) };
}

/** The first place where two JSON values differ, for the message. */
function firstDifference(expected: unknown, actual: unknown, at = 'data'): string {
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const x = (expected as Record<string, unknown>)[key];
      const y = (actual as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${at}.${key}`);
    }
  }
  return `${at}: full stack ${JSON.stringify(expected)?.slice(0, 200)}, baseline ${JSON.stringify(actual)?.slice(0, 200)}`;
}

/**
 * Where a baseline answers other data than the full stack (none when all agree). The Apollo
 * server's constant is set to the full stack's answer first.
 */
export async function baselineMismatches({ operation, targets }: Prepared, setConstant: (data: unknown) => Promise<void>): Promise<string[]> {
  const [full, ...baselines] = targets;
  const expected = await post(full!);
  if (expected.errors || !expected.data) return [`${operation.label}: the full stack answered ${JSON.stringify(expected.errors)}`];
  if (operation.apolloConstant) await setConstant((expected.data as Record<string, unknown>)[operation.sql.field]);
  const problems: string[] = [];
  for (const target of baselines) {
    const actual = await post(target);
    if (!isDeepStrictEqual(actual.data, expected.data)) {
      problems.push(`${operation.label}, ${TARGET_LABELS[target.kind]}: ${firstDifference(expected.data, actual.data ?? actual)}`);
    }
  }
  return problems;
}
