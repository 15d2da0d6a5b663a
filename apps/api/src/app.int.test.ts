// The HTTP surface: health, security headers, demo sign-in, sessions, language, endpoint limits,
// errors (one translated shape on every route, 4xx for the caller's mistakes), the web app.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { DEMO_USERNAMES } from './demo/personas';
import { startTestServer, useTestServer } from './test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();

interface ErrorBody {
  errors: Array<{ message: string; extensions: { code: string; fields?: Array<{ field: string; message: string }> } }>;
}

/** A raw request: the status and the parsed body, whatever the status. */
async function call(pathname: string, init: RequestInit & { locale?: string } = {}): Promise<{ status: number; body: ErrorBody; text: string }> {
  const headers = new Headers(init.headers);
  headers.set('accept-language', init.locale ?? 'nb');
  if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const response = await fetch(`${server().url}${pathname}`, { ...init, headers });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as ErrorBody, text };
}

const postGraphql = (query: string, locale?: string) => call('/graphql', { method: 'POST', body: JSON.stringify({ query }), locale });

/** The one error of a body, in GraphQL's shape and nothing more (no stack, no detail). */
function onlyError(body: ErrorBody, code: string, message: string) {
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]).toMatchObject({ message, extensions: { code } });
  expect(Object.keys(body.errors[0]!.extensions)).toEqual(['code']);
}

