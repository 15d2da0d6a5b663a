import type { Unmasked } from '@apollo/client';
import type { StaffAccessLogQuery as StaffAccessLogData, StaffMembersQuery as StaffMembersData } from '../../../gql/graphql';
import { mockMe } from '../../../test-utils/fixtures';
import { mockGraphQLError, mockResult, renderApp, screen, waitFor, within } from '../../../test-utils/render';
import { StaffAccessLogQuery, StaffMembersQuery } from '../graphql';

type Member = StaffMembersData['staffMembers'][number];
type Entry = Unmasked<StaffAccessLogData>['staffAccessLog']['entries'][number];

const ingrid: Member = {
  __typename: 'StaffMember',
  id: 'u-ingrid',
  name: 'Ingrid Solberg',
  title: 'Sykepleier og koordinator',
  roles: ['COORDINATOR'],
  units: ['Hjemmetjenesten'],
  active: true,
};
const per: Member = { __typename: 'StaffMember', id: 'u-per', name: 'Per Aasen', title: 'Fastlege', roles: ['SERVICE_PROVIDER'], units: ['Fjordvik legesenter'], active: false };

const entry = (overrides: Partial<Entry> = {}): Entry => ({
  __typename: 'StaffAccessLogEntry',
  id: '101',
  at: '2025-05-02T07:15:00.000Z',
  personName: 'Sofie Berg',
  actorRole: 'COORDINATOR',
  action: 'plan.read',
  denied: false,
  ...overrides,
});

const staffList = (search: string | null, staffMembers: Member[]) => mockResult(StaffMembersQuery, { search }, { __typename: 'Query', staffMembers });
const logPage = (userId: string, entries: Entry[], page: { totalCount?: number; nextCursor?: string | null; after?: string } = {}) =>
  mockResult(StaffAccessLogQuery, { userId, first: 20, ...(page.after ? { after: page.after } : {}) }, {
    __typename: 'Query',
    staffAccessLog: {
      __typename: 'StaffAccessLogPage',
      entries,
      totalCount: page.totalCount ?? entries.length,
      hasMore: !!page.nextCursor,
      nextCursor: page.nextCursor ?? null,
    },
  });

const rowsOf = async (name: string) => {
  const table = await screen.findByRole('table', { name });
  return within(table).getAllByRole('row').slice(1);
};

