import { LOCALE_STORAGE_KEY } from '../../../i18n/locale-store';
import { mockMe, mockSignedOut, PERSON_IDS } from '../../../test-utils/fixtures';
import { jsonResponse, mockGraphQLError, mockResult, renderApp, screen, waitFor, within } from '../../../test-utils/render';
import type { DemoUser } from '../../../lib/auth-api';
import { caseloadMock } from '../../caseload/__tests__/caseload.fixtures';
import { MyCaseloadQuery } from '../../caseload/graphql/caseload';
import { MyParticipationQuery } from '../../group/graphql/group';
import { planMock, sofiePlan } from '../../plan/__tests__/plan.fixtures';
import { PersonPlanQuery } from '../../plan/graphql/plan';
import { MyUnitsQuery } from '../../unit/graphql/unit';
import { MeQuery, SwitchRoleMutation } from '../graphql/session';
import { mockMySubmittedReferrals } from '../../intake/__tests__/intake.fixtures';
import { mockConsentAlerts } from '../../consent/__tests__/consent.fixtures';
import { mockMyTasks, mockToLeaders } from '../../meeting/__tests__/meeting.fixtures';
import { mockGroupReviewsDue } from '../../group/__tests__/group.fixtures';

afterEach(() => {
  // @ts-expect-error: jsdom has no fetch of its own; tests that need it install a mock.
  delete global.fetch;
});

const INGRID: DemoUser = { username: 'ingrid.koordinator', name: 'Ingrid Solberg', title: null, roles: ['COORDINATOR'], kind: 'STAFF' };
const PER: DemoUser = { username: 'per.lege', name: 'Per Aasen', title: null, roles: ['SERVICE_PROVIDER'], kind: 'STAFF' };

