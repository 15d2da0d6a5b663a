import type { Unmasked } from '@apollo/client';
import type { ReferralInboxQuery as ReferralInboxData } from '../../../gql/graphql';
import { mockMe } from '../../../test-utils/fixtures';
import { mockResult, renderApp, screen, within } from '../../../test-utils/render';
import { KeOverviewQuery, ReferralInboxQuery } from '../graphql/ke';
import { mockMySubmittedReferrals } from '../../intake/__tests__/intake.fixtures';

type Referral = Unmasked<ReferralInboxData>['referrals'][number];

const received: Referral = {
  __typename: 'Referral',
  id: 'r-1',
  person: { __typename: 'Person', id: 'p-1', name: 'Sigrid Aune', age: 67, expectedBirthDate: null },
  sourceKind: 'GP',
  sourceName: 'Per Aasen',
  channel: 'ELECTRONIC',
  requested: 'BOTH',
  receivedAt: '2025-03-04T09:30:00.000Z',
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
      mocks: [mockMe('SYSTEM_COORDINATOR'), mockMySubmittedReferrals(), overview, mockResult(ReferralInboxQuery, { status: null }, { __typename: 'Query', referrals: [received, decided] })],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Koordinerende enhet' })).toBeInTheDocument();
    expect(await screen.findByTestId('referral-count-DECIDED')).toHaveTextContent('Avgjort22');
    expect(screen.getByTestId('register-personsWithCoordinator')).toHaveTextContent('Personer med koordinator18');
    expect(screen.getByTestId('register-unregisteredChangeForms')).toHaveTextContent('1');

    const table = await screen.findByRole('table', { name: 'Innkomne meldinger' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const first = within(rows[1]!);
    expect(first.getByRole('rowheader')).toHaveTextContent('Sigrid Aune');
    // KE does not open plans: names are plain text, not links.
    expect(within(table).queryAllByRole('link')).toEqual([]);
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

  it('filters the inbox by status', async () => {
    const { user, router } = renderApp({
      mocks: [
        mockMe('SYSTEM_COORDINATOR'), mockMySubmittedReferrals(),
        overview,
        mockResult(ReferralInboxQuery, { status: null }, { __typename: 'Query', referrals: [received, decided] }),
        mockResult(ReferralInboxQuery, { status: 'DECIDED' }, { __typename: 'Query', referrals: [decided] }),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Innkomne meldinger' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    await user.selectOptions(screen.getByLabelText('Vis status'), 'DECIDED');

    expect(await screen.findByText('Ufødt barn Strand')).toBeInTheDocument();
    expect(screen.queryByText('Sigrid Aune')).not.toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Innkomne meldinger' })).getAllByRole('row')).toHaveLength(2);
    expect(router.state.location.search).toBe('?status=DECIDED');
  });

  it('says so when no referral has the chosen status', async () => {
    renderApp({
      route: '/?status=WITHDRAWN',
      mocks: [mockMe('SYSTEM_COORDINATOR'), mockMySubmittedReferrals(), overview, mockResult(ReferralInboxQuery, { status: 'WITHDRAWN' }, { __typename: 'Query', referrals: [] })],
    });
    expect(await screen.findByText('Ingen meldinger har denne statusen.')).toBeInTheDocument();
    expect(screen.getByLabelText('Vis status')).toHaveValue('WITHDRAWN');
  });
});
