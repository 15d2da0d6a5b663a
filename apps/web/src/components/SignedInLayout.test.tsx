import type { DemoUser } from '../lib/auth-api';
import { meData } from '../test-utils/fixtures';
import { jsonResponse, renderApp, screen, waitFor } from '../test-utils/render';

const USERS: DemoUser[] = [
  { username: 'ingrid.koordinator', name: 'Ingrid Solberg', title: 'Sykepleier', roles: ['COORDINATOR'], kind: 'STAFF' },
  { username: 'per.lege', name: 'Per Aasen', title: 'Fastlege', roles: ['SERVICE_PROVIDER'], kind: 'STAFF' },
];

interface GraphQLRequest {
  operationName: string;
}

/** The API behind fetch: sign-in routes, and /graphql answered per operation. */
function mockApi(graphql: (operation: string) => Promise<unknown> | unknown) {
  const calls: string[] = [];
  global.fetch = jest.fn(async (url: string, init?: RequestInit) => {
    const route = `${init?.method ?? 'GET'} ${url}`;
    if (route === 'GET /auth/config') return jsonResponse({ demoLogin: true });
    if (route === 'GET /auth/demo-users') return jsonResponse({ users: USERS });
    if (route === 'POST /auth/demo-login') return jsonResponse({ ok: true });
    if (route === 'POST /graphql') {
      const { operationName } = JSON.parse(String(init?.body)) as GraphQLRequest;
      calls.push(operationName);
      return jsonResponse(await graphql(operationName));
    }
    throw new TypeError(`unexpected fetch ${route}`);
  }) as unknown as typeof fetch;
  return calls;
}

afterEach(() => {
  // @ts-expect-error: jsdom has no fetch of its own; each test installs a mock.
  delete global.fetch;
});

describe('the signed-in frame with its own GraphQL client', () => {
  it('sends an ended session to sign-in, and the next user starts with an empty cache', async () => {
    let resolvePer: (body: unknown) => void = () => undefined;
    const perMe = new Promise((resolve) => (resolvePer = resolve));
    const meResponses: Array<Promise<unknown> | unknown> = [{ data: { me: meData('COORDINATOR') } }, perMe];
    const calls = mockApi((operation) => {
      if (operation === 'Me') return meResponses.shift();
      // Ingrid's session ends while her caseload loads.
      if (operation === 'MyCaseload') return { data: null, errors: [{ message: 'Du må logge inn.', extensions: { code: 'UNAUTHENTICATED' } }] };
      if (operation === 'MyParticipation') return { data: { myParticipation: [] } };
      throw new Error(`unexpected operation ${operation}`);
    });
    const { user, router } = renderApp({ appClient: true });

    expect(await screen.findByText('Innlogget som Ingrid Solberg')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/logg-inn'));

    await user.click(await screen.findByRole('button', { name: 'Logg inn som Per Aasen' }));

    // A new client: nothing of Ingrid's shows while Per's user loads.
    expect(await screen.findByText('Henter brukeren din …')).toBeInTheDocument();
    expect(screen.queryByText('Innlogget som Ingrid Solberg')).not.toBeInTheDocument();
    resolvePer({ data: { me: meData('SERVICE_PROVIDER') } });
    expect(await screen.findByText('Innlogget som Per Aasen')).toBeInTheDocument();
    await waitFor(() => expect(calls).toEqual(['Me', 'MyCaseload', 'Me', 'MyParticipation']));
  });
});
