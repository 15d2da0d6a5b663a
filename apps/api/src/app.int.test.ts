// The HTTP surface: health, security headers, demo sign-in, sessions, language, endpoint limits.
import { DEMO_USERNAMES } from './demo/personas';
import { startTestServer, useTestServer } from './test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();



describe('GET /healthz', () => {
  it('answers ok with the database up', async () => {
    const response = await fetch(`${server().url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
  });

  it('answers 503 with a reason when the database is down', async () => {
    const other = await startTestServer();
    try {
      await other.database.close();
      const response = await fetch(`${other.url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'error', db: 'unavailable', reason: 'database did not answer' });
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

  it('refuses an unknown user with a Norwegian message', async () => {
    const response = await fetch(`${server().url}/auth/demo-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'finnes.ikke' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'Fant ingen demobruker med brukernavnet «finnes.ikke».' },
    });
  });

  it('signs out: the cookie no longer works', async () => {
    const client = await server().signIn(DEMO_USERNAMES.citizen);
    await client.data('query { me { username } }');
    const response = await client.fetch('/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(200);
    const after = await client.gql('query { me { username } }');
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends an expired session', async () => {
    const client = await server().signIn(DEMO_USERNAMES.unitLeader);
    await server().database.prisma.session.updateMany({
      where: { user: { username: DEMO_USERNAMES.unitLeader } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
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

describe('endpoint limits', () => {
  it('rejects queries nested too deep', async () => {
    const deep = `query { __schema { types { fields { type ${'{ ofType '.repeat(20)}{ name }${' }'.repeat(20)} } } } }`;
    const result = await server().anonymous().gql(deep);
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
    expect(result.data ?? undefined).toBeUndefined();
  });

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
