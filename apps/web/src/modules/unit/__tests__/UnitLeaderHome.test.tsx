import { mockMe } from '../../../test-utils/fixtures';
import { mockResult, renderApp, screen, within } from '../../../test-utils/render';
import { MyAppointmentRequestsQuery } from '../../appointment/graphql/appointment';
import { MyUnitsQuery } from '../graphql/unit';
import { mockMySubmittedReferrals } from '../../intake/__tests__/intake.fixtures';
import { mockMyTasks } from '../../meeting/__tests__/meeting.fixtures';

const GUNNAR_REFERRAL = '3c9d2e1f-0a4b-4c5d-8e6f-7a8b9c0d1e2f';

const requests = mockResult(
  MyAppointmentRequestsQuery,
  {},
  {
    __typename: 'Query',
    myAppointmentRequests: [
      {
        __typename: 'AppointmentDelegation',
        id: 'del-1',
        requestedAt: '2019-11-30T09:00:00.000Z',
        note: 'Ønsker hjemmetjenesten.',
        referral: { __typename: 'Referral', id: GUNNAR_REFERRAL },
        person: { __typename: 'PersonRef', id: 'p-gunnar', name: 'Gunnar Strøm', age: 77, expectedBirthDate: null },
        unit: { __typename: 'UnitRef', id: 'unit-home', name: 'Hjemmetjenesten' },
        grants: { __typename: 'AppointmentGrants', grantsCoordinator: true, grantsChildCoordinator: false, grantsIndividualPlan: true },
        wishedCoordinator: null,
        wishedUnit: { __typename: 'UnitRef', id: 'unit-home', name: 'Hjemmetjenesten' },
      },
    ],
  },
);
const noRequests = mockResult(MyAppointmentRequestsQuery, {}, { __typename: 'Query', myAppointmentRequests: [] });

const SOFIE_ID = '6f1c7d2e-0000-4c3b-9a55-00000000a001';

const units = mockResult(
  MyUnitsQuery,
  {},
  {
    __typename: 'Query',
    myUnits: [
      {
        __typename: 'UnitOverview',
        id: 'unit-home',
        name: 'Hjemmetjenesten',
        coordinators: [
          { __typename: 'UnitCoordinator', userId: 'u-ingrid', name: 'Ingrid Solberg', title: 'Sykepleier', activeAssignments: 7, childCoordinatorAssignments: 0 },
          { __typename: 'UnitCoordinator', userId: 'u-hans', name: 'Hans Moe', title: null, activeAssignments: 1, childCoordinatorAssignments: 1 },
        ],
        assignments: [
          {
            __typename: 'UnitAssignment',
            id: 'a-sofie',
            person: { __typename: 'PersonRef', id: SOFIE_ID, name: 'Sofie Berg' },
            coordinatorName: 'Ingrid Solberg',
            startDate: '2019-02-01',
            endDate: '2999-01-10',
          },
        ],
        competenceNeeds: [
          {
            __typename: 'CompetenceNeed',
            id: 'c-overdue',
            coordinatorName: 'Hans Moe',
            trainingNeed: 'Opplæring i individuell plan',
            notifiedAt: '2019-06-01',
            offerDueBy: '2019-12-01',
            trainingGivenAt: null,
          },
          {
            __typename: 'CompetenceNeed',
            id: 'c-given',
            coordinatorName: 'Ingrid Solberg',
            trainingNeed: 'Veiledning i barnekoordinatorrollen',
            notifiedAt: '2019-01-10',
            offerDueBy: '2019-07-10',
            trainingGivenAt: '2019-03-15',
          },
          {
            __typename: 'CompetenceNeed',
            id: 'c-waiting',
            coordinatorName: null,
            trainingNeed: 'Ansvarsgruppemøter',
            notifiedAt: '2999-01-01',
            offerDueBy: '2999-07-01',
            trainingGivenAt: null,
          },
        ],
      },
    ],
  },
);

describe('UnitLeaderHome', () => {
  it('shows the coordinators with their assignments and marks overdue training offers', async () => {
    renderApp({ mocks: [mockMe('UNIT_LEADER'), mockMyTasks(), mockMySubmittedReferrals(), units, noRequests] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Min virksomhet' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Hjemmetjenesten' })).toBeInTheDocument();

    const coordinators = screen.getByRole('table', { name: 'Koordinatorer i Hjemmetjenesten' });
    const ingrid = within(coordinators).getByRole('row', { name: /Ingrid Solberg/ });
    expect(within(ingrid).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Sykepleier', '7', '0']);
    // Nothing to open for a coordinator here: names are plain text, not links.
    expect(within(coordinators).queryAllByRole('link')).toEqual([]);

    const needs = screen.getByRole('table', { name: 'Behov for opplæring i Hjemmetjenesten' });
    const overdue = within(needs).getByRole('row', { name: /Opplæring i individuell plan/ });
    expect(overdue).toHaveTextContent('Fristen er passert');
    expect(overdue).toHaveTextContent('1. des. 2019');
    const given = within(needs).getByRole('row', { name: /Veiledning i barnekoordinatorrollen/ });
    expect(given).toHaveTextContent('Gitt 15. mars 2019');
    expect(given).not.toHaveTextContent('Fristen er passert');
    const waiting = within(needs).getByRole('row', { name: /Ansvarsgruppemøter/ });
    expect(waiting).toHaveTextContent('Venter på tilbud');
    expect(waiting).toHaveTextContent('Hele virksomheten');
  });

  it("lists the unit's coordinator assignments, each with a way to its change form", async () => {
    renderApp({ mocks: [mockMe('UNIT_LEADER'), mockMyTasks(), mockMySubmittedReferrals(), units, noRequests] });
    const table = await screen.findByRole('table', { name: 'Koordinatoroppdrag i Hjemmetjenesten' });
    const row = within(table).getByRole('row', { name: /Sofie Berg/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Ingrid Solberg',
      '1. feb. 2019 Siste dag 10. jan. 2999',
      'Endringsskjema',
    ]);
    expect(within(row).getByRole('link', { name: 'Endringsskjema for Sofie Berg' })).toHaveAttribute('href', `/endring/${SOFIE_ID}`);
  });

  it('says so when the leader leads no unit', async () => {
    renderApp({ mocks: [mockMe('UNIT_LEADER'), mockMyTasks(), mockMySubmittedReferrals(), mockResult(MyUnitsQuery, {}, { __typename: 'Query', myUnits: [] }), noRequests] });
    expect(await screen.findByText('Du leder ingen virksomheter.')).toBeInTheDocument();
  });

  it('lists the requests to appoint, oldest first, each opening its case', async () => {
    renderApp({ mocks: [mockMe('UNIT_LEADER'), mockMyTasks(), units, requests] });
    const table = await screen.findByRole('table', { name: 'Forespørsler om å oppnevne koordinator, eldste først' });
    const row = within(table).getByRole('row', { name: /Gunnar Strøm/ });
    expect(within(row).getByRole('link', { name: 'Gunnar Strøm' })).toHaveAttribute('href', `/sak/${GUNNAR_REFERRAL}`);
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Hjemmetjenesten',
      'KoordinatorIndividuell plan',
      'Hjemmetjenesten',
      '30. nov. 2019',
    ]);
    expect(row).toHaveTextContent('77 år');
  });

  it('says so when no request waits', async () => {
    renderApp({ mocks: [mockMe('UNIT_LEADER'), mockMyTasks(), units, noRequests] });
    expect(await screen.findByText('Ingen forespørsler venter på deg.')).toBeInTheDocument();
  });
});
