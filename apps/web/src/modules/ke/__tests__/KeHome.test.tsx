import type { Unmasked } from '@apollo/client';
import type { ReferralInboxFilter, ReferralInboxQuery as ReferralInboxData, ReferralInboxQueryVariables } from '../../../gql/graphql';
import { mockMe } from '../../../test-utils/fixtures';
import { mockResult, renderApp, screen, within } from '../../../test-utils/render';
import { InboxUnitsQuery, KeOverviewQuery, ReferralInboxQuery } from '../graphql/ke';
import { mockMySubmittedReferrals } from '../../intake/__tests__/intake.fixtures';
import { mockUnregisteredChangeForms } from '../../change-form/__tests__/change-form.fixtures';
import { mockConsentAlerts } from '../../consent/__tests__/consent.fixtures';
import { mockGroupReviewsDue } from '../../group/__tests__/group.fixtures';

type Referral = Unmasked<ReferralInboxData>['referrals']['nodes'][number];

const WAITING_FILTER: ReferralInboxFilter = { statuses: ['RECEIVED', 'IN_ASSESSMENT'], unitId: null, ageGroup: null, minWaitingDays: null };
const WAITING: ReferralInboxQueryVariables = { filter: WAITING_FILTER, first: 25, after: null };
const filtered = (filter: ReferralInboxFilter, after: string | null = null): ReferralInboxQueryVariables => ({ ...WAITING, filter: { ...WAITING_FILTER, ...filter }, after });
const page = (nodes: Referral[], totalCount = nodes.length, nextCursor: string | null = null) => ({
  __typename: 'Query' as const,
  referrals: { __typename: 'ReferralPage' as const, totalCount, nextCursor, nodes },
});
const units = mockResult(InboxUnitsQuery, {}, { __typename: 'Query', units: [{ __typename: 'UnitRef', id: 'u-1', name: 'Hjemmetjenesten' }] });

const received: Referral = {
  __typename: 'Referral',
  id: 'r-1',
  person: { __typename: 'Person', id: 'p-1', name: 'Sigrid Aune', age: 67, expectedBirthDate: null },
  sourceKind: 'GP',
  sourceName: 'Per Aasen',
  channel: 'ELECTRONIC',
  requested: 'BOTH',
  receivedAt: '2025-03-04T09:30:00.000Z',
  waitingDays: 12,
  status: 'RECEIVED',
  journalNumber: '2025/123',
};

const decided: Referral = {
  __typename: 'Referral',
  id: 'r-2',
  person: { __typename: 'Person', id: 'p-2', name: 'Ufødt barn Strand', age: null, expectedBirthDate: '2026-05-01' },
  sourceKind: 'HOSPITAL',
  sourceName: 'Helse Fjordvik HF',
  channel: 'WRITTEN',
  requested: 'COORDINATOR',
  receivedAt: '2025-01-10T12:00:00.000Z',
  waitingDays: null,
  status: 'DECIDED',
  journalNumber: null,
};

const overview = mockResult(
  KeOverviewQuery,
  {},
  {
    __typename: 'Query',
    keOverview: {
      __typename: 'KeOverview',
      referralCounts: [
        { __typename: 'ReferralStatusCount', status: 'RECEIVED', count: 6 },
        { __typename: 'ReferralStatusCount', status: 'IN_ASSESSMENT', count: 3 },
        { __typename: 'ReferralStatusCount', status: 'DECIDED', count: 22 },
        { __typename: 'ReferralStatusCount', status: 'WITHDRAWN', count: 1 },
      ],
      activeCoordinators: 5,
      personsWithCoordinator: 18,
      activePlans: 13,
      draftPlans: 2,
      activeGroups: 8,
      openTrainingNeeds: 2,
      unregisteredChangeForms: 1,
    },
  },
);