/** The auth endpoints, with no session and these demo users (Ingrid Solberg unless given). */
function mockAuthEndpoints(users: DemoUser[] = [INGRID]) {
  const fetchMock = jest.fn(async (url: string) => {
    if (url === '/auth/config') return jsonResponse({ demoLogin: true });
    if (url === '/auth/session') return jsonResponse({ signedIn: false });
    if (url === '/auth/demo-users') return jsonResponse({ users });
    if (url === '/auth/demo-login') return jsonResponse({ ok: true });
    if (url === '/auth/logout') return jsonResponse({ ok: true });
    throw new TypeError(`unexpected fetch ${url}`);
  });
  global.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

describe('the signed-in shell', () => {
  it('shows product, municipality, user, a skip link and a sign-out button', async () => {
    renderApp({ mocks: [mockMe('COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockMyTasks(), mockToLeaders(), caseloadMock] });

    await screen.findByText('Innlogget som Ingrid Solberg');
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Samhandling' })).toHaveAttribute('href', '/');
    expect(banner).toHaveTextContent('Fjordvik kommune');
    expect(within(banner).getByRole('button', { name: 'Logg ut' })).toBeInTheDocument();
    // One role: no role switcher.
    expect(within(banner).queryByLabelText('Aktiv rolle')).not.toBeInTheDocument();

    const skip = screen.getByRole('link', { name: 'Hopp til hovedinnhold' });
    expect(skip).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
  });

  it('switches the visible language to nynorsk and English, and remembers it', async () => {
    const { user } = renderApp({ mocks: [mockMe('COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockMyTasks(), mockToLeaders(), caseloadMock] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mine brukere' })).toBeInTheDocument();
    expect(await screen.findByRole('columnheader', { name: 'Åpne tiltak' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nb');

    await user.selectOptions(screen.getByLabelText('Språk'), 'nn');
    expect(screen.getByRole('heading', { level: 1, name: 'Mine brukarar' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Opne tiltak' })).toBeInTheDocument();
    expect(screen.getByText('Innlogga som Ingrid Solberg')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nn');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('nn');

    await user.selectOptions(screen.getByLabelText('Språk'), 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'My service users' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '12 Jun 2025, 10:00' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
  });

  it('lets a user with several roles switch the active role', async () => {
    const nina = { id: 'u-nina', name: 'Nina Haugen', roles: ['UNIT_LEADER', 'COORDINATOR'] as const };
    const switchResult = jest.fn(() => ({
      data: {
        __typename: 'Mutation' as const,
        switchRole: {
          __typename: 'Me' as const,
          id: nina.id,
          name: nina.name,
          kind: 'STAFF' as const,
          roles: [...nina.roles],
          activeRole: 'COORDINATOR' as const,
          municipalityName: 'Fjordvik kommune',
        },
      },
    }));
    const { user } = renderApp({
      mocks: [
        mockMe('UNIT_LEADER', { id: nina.id, name: nina.name, roles: [...nina.roles] }), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockMyTasks(), mockMyTasks(), mockToLeaders(),
        mockResult(MyUnitsQuery, {}, { __typename: 'Query', myUnits: [] }),
        { request: { query: SwitchRoleMutation, variables: { role: 'COORDINATOR' } }, result: switchResult },
        mockResult(MyCaseloadQuery, {}, { __typename: 'Query', myCaseload: [] }),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Min virksomhet' })).toBeInTheDocument();
    const roleSelect = screen.getByLabelText('Aktiv rolle');
    expect(within(roleSelect).getAllByRole('option').map((option) => option.textContent)).toEqual(['Virksomhetsleder', 'Koordinator']);

    await user.selectOptions(roleSelect, 'COORDINATOR');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mine brukere' })).toBeInTheDocument();
    expect(switchResult).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('Aktiv rolle')).toHaveValue('COORDINATOR');
  });

  it('sends a visitor without a session to the sign-in page, remembering the page they asked for', async () => {
    mockAuthEndpoints();
    const { router } = renderApp({ route: `/plan/${PERSON_IDS.sofie}`, mocks: [mockSignedOut()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/logg-inn');
    expect(new URLSearchParams(router.state.location.search).get('neste')).toBe(`/plan/${PERSON_IDS.sofie}`);
    // Never signed in here: nothing expired.
    expect(screen.queryByText('Økten din er utløpt. Logg inn på nytt.')).not.toBeInTheDocument();
  });

  it('when the session expires mid-use, says so at sign-in and returns to the page after', async () => {
    mockAuthEndpoints();
    const { user, router } = renderApp({
      mocks: [
        mockMe('COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockMyTasks(), mockToLeaders(),
        caseloadMock,
        mockGraphQLError(PersonPlanQuery, { personId: PERSON_IDS.sofie }, { code: 'UNAUTHENTICATED', message: 'Du må logge inn.' }),
        mockMe('COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockMyTasks(), mockToLeaders(),
        planMock(sofiePlan),
      ],
    });

    await user.click(await screen.findByRole('link', { name: 'Sofie Berg' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn' })).toBeInTheDocument();
    expect(screen.getByText('Økten din er utløpt. Logg inn på nytt.')).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('neste')).toBe(`/plan/${PERSON_IDS.sofie}`);

    await user.click(await screen.findByRole('button', { name: 'Logg inn som Ingrid Solberg' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Individuell plan for Sofie Berg' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/plan/${PERSON_IDS.sofie}`);
  });

  it('keeps the signed-in header on a page that does not exist', async () => {
    renderApp({ route: '/finnes-ikke', mocks: [mockMe('COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue()] });

    await screen.findByText('Innlogget som Ingrid Solberg');
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Logg ut' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til forsiden' })).toHaveAttribute('href', '/');
  });

  it('shows the plain header on a page that does not exist without a session', async () => {
    renderApp({ route: '/finnes-ikke', mocks: [mockSignedOut()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('banner')).not.toHaveTextContent('Innlogget som'));
    expect(within(screen.getByRole('banner')).queryByRole('button', { name: 'Logg ut' })).not.toBeInTheDocument();
  });

  it('signs out: posts /auth/logout and returns to sign-in', async () => {
    const fetchMock = mockAuthEndpoints();
    const { user, router } = renderApp({ mocks: [mockMe('COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockMyTasks(), mockToLeaders(), caseloadMock] });

    await user.click(await screen.findByRole('button', { name: 'Logg ut' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/logg-inn'));
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/auth/logout');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{}');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });

  it('starts the next sign-in with an empty cache: nothing of the previous user shows', async () => {
    mockAuthEndpoints([INGRID, PER]);
    const { user } = renderApp({
      mocks: [
        mockMe('COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockMyTasks(), mockToLeaders(),
        caseloadMock,
        // Cache first in tests: Ingrid's user would answer at once if her cache were still there.
        { ...mockMe('SERVICE_PROVIDER'), delay: 200 },
        mockResult(MyParticipationQuery, {}, { __typename: 'Query', myParticipation: [] }),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Logg ut' }));
    await user.click(await screen.findByRole('button', { name: 'Logg inn som Per Aasen' }));

    expect(await screen.findByText('Henter brukeren din …')).toBeInTheDocument();
    expect(screen.queryByText('Innlogget som Ingrid Solberg')).not.toBeInTheDocument();
    expect(await screen.findByText('Innlogget som Per Aasen')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Mine ansvarsgrupper' })).toBeInTheDocument();
  });
});

describe('error states', () => {
  it('shows the translated message from the API and retries a server error', async () => {
    const { user } = renderApp({
      mocks: [
        mockMe('COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockMyTasks(), mockToLeaders(),
        mockGraphQLError(MyCaseloadQuery, {}, { code: 'INTERNAL_SERVER_ERROR', message: 'Noe gikk galt hos oss. Prøv igjen om litt.' }),
        caseloadMock,
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kunne ikke hente data.');
    expect(alert).toHaveTextContent('Noe gikk galt hos oss. Prøv igjen om litt.');

    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));

    expect(await screen.findByRole('table', { name: 'Personer du er koordinator for' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers no retry when trying again cannot help', async () => {
    renderApp({
      mocks: [mockMe('COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockMyTasks(), mockToLeaders(), mockGraphQLError(MyCaseloadQuery, {}, { code: 'FORBIDDEN', message: 'Du har ikke tilgang til dette.' })],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Du har ikke tilgang til dette.');
    expect(within(alert).queryByRole('button', { name: 'Prøv igjen' })).not.toBeInTheDocument();
  });

  it('explains a network failure in the chosen language', async () => {
    renderApp({
      locale: 'nn',
      mocks: [mockMe('COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockMyTasks(), mockToLeaders(), { request: { query: MyCaseloadQuery, variables: {} }, error: new TypeError('Failed to fetch') }],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Fekk ikkje kontakt med tenesta. Sjekk nettsambandet og prøv igjen.');
    expect(within(alert).getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the user cannot be loaded', async () => {
    const { user } = renderApp({
      mocks: [
        mockGraphQLError(MeQuery, {}, { code: 'INTERNAL_SERVER_ERROR', message: 'Noe gikk galt hos oss. Prøv igjen om litt.' }),
        mockMe('COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockMyTasks(), mockToLeaders(),
        caseloadMock,
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Noe gikk galt hos oss. Prøv igjen om litt.');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mine brukere' })).toBeInTheDocument();
  });
});
