// What the benchmark sends where: the same request (the web app's document, its variables and
// the user's session cookie) to the full stack and to each baseline, and the check that every
// baseline answers the full stack's data.
import { isDeepStrictEqual } from 'node:util';
import { bodyNow, type Target } from './measure';
import type { HotOperation, Write } from './operations';
import { TARGET_LABELS, type TargetKind } from './report';
import { webDocument, type OwnDocument, type WebOperation } from './web-documents';

export interface Urls {
  apiUrl: string;
  sqlUrl: string;
  apolloUrl: string;
}

export interface Prepared {
  operation: HotOperation;
  targets: Array<Target & { kind: TargetKind }>;
  /** A write's requests and check, shared by its targets (they save the same records in turn). */
  write?: Write;
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

async function post(target: Target, body = target.body): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(target.url, { method: 'POST', headers: target.headers, body });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

/** Signs the operation's user in and builds its targets: the same body and cookie for each. */
export async function prepareTargets({ apiUrl, sqlUrl, apolloUrl }: Urls, operation: HotOperation): Promise<Prepared> {
  const headers = { 'content-type': 'application/json', 'accept-language': 'nb', cookie: await signIn(apiUrl, operation.username) };
  const full = (document: WebOperation | OwnDocument, variables: Record<string, unknown>): Target => ({
    name: `${operation.key}:full`,
    url: `${apiUrl}/graphql`,
    headers,
    body:
      typeof document === 'string'
        ? JSON.stringify({ operationName: document, variables, query: webDocument(document) })
        : JSON.stringify({ operationName: document.name, variables, query: document.query }),
  });
  const ask = async (document: WebOperation | OwnDocument, given: Record<string, unknown> = {}) => {
    const answer = await post(full(document, given));
    const name = typeof document === 'string' ? document : document.name;
    if (answer.errors || !answer.data) throw new Error(`${name}: ${JSON.stringify(answer.errors)}`);
    return answer.data as Record<string, unknown>;
  };
  const write = await operation.write?.(ask);
  const { body } = full(operation.document, write ? {} : await operation.variables(ask));
  const urls: Array<[TargetKind, string]> = [
    ['full', `${apiUrl}/graphql`],
    ['sql', `${sqlUrl}/sql/${operation.key}`],
    ['sqlObliged', `${sqlUrl}/sql-obliged/${operation.key}`],
  ];
  if (operation.apolloConstant) urls.push(['apollo', `${apolloUrl}/graphql`]);
  return { operation, write, targets: urls.map(([kind, url]) => ({ kind, name: `${operation.key}:${kind}`, url, headers, body, load: write })) };
}

/** The first place where two JSON values differ, for the message. */
export function firstDifference(expected: unknown, actual: unknown, at = 'data'): string {
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
export async function baselineMismatches({ operation, targets, write }: Prepared, setConstant: (data: unknown) => Promise<void>): Promise<string[]> {
  if (write) return writeMismatches(operation, targets, write);
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

/**
 * Where a write's answer differs from what the API reads after it: each target (the full stack
 * first) saves once, and its answer is compared with the API's read of the plan and the history
 * entry the save wrote (Write.check).
 */
async function writeMismatches(operation: HotOperation, targets: Prepared['targets'], write: Write): Promise<string[]> {
  const problems: string[] = [];
  for (const target of targets) {
    const answer = await post(target, await bodyNow(target));
    const where = `${operation.label}, ${TARGET_LABELS[target.kind]}`;
    if (answer.errors || !answer.data) problems.push(`${where}: answered ${JSON.stringify(answer.errors ?? answer)}`);
    else problems.push(...(await write.check(answer.data as Record<string, unknown>)).map((problem) => `${where}: ${problem}`));
  }
  return problems;
}