describe('GET /healthz', () => {
  it('answers ok with the database up', async () => {
    const response = await fetch(`${server().url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
  });

  it('answers 503 when the database is down, and other routes a 500 without detail', async () => {
    const other = await startTestServer();
    try {
      await other.database.close();
      const health = await fetch(`${other.url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({
        errors: [
          { message: 'Tjenesten er ikke tilgjengelig akkurat nå. Prøv igjen om litt.', extensions: { code: 'SERVICE_UNAVAILABLE' } },
        ],
      });
      const users = await fetch(`${other.url}/auth/demo-users`, { headers: { 'accept-language': 'en' } });
      expect(users.status).toBe(500);
      expect(await users.json()).toEqual({
        errors: [{ message: 'Something went wrong on our side. Please try again shortly.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
    } finally {
      await other.close();
    }
  });
});

describe('headers', () => {
  it('sends security headers, and no-store on the API', async () => {
    const response = await server().anonymous().gql('query { __typename }');
    expect(response).toBeDefined();
    const raw = await fetch(`${server().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(raw.headers.get('x-content-type-options')).toBe('nosniff');
    expect(raw.headers.get('x-frame-options')).toBe('DENY');
    expect(raw.headers.get('referrer-policy')).toBe('no-referrer');
    expect(raw.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(raw.headers.get('cache-control')).toBe('no-store');
  });
});

describe('demo sign-in and sessions', () => {
  it('lists the demo users with their roles', async () => {
    const response = await fetch(`${server().url}/auth/demo-users`);
    const { users } = (await response.json()) as { users: Array<{ username: string; roles: string[] }> };
    const roles = new Set(users.flatMap((user) => user.roles));
    expect([...roles].sort()).toEqual(['CITIZEN', 'COORDINATOR', 'SERVICE_PROVIDER', 'SYSTEM_COORDINATOR', 'UNIT_LEADER']);
    expect(users.map((user) => user.username)).toContain(DEMO_USERNAMES.systemCoordinator);
  });

  it('signs in with an httpOnly SameSite cookie and returns the user in me', async () => {
    const response = await fetch(`${server().url}/auth/demo-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: DEMO_USERNAMES.coordinator }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^samhandling_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const client = await server().signIn(DEMO_USERNAMES.coordinator);
    const { me } = await client.data('query { me { username name roles activeRole municipalityName } }');
    expect(me).toEqual({
      username: 'ingrid.koordinator',
      name: 'Ingrid Solberg',
      roles: ['COORDINATOR'],
      activeRole: 'COORDINATOR',
      municipalityName: 'Fjordvik kommune',
    });
  });

  it('stores only a hash of the session token', async () => {
    const response = await fetch(`${server().url}/auth/demo-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: DEMO_USERNAMES.gp }),
    });
    const token = (response.headers.get('set-cookie') ?? '').split(';')[0]!.split('=')[1]!;
    const sessions = await server().database.prisma.session.findMany();
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.some((session) => session.tokenHash === token)).toBe(false);
  });

  it('refuses an unknown user with a Norwegian message that does not repeat the name', async () => {
    const { status, body } = await call('/auth/demo-login', { method: 'POST', body: JSON.stringify({ username: 'finnes.ikke' }) });
    expect(status).toBe(401);
    expect(body).toEqual({
      errors: [{ message: 'Fant ingen demobruker med dette brukernavnet.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it('refuses a username longer than 100 characters with a field message, and does not echo it', async () => {
    const { status, body, text } = await call('/auth/demo-login', { method: 'POST', body: JSON.stringify({ username: 'x'.repeat(900_000) }) });
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [
        {
          message: 'Noe av det du fylte inn, er ikke gyldig.',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'username', message: 'Teksten kan ha høyst 100 tegn.' }] },
        },
      ],
    });
    expect(text.length).toBeLessThan(500);
    const atLimit = await call('/auth/demo-login', { method: 'POST', body: JSON.stringify({ username: 'x'.repeat(100) }) });
    expect(atLimit.status).toBe(401);
  });

  it('asks for a username when none is given', async () => {
    const { status, body } = await call('/auth/demo-login', { method: 'POST', body: JSON.stringify({ username: '  ' }), locale: 'nn' });
    expect(status).toBe(400);
    expect(body.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'username', message: 'Feltet må fyllast ut.' }] });
  });

  it('signs out: the cookie no longer works', async () => {
    const client = await server().signIn(DEMO_USERNAMES.citizen);
    await client.data('query { me { username } }');
    const response = await client.fetch('/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(200);
    const after = await client.gql('query { me { username } }');
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('tells whether the browser has a session, and nothing more', async () => {
    const signedIn = async (response: Response) => (await response.json()) as unknown;
    expect(await signedIn(await fetch(`${server().url}/auth/session`))).toEqual({ signedIn: false });
    const client = await server().signIn(DEMO_USERNAMES.gp);
    const response = await client.fetch('/auth/session');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await signedIn(response)).toEqual({ signedIn: true });
    await client.fetch('/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await signedIn(await client.fetch('/auth/session'))).toEqual({ signedIn: false });
  });

  it('ends an expired session', async () => {
    const client = await server().signIn(DEMO_USERNAMES.unitLeader);
    await server().database.prisma.session.updateMany({
      where: { user: { username: DEMO_USERNAMES.unitLeader } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await (await client.fetch('/auth/session')).json()).toEqual({ signedIn: false });
    const result = await client.gql('query { me { username } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const left = await server().database.prisma.session.count({ where: { user: { username: DEMO_USERNAMES.unitLeader } } });
    expect(left).toBe(0);
  });

  it('is off outside demo mode', async () => {
    const production = await startTestServer({ DEMO_LOGIN: '0' });
    try {
      const response = await fetch(`${production.url}/auth/demo-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: DEMO_USERNAMES.coordinator }),
      });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        errors: [{ message: 'Innlogging med demobrukere er slått av.', extensions: { code: 'NOT_FOUND' } }],
      });
      expect(await (await fetch(`${production.url}/auth/config`)).json()).toEqual({ demoLogin: false });
    } finally {
      await production.close();
    }
  });
});

describe('language', () => {
  it('answers errors in nynorsk and English when asked', async () => {
    const nn = await server().anonymous().withLocale('nn-NO').gql('query { me { username } }');
    expect(nn.errors?.[0]?.message).toBe('Du må logge inn.');
    const en = await server().anonymous().withLocale('en-GB,en;q=0.9').gql('query { me { username } }');
    expect(en.errors?.[0]?.message).toBe('You need to sign in.');
    const client = (await server().signIn(DEMO_USERNAMES.coordinator)).withLocale('nn');
    const forbidden = await client.gql('query { keOverview { activePlans } }');
    expect(forbidden.errors?.[0]?.message).toBe('Du har ikkje tilgang til dette.');
  });
});