describe('KeHome (system coordinator)', () => {
  it('shows the registers, the referral counts and the inbox', async () => {
    renderApp({
      mocks: [mockMe('SYSTEM_COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockUnregisteredChangeForms(), overview, units, mockResult(ReferralInboxQuery, WAITING, page([received, decided]))],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Koordinerende enhet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se hvilke opplysninger en ansatt har sett' })).toHaveAttribute('href', '/innsyn');
    expect(screen.getByRole('link', { name: 'Se e-post som er sendt om møter' })).toHaveAttribute('href', '/epost');
    expect(await screen.findByTestId('referral-count-DECIDED')).toHaveTextContent('Avgjort22');
    expect(screen.getByTestId('register-personsWithCoordinator')).toHaveTextContent('Personer med koordinator18');
    expect(screen.getByTestId('register-unregisteredChangeForms')).toHaveTextContent('1');

    const table = await screen.findByRole('table', { name: 'Innkomne meldinger' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const first = within(rows[1]!);
    expect(first.getByRole('rowheader')).toHaveTextContent('Sigrid Aune');
    // The name opens the case.
    expect(first.getByRole('link', { name: 'Sigrid Aune' })).toHaveAttribute('href', '/sak/r-1');
    expect(rows[1]).toHaveTextContent('12 dager');
    expect(rows[2]).toHaveTextContent('Avgjort');
    expect(screen.getByText('Viser 2 av 2')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('67 år');
    expect(rows[1]).toHaveTextContent('Fastlege');
    expect(rows[1]).toHaveTextContent('Elektronisk');
    expect(rows[1]).toHaveTextContent('Koordinator og individuell plan');
    expect(rows[1]).toHaveTextContent('4. mars 2025');
    expect(rows[1]).toHaveTextContent('Mottatt');
    expect(rows[1]).toHaveTextContent('2025/123');
    expect(rows[2]).toHaveTextContent('Ufødt (termin 1. mai 2026)');
    expect(rows[2]).toHaveTextContent('Helseforetak');
    expect(rows[2]).toHaveTextContent('Ikke satt');
  });

  it('filters the inbox by status, unit, age group and waiting time, and keeps the filter in the address', async () => {
    const { user, router } = renderApp({
      mocks: [
        mockMe('SYSTEM_COORDINATOR'),
        mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockUnregisteredChangeForms(),
        overview,
        units,
        mockResult(ReferralInboxQuery, WAITING, page([received, decided])),
        mockResult(ReferralInboxQuery, filtered({ statuses: ['DECIDED'] }), page([decided])),
        mockResult(ReferralInboxQuery, filtered({ statuses: ['DECIDED'], unitId: 'u-1' }), page([decided])),
        mockResult(ReferralInboxQuery, filtered({ statuses: ['DECIDED'], unitId: 'u-1', ageGroup: 'UNBORN' }), page([decided])),
        mockResult(ReferralInboxQuery, filtered({ statuses: ['DECIDED'], unitId: 'u-1', ageGroup: 'UNBORN', minWaitingDays: 30 }), page([])),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Innkomne meldinger' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    await user.selectOptions(screen.getByLabelText('Vis status'), 'DECIDED');
    expect(await screen.findByText('Viser 1 av 1')).toBeInTheDocument();
    expect(screen.queryByText('Sigrid Aune')).not.toBeInTheDocument();
    await user.selectOptions(await screen.findByLabelText('Enhet'), 'u-1');
    await user.selectOptions(screen.getByLabelText('Alder'), 'UNBORN');
    await user.selectOptions(screen.getByLabelText('Ventetid'), '30');
    expect(await screen.findByText('Ingen meldinger passer med filteret.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?status=DECIDED&unit=u-1&age=UNBORN&waiting=30');
  });

  it('shows the next page after the first', async () => {
    const { user } = renderApp({
      mocks: [
        mockMe('SYSTEM_COORDINATOR'),
        mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockUnregisteredChangeForms(),
        overview,
        units,
        mockResult(ReferralInboxQuery, WAITING, page([received], 2, 'cursor-1')),
        mockResult(ReferralInboxQuery, { ...WAITING, after: 'cursor-1' }, page([decided], 2, null)),
      ],
    });
    expect(await screen.findByText('Viser 1 av 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vis flere' }));
    expect(await screen.findByText('Viser 2 av 2')).toBeInTheDocument();
    expect(screen.getByText('Ufødt barn Strand')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vis flere' })).not.toBeInTheDocument();
  });

  it('reads the filter from the address', async () => {
    renderApp({
      route: '/?status=WITHDRAWN',
      mocks: [mockMe('SYSTEM_COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), mockUnregisteredChangeForms(), overview, units, mockResult(ReferralInboxQuery, filtered({ statuses: ['WITHDRAWN'] }), page([]))],
    });
    expect(await screen.findByText('Ingen meldinger passer med filteret.')).toBeInTheDocument();
    expect(screen.getByLabelText('Vis status')).toHaveValue('WITHDRAWN');
  });
});