describe('StaffAuditPage', () => {
  it('lets KE find a staff member and see their reads, newest first, a page at a time', async () => {
    const { user } = renderApp({
      route: '/innsyn',
      mocks: [
        mockMe('SYSTEM_COORDINATOR'),
        staffList(null, [ingrid, per]),
        staffList('ingrid', [ingrid]),
        logPage('u-ingrid', [entry(), entry({ id: '100', at: '2025-05-01T12:00:00.000Z', personName: 'Emil Dahl', denied: true })], { totalCount: 3, nextCursor: 'cursor-1' }),
        logPage('u-ingrid', [entry({ id: '99', at: '2025-04-30T06:00:00.000Z', action: 'caseload.read', personName: 'Terje Pedersen' })], { totalCount: 3, after: 'cursor-1' }),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Innsyn i ansattes oppslag' })).toBeInTheDocument();
    const staff = await screen.findAllByRole('listitem');
    expect(staff).toHaveLength(2);
    expect(staff[0]).toHaveTextContent('Ingrid Solberg');
    expect(staff[0]).toHaveTextContent('Sykepleier og koordinator · Koordinator · Hjemmetjenesten');
    expect(staff[1]).toHaveTextContent('Ikke lenger i kommunen');

    await user.type(screen.getByRole('textbox', { name: 'Navn' }), ' ingrid ');
    await user.click(screen.getByRole('button', { name: 'Søk' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));

    const choose = screen.getByRole('button', { name: 'Se oppslagene til Ingrid Solberg' });
    await user.click(choose);
    expect(choose).toHaveAttribute('aria-pressed', 'true');

    expect(await screen.findByRole('heading', { level: 2, name: 'Oppslagene til Ingrid Solberg' })).toBeInTheDocument();
    let rows = await rowsOf('Oppslagene til Ingrid Solberg, det nyeste først');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Sofie Berg');
    expect(rows[0]).toHaveTextContent('Leste planen');
    expect(rows[0]).toHaveTextContent('Koordinator');
    expect(rows[0]).toHaveTextContent('Tillatt');
    expect(rows[0]).toHaveTextContent('09:15');
    expect(rows[1]).toHaveTextContent('Emil Dahl');
    expect(rows[1]).toHaveTextContent('Avvist');
    expect(screen.getByText('Viser 2 av 3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vis flere' }));

    await waitFor(() => expect(screen.getByText('Viser 3 av 3')).toBeInTheDocument());
    rows = await rowsOf('Oppslagene til Ingrid Solberg, det nyeste først');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveTextContent('Terje Pedersen');
    expect(rows[2]).toHaveTextContent('Så navnet i listen over brukere');
    expect(screen.queryByRole('button', { name: 'Vis flere' })).not.toBeInTheDocument();
  });

  it('says so when the staff member has read nothing, or no one matches the search', async () => {
    const { user } = renderApp({
      route: '/innsyn',
      mocks: [mockMe('SYSTEM_COORDINATOR'), staffList(null, [per]), logPage('u-per', []), staffList('ukjent', [])],
    });

    await user.click(await screen.findByRole('button', { name: 'Se oppslagene til Per Aasen' }));
    expect(await screen.findByText('Per Aasen har ikke sett opplysninger om noen ennå.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'ukjent');
    await user.click(screen.getByRole('button', { name: 'Søk' }));
    expect(await screen.findByText('Ingen ansatte passer med søket.')).toBeInTheDocument();
  });

  it('shows the error with a retry when the staff or the reads cannot be loaded', async () => {
    const { user } = renderApp({
      route: '/innsyn',
      mocks: [
        mockMe('SYSTEM_COORDINATOR'),
        mockGraphQLError(StaffMembersQuery, { search: null }, { code: 'INTERNAL_SERVER_ERROR', message: 'Noe gikk galt hos oss. Prøv igjen om litt.' }),
        staffList(null, [ingrid]),
        mockGraphQLError(StaffAccessLogQuery, { userId: 'u-ingrid', first: 20 }, { code: 'INTERNAL_SERVER_ERROR', message: 'Loggen kunne ikke hentes.' }),
      ],
    });

    expect(await screen.findByText('Noe gikk galt hos oss. Prøv igjen om litt.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /prøv igjen/i }));
    await user.click(await screen.findByRole('button', { name: 'Se oppslagene til Ingrid Solberg' }));
    expect(await screen.findByText('Loggen kunne ikke hentes.')).toBeInTheDocument();
  });

  it('is not there for other roles', async () => {
    renderApp({ route: '/innsyn', mocks: [mockMe('COORDINATOR')] });

    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Innsyn i ansattes oppslag');
    expect(screen.queryByRole('textbox', { name: 'Navn' })).not.toBeInTheDocument();
  });

  it('speaks nynorsk', async () => {
    renderApp({ route: '/innsyn', locale: 'nn', mocks: [mockMe('SYSTEM_COORDINATOR'), staffList(null, [ingrid])] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Innsyn i oppslaga til tilsette' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Sjå oppslaga til Ingrid Solberg' })).toBeInTheDocument();
  });

  it('speaks English', async () => {
    renderApp({ route: '/innsyn', locale: 'en', mocks: [mockMe('SYSTEM_COORDINATOR'), staffList(null, [ingrid])] });
    expect(await screen.findByRole('heading', { level: 1, name: "Staff members' reads" })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'See the reads of Ingrid Solberg' })).toBeInTheDocument();
  });
});
