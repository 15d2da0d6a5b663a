import type { DemoUser } from '../lib/auth-api';
import { MyCaseloadQuery } from '../modules/caseload/graphql/caseload';
import { planMock, sofiePlan } from '../modules/plan/__tests__/plan.fixtures';
import { mockMySubmittedReferrals } from '../modules/intake/__tests__/intake.fixtures';
import { mockMe, PERSON_IDS } from '../test-utils/fixtures';
import { jsonResponse, mockResult, renderApp, screen, waitFor, within } from '../test-utils/render';
import { mockConsentAlerts } from '../modules/consent/__tests__/consent.fixtures';
import { mockGroupReviewsDue } from '../modules/group/__tests__/group.fixtures';

const USERS: DemoUser[] = [
  { username: 'sofie.borger', name: 'Sofie Berg', title: null, roles: ['CITIZEN'], kind: 'CITIZEN' },
  { username: 'kari.ke', name: 'Kari Nordmann-Berg', title: 'Systemkoordinator', roles: ['SYSTEM_COORDINATOR'], kind: 'STAFF' },
  { username: 'nina.leder', name: 'Nina Haugen', title: 'Virksomhetsleder', roles: ['UNIT_LEADER', 'COORDINATOR'], kind: 'STAFF' },
  { username: 'ingrid.koordinator', name: 'Ingrid Solberg', title: 'Sykepleier', roles: ['COORDINATOR'], kind: 'STAFF' },
  { username: 'per.lege', name: 'Per Aasen', title: 'Fastlege', roles: ['SERVICE_PROVIDER'], kind: 'STAFF' },
];

type FetchMock = jest.Mock<Promise<Response>, [string, RequestInit?]>;

/** The auth endpoints; the browser has no session unless a test says otherwise. */
function mockFetch(routes: Record<string, (init?: RequestInit) => Response>): FetchMock {
  const withSession: Record<string, (init?: RequestInit) => Response> = { 'GET /auth/session': () => jsonResponse({ signedIn: false }), ...routes };
  const fn: FetchMock = jest.fn(async (url: string, init?: RequestInit) => {
    const handler = withSession[`${init?.method ?? 'GET'} ${url}`];
    if (!handler) throw new TypeError(`unexpected fetch ${url}`);
    return handler(init);
  });
  global.fetch = fn as unknown as typeof fetch;
  return fn;
}

afterEach(() => {
  // @ts-expect-error: jsdom has no fetch of its own; each test installs a mock.
  delete global.fetch;
});

