import { LOCALE_STORAGE_KEY } from '../../../i18n/locale-store';
import { mockMe } from '../../../test-utils/fixtures';
import { jsonResponse, mockGraphQLError, mockResult, renderApp, screen, waitFor, within } from '../../../test-utils/render';
import { caseloadMock } from '../../caseload/__tests__/caseload.fixtures';
import { MyCaseloadQuery } from '../../caseload/graphql/caseload';
import { MyUnitsQuery } from '../../unit/graphql/unit';
import { MeQuery, SwitchRoleMutation } from '../graphql/session';

afterEach(() => {
  // @ts-expect-error: jsdom has no fetch of its own; tests that need it install a mock.
  delete global.fetch;
});

describe('the signed-in shell', () => {
  it('shows product, municipality, user, a skip link and a sign-out button', async () => {
    renderApp({ mocks: [mockMe('COORDINATOR'), caseloadMock] });

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
    const { user } = renderApp({ mocks: [mockMe('COORDINATOR'), caseloadMock] });

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
        mockMe('UNIT_LEADER', { id: nina.id, name: nina.name, roles: [...nina.roles] }),
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

  it('sends a visitor without a session to the sign-in page', async () => {
    global.fetch = jest.fn(async () => jsonResponse({ demoLogin: false })) as unknown as typeof fetch;
    const { router } = renderApp({
      mocks: [mockGraphQLError(MeQuery, {}, { code: 'UNAUTHENTICATED', message: 'Du må logge inn.' })],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/logg-inn');
  });

  it('signs out: posts /auth/logout and returns to sign-in', async () => {
    const fetchMock = jest.fn(async (url: string) => (url === '/auth/logout' ? jsonResponse({ ok: true }) : jsonResponse({ demoLogin: false })));
    global.fetch = fetchMock as unknown as typeof fetch;
    const { user, router } = renderApp({ mocks: [mockMe('COORDINATOR'), caseloadMock] });

    await user.click(await screen.findByRole('button', { name: 'Logg ut' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/logg-inn'));
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/auth/logout');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{}');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });
});

describe('error states', () => {
  it('shows the translated message from the API and retries', async () => {
    const { user } = renderApp({
      mocks: [
        mockMe('COORDINATOR'),
        mockGraphQLError(MyCaseloadQuery, {}, { code: 'FORBIDDEN', message: 'Du har ikke tilgang til dette.' }),
        caseloadMock,
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kunne ikke hente data.');
    expect(alert).toHaveTextContent('Du har ikke tilgang til dette.');

    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));

    expect(await screen.findByRole('table', { name: 'Personer du er koordinator for' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a network failure in the chosen language', async () => {
    renderApp({
      locale: 'nn',
      mocks: [mockMe('COORDINATOR'), { request: { query: MyCaseloadQuery, variables: {} }, error: new TypeError('Failed to fetch') }],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Fekk ikkje kontakt med tenesta. Sjekk nettsambandet og prøv igjen.');
    expect(within(alert).getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the user cannot be loaded', async () => {
    const { user } = renderApp({
      mocks: [
        mockGraphQLError(MeQuery, {}, { code: 'INTERNAL_SERVER_ERROR', message: 'Noe gikk galt hos oss. Prøv igjen om litt.' }),
        mockMe('COORDINATOR'),
        caseloadMock,
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Noe gikk galt hos oss. Prøv igjen om litt.');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mine brukere' })).toBeInTheDocument();
  });
});