describe('GraphQL requests that are not valid: HTTP 400, translated, no detail', () => {
  const TOO_COMPLEX = 'Spørringen er for stor eller for sammensatt.';
  const NOT_GRAPHQL = 'Forespørselen er ikke gyldig GraphQL, eller den er for lang.';
  const NOT_THE_API = 'Forespørselen passer ikke med API-et.';

  it.each([
    ['a syntax error', '{ me { ', 'GRAPHQL_PARSE_FAILED', NOT_GRAPHQL],
    ['more than 3000 tokens', `{ ${'me { id } '.repeat(1100)}}`, 'GRAPHQL_PARSE_FAILED', NOT_GRAPHQL],
    ['an unknown field', '{ nope }', 'GRAPHQL_VALIDATION_FAILED', NOT_THE_API],
    ['an argument of the wrong type', '{ referrals(first: "five") { totalCount } }', 'GRAPHQL_VALIDATION_FAILED', NOT_THE_API],
    [
      'a query nested too deep',
      `query { __schema { types { fields { type ${'{ ofType '.repeat(20)}{ name }${' }'.repeat(20)} } } } }`,
      'GRAPHQL_VALIDATION_FAILED',
      TOO_COMPLEX,
    ],
    ['more than 20 aliases', `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, 'GRAPHQL_VALIDATION_FAILED', TOO_COMPLEX],
    ['more than 20 directives', `{ ${'__typename @include(if: true) '.repeat(21)}}`, 'GRAPHQL_VALIDATION_FAILED', TOO_COMPLEX],
    [
      'a query that costs too much',
      `query { me { ${'...M '.repeat(300)}} } fragment M on Me { id name username roles activeRole kind municipalityName units { id name } }`,
      'GRAPHQL_VALIDATION_FAILED',
      TOO_COMPLEX,
    ],
  ])('%s', async (_case, query, code, message) => {
    const { status, body, text } = await postGraphql(query);
    expect(status).toBe(400);
    onlyError(body, code, message);
    expect(text).not.toMatch(/stack|Syntax Error|limit|Cannot query/i);
  });

  it('answers in the caller’s language', async () => {
    const { status, body } = await postGraphql('{ nope }', 'en');
    expect(status).toBe(400);
    onlyError(body, 'GRAPHQL_VALIDATION_FAILED', 'The request does not match the API.');
  });

  it('does not echo a bad variable value', async () => {
    const long = 'x'.repeat(100_000);
    const { status, body, text } = await call('/graphql', {
      method: 'POST',
      body: JSON.stringify({ query: 'query ($s: Int) { referrals(first: $s) { totalCount } }', variables: { s: long } }),
    });
    expect(status).toBe(400);
    onlyError(body, 'BAD_USER_INPUT', 'Noe av det du fylte inn, er ikke gyldig.');
    expect(text.length).toBeLessThan(500);
  });
});

describe('errors outside GraphQL have its shape', () => {
  it.each([
    ['an unknown API path', 'GET', '/auth/nope'],
    ['an unknown path under /healthz', 'GET', '/healthz/nope'],
    ['an unknown route', 'POST', '/nope'],
  ])('%s is a 404', async (_case, method, pathname) => {
    const { status, body } = await call(pathname, { method });
    expect(status).toBe(404);
    onlyError(body, 'NOT_FOUND', 'Fant ikke det du lette etter.');
  });

  it('a body that is not JSON is a 400', async () => {
    const { status, body } = await call('/auth/demo-login', { method: 'POST', body: '{"username": ', locale: 'en' });
    expect(status).toBe(400);
    onlyError(body, 'BAD_REQUEST', 'The request could not be read.');
  });

  it('a body of a type the API does not read is a 415', async () => {
    const { status, body } = await call('/auth/demo-login', { method: 'POST', body: '<username/>', headers: { 'content-type': 'application/xml' } });
    expect(status).toBe(415);
    onlyError(body, 'BAD_REQUEST', 'Forespørselen kunne ikke leses.');
  });

  it('a body over the limit is a 413', async () => {
    const { status, body } = await call('/graphql', { method: 'POST', body: JSON.stringify({ query: ' '.repeat(2 * 1024 * 1024) }) });
    expect(status).toBe(413);
    onlyError(body, 'BAD_REQUEST', 'Forespørselen er for stor.');
  });
});

describe('endpoint limits', () => {
  it('rejects batched requests', async () => {
    const response = await fetch(`${server().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('rejects a cross-site form post (CSRF prevention)', async () => {
    const response = await fetch(`${server().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(400);
  });
});

/** A GET with exactly the headers given (fetch adds Accept-Encoding and decodes): status, headers, raw body. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('the web app', () => {
  let webDist: string;
  let web: Awaited<ReturnType<typeof startTestServer>>;

  const ASSET = '/assets/app-B4x9kQ2z.js';
  const IMMUTABLE = 'public, max-age=31536000, immutable';
  // Each copy holds its own text, so a response shows which file was sent.
  const files = {
    index: { identity: '<!doctype html><title>Samhandling</title>', br: brotliCompressSync('<!doctype html><title>Samhandling br</title>'), gzip: gzipSync('<!doctype html><title>Samhandling gzip</title>') },
    asset: { identity: 'console.log("identity");', br: brotliCompressSync('console.log("br");'), gzip: gzipSync('console.log("gzip");') },
  };

  beforeAll(async () => {
    webDist = mkdtempSync(path.join(tmpdir(), 'samhandling-web-'));
    mkdirSync(path.join(webDist, 'assets'));
    const write = (name: string, copies: { identity: string; br: Buffer; gzip: Buffer }) => {
      writeFileSync(path.join(webDist, name), copies.identity);
      writeFileSync(path.join(webDist, `${name}.br`), copies.br);
      writeFileSync(path.join(webDist, `${name}.gz`), copies.gzip);
    };
    write('index.html', files.index);
    write(ASSET, files.asset);
    // Too small to compress: the build leaves it without copies.
    writeFileSync(path.join(webDist, 'assets', 'tiny-C2n8.js'), 'export{};');
    web = await startTestServer({ WEB_DIST: webDist });
  });

  afterAll(async () => {
    await web?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it.each(['/', '/logg-inn', '/plan/0f8fad5b-d9cb-469f-a165-70867728950e'])('serves index.html for the client-side route %s', async (pathname) => {
    const response = await fetch(`${web.url}${pathname}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<title>Samhandling');
  });

  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['deflate', null],
    ['identity', null],
    [null, null],
  ] as const)('sends a built file by Accept-Encoding %s: %s', async (acceptEncoding, expected) => {
    const response = await rawGet(`${web.url}${ASSET}`, acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers['content-encoding']).toBe(expected ?? undefined);
    expect(response.body).toEqual(expected === null ? Buffer.from(files.asset.identity) : files.asset[expected]);
    expect(response.headers['content-length']).toBe(String(response.body.length));
    expect(response.headers.vary).toBe('accept-encoding');
  });

  it('sends index.html compressed too, for a client-side route', async () => {
    const response = await rawGet(`${web.url}/logg-inn`, { 'accept-encoding': 'gzip, br' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toEqual(files.index.br);
  });

  it('sends a file without compressed copies as it is', async () => {
    const response = await rawGet(`${web.url}/assets/tiny-C2n8.js`, { 'accept-encoding': 'gzip, br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe('export{};');
  });

  it('lets browsers keep built assets for a year and revalidate index.html, with the security headers', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const asset = await rawGet(`${web.url}${ASSET}`, { 'accept-encoding': encoding });
      expect(asset.headers['cache-control']).toBe(IMMUTABLE);
    }
    for (const pathname of ['/', '/logg-inn', '/index.html']) {
      const page = await rawGet(`${web.url}${pathname}`, { 'accept-encoding': 'br' });
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
    const api = await rawGet(`${web.url}/auth/config`);
    expect(api.headers['cache-control']).toBe('no-store');
  });

  it.each(['/assets/nope.js', '/assets/nope', '/favicon.ico', '/plan/styles.css', '/auth/nope', '/graphql/nope', `${ASSET}.br`, '/index.html.gz'])(
    'answers a missing file or API path %s with 404, not the app',
    async (pathname) => {
      const response = await fetch(`${web.url}${pathname}`);
      expect(response.status).toBe(404);
      onlyError((await response.json()) as ErrorBody, 'NOT_FOUND', 'Fant ikke det du lette etter.');
    },
  );
});