describe('SignInPage', () => {
  it('lists the demo users grouped by role, each user once', async () => {
    mockFetch({
      'GET /auth/config': () => jsonResponse({ demoLogin: true }),
      'GET /auth/demo-users': () => jsonResponse({ users: USERS }),
    });
    renderApp({ route: '/logg-inn' });

    expect(screen.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeInTheDocument();
    const kari = await screen.findByRole('button', { name: 'Logg inn som Kari Nordmann-Berg' });
    expect(kari).toBeInTheDocument();

    const groupHeadings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(groupHeadings).toEqual(['Systemkoordinator', 'Virksomhetsleder', 'Koordinator', 'Tjenesteyter', 'Innbygger']);

    // Nina holds two roles: listed once, under the first (unit leader), with both roles shown.
    expect(screen.getAllByRole('button', { name: 'Logg inn som Nina Haugen' })).toHaveLength(1);
    const leaderSection = screen.getByRole('region', { name: 'Virksomhetsleder' });
    expect(within(leaderSection).getByRole('button', { name: 'Logg inn som Nina Haugen' })).toBeInTheDocument();
    expect(within(leaderSection).getByText('Koordinator')).toBeInTheDocument();

    const citizenSection = screen.getByRole('region', { name: 'Innbygger' });
    expect(within(citizenSection).getByRole('button', { name: 'Logg inn som Sofie Berg' })).toBeInTheDocument();
  });

  it('posts demo-login with the username and the language, then opens the home view', async () => {
    const fetchMock = mockFetch({
      'GET /auth/config': () => jsonResponse({ demoLogin: true }),
      'GET /auth/demo-users': () => jsonResponse({ users: USERS }),
      'POST /auth/demo-login': () => jsonResponse({ username: 'ingrid.koordinator', name: 'Ingrid Solberg', roles: ['COORDINATOR'] }),
    });
    const { user, router } = renderApp({
      route: '/logg-inn',
      mocks: [mockMe('COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockResult(MyCaseloadQuery, {}, { __typename: 'Query', myCaseload: [] })],
    });

    await user.click(await screen.findByRole('button', { name: 'Logg inn som Ingrid Solberg' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    const loginCall = fetchMock.mock.calls.find(([url]) => url === '/auth/demo-login');
    expect(loginCall).toBeDefined();
    const init = loginCall![1]!;
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ username: 'ingrid.koordinator' });
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'Accept-Language': 'nb' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mine brukere' })).toBeInTheDocument();
  });

  it('shows the server message when the login is refused', async () => {
    mockFetch({
      'GET /auth/config': () => jsonResponse({ demoLogin: true }),
      'GET /auth/demo-users': () => jsonResponse({ users: USERS }),
      'POST /auth/demo-login': () =>
        jsonResponse({ errors: [{ message: 'Fant ingen demobruker med dette brukernavnet.', extensions: { code: 'UNAUTHENTICATED' } }] }, 401),
    });
    const { user, router } = renderApp({ route: '/logg-inn' });

    await user.click(await screen.findByRole('button', { name: 'Logg inn som Per Aasen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Fant ingen demobruker med dette brukernavnet.');
    expect(router.state.location.pathname).toBe('/logg-inn');
  });

  it('shows a notice instead of users when demo login is off', async () => {
    const fetchMock = mockFetch({ 'GET /auth/config': () => jsonResponse({ demoLogin: false }) });
    renderApp({ route: '/logg-inn' });

    expect(await screen.findByText('Innlogging med ID-porten kommer. Kontakt systemkoordinator for tilgang.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Logg inn som/ })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => url).sort()).toEqual(['/auth/config', '/auth/session']);
  });

  it('offers a retry when the users cannot be loaded', async () => {
    let calls = 0;
    mockFetch({
      'GET /auth/config': () => {
        calls += 1;
        if (calls === 1) throw new TypeError('Failed to fetch');
        return jsonResponse({ demoLogin: true });
      },
      'GET /auth/demo-users': () => jsonResponse({ users: USERS }),
    });
    const { user } = renderApp({ route: '/logg-inn' });

    expect(await screen.findByText('Fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('button', { name: 'Logg inn som Per Aasen' })).toBeInTheDocument();
  });

  describe('where sign-in leads', () => {
    const planPath = `/plan/${PERSON_IDS.sofie}`;
    const signInEndpoints = () =>
      mockFetch({
        'GET /auth/config': () => jsonResponse({ demoLogin: true }),
        'GET /auth/demo-users': () => jsonResponse({ users: USERS }),
        'POST /auth/demo-login': () => jsonResponse({ username: 'ingrid.koordinator', name: 'Ingrid Solberg', roles: ['COORDINATOR'] }),
      });

    it('opens the page the user asked for before signing in', async () => {
      signInEndpoints();
      const { user, router } = renderApp({
        route: `/logg-inn?neste=${encodeURIComponent(planPath)}`,
        mocks: [mockMe('COORDINATOR'), planMock(sofiePlan)],
      });

      await user.click(await screen.findByRole('button', { name: 'Logg inn som Ingrid Solberg' }));

      expect(await screen.findByRole('heading', { level: 1, name: 'Individuell plan for Sofie Berg' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe(planPath);
    });

    it.each(['//evil.example', '/\\evil.example', 'https://evil.example/plan', '/\t/evil.example'])(
      'goes home instead of to %s',
      async (target) => {
        signInEndpoints();
        const { user, router } = renderApp({
          route: `/logg-inn?neste=${encodeURIComponent(target)}`,
          mocks: [mockMe('COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockResult(MyCaseloadQuery, {}, { __typename: 'Query', myCaseload: [] })],
        });

        await user.click(await screen.findByRole('button', { name: 'Logg inn som Ingrid Solberg' }));

        expect(await screen.findByRole('heading', { level: 1, name: 'Mine brukere' })).toBeInTheDocument();
        expect(router.state.location.pathname).toBe('/');
      },
    );

    it('sends someone already signed in home, or to the page asked for', async () => {
      mockFetch({
        'GET /auth/config': () => jsonResponse({ demoLogin: true }),
        'GET /auth/session': () => jsonResponse({ signedIn: true }),
      });
      const { router, unmount } = renderApp({
        route: '/logg-inn',
        mocks: [mockMe('COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockResult(MyCaseloadQuery, {}, { __typename: 'Query', myCaseload: [] })],
      });
      expect(await screen.findByRole('heading', { level: 1, name: 'Mine brukere' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/');
      unmount();

      const second = renderApp({
        route: `/logg-inn?neste=${encodeURIComponent(planPath)}`,
        mocks: [mockMe('COORDINATOR'), planMock(sofiePlan)],
      });
      expect(await screen.findByRole('heading', { level: 1, name: 'Individuell plan for Sofie Berg' })).toBeInTheDocument();
      expect(second.router.state.location.pathname).toBe(planPath);
    });

    it('says that the session expired', async () => {
      signInEndpoints();
      renderApp({ route: `/logg-inn?neste=${encodeURIComponent(planPath)}&utlopt=1` });

      expect(await screen.findByText('Økten din er utløpt. Logg inn på nytt.')).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeInTheDocument();
    });
  });
});
