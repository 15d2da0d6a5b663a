import { mockMe } from '../../../test-utils/fixtures';
import { mockResult, renderApp, screen, within } from '../../../test-utils/render';
import { PersonPlanQuery } from '../../plan/graphql/plan';
import { caseloadMock } from './caseload.fixtures';

const sofiePlan = mockResult(
  PersonPlanQuery,
  { personId: 'p-sofie' },
  {
    __typename: 'Query',
    plan: {
      __typename: 'PlanView',
      id: 'plan-1',
      status: 'ACTIVE',
      periodStart: '2024-02-01',
      periodEnd: '2026-01-31',
      nextRevisionDate: '2025-09-01',
      whatIsImportant: 'Å bo hjemme og komme tilbake i jobb.',
      hiddenLifeAreas: [],
      person: { __typename: 'PersonRef', id: 'p-sofie', name: 'Sofie Berg' },
      coordinators: [
        {
          __typename: 'CoordinatorContact',
          name: 'Ingrid Solberg',
          unitName: 'Hjemmetjenesten',
          phone: '99 88 77 66',
          email: 'ingrid@fjordvik.kommune.no',
          since: '2024-01-15',
          isChildCoordinator: false,
        },
      ],
      goals: [
        {
          __typename: 'GoalView',
          id: 'g-1',
          kind: 'LONG_TERM',
          status: 'IN_PROGRESS',
          description: 'Komme tilbake i arbeid',
          targetDate: '2026-01-01',
          lifeArea: 'WORK',
          parentGoalId: null,
        },
        {
          __typename: 'GoalView',
          id: 'g-2',
          kind: 'SHORT_TERM',
          status: 'NOT_STARTED',
          description: 'Arbeidstrening to dager i uka',
          targetDate: null,
          lifeArea: 'WORK',
          parentGoalId: 'g-1',
        },
      ],
      measures: [
        {
          __typename: 'MeasureView',
          id: 'm-1',
          description: 'Avklare arbeidstrening med NAV',
          responsible: 'NAV Fjordvik',
          dueDate: '2025-08-15',
          status: 'ONGOING',
        },
      ],
      upcomingMeetings: [
        { __typename: 'MeetingRef', id: 'mt-1', type: 'RESPONSIBILITY_GROUP', startsAt: '2025-06-12T08:00:00.000Z', location: 'Fjordvik rådhus', status: 'PLANNED' },
      ],
    },
  },
);

describe('CoordinatorHome', () => {
  it('lists the caseload with plan status, revisions, measures, meetings and groups', async () => {
    renderApp({ mocks: [mockMe('COORDINATOR'), caseloadMock] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mine brukere' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Personer du er koordinator for' });
    const [, sofieRow, emilRow] = within(table).getAllByRole('row');

    expect(within(sofieRow!).getByRole('link', { name: 'Sofie Berg' })).toHaveAttribute('href', '/plan/p-sofie');
    expect(within(sofieRow!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Fra 15. jan. 2024',
      'Aktiv',
      '1. sep. 2025',
      '4',
      '12. juni 2025, 10:00',
      'Ja',
    ]);

    expect(emilRow).toHaveTextContent('Barnekoordinator');
    expect(emilRow).toHaveTextContent('Avsluttes 1. juli 2025');
    expect(emilRow).toHaveTextContent('Ingen plan');
    expect(within(emilRow!).getAllByRole('cell').at(-1)).toHaveTextContent('Nei');
  });

  it('opens the plan page when a person is chosen', async () => {
    const { user, router } = renderApp({ mocks: [mockMe('COORDINATOR'), caseloadMock, sofiePlan] });

    await user.click(await screen.findByRole('link', { name: 'Sofie Berg' }));

    expect(router.state.location.pathname).toBe('/plan/p-sofie');
    expect(await screen.findByRole('heading', { level: 1, name: 'Individuell plan for Sofie Berg' })).toBeInTheDocument();
    expect(screen.getByText('Å bo hjemme og komme tilbake i jobb.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Komme tilbake i arbeid' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Arbeidstrening to dager i uka' })).toBeInTheDocument();
    const measures = screen.getByRole('table', { name: 'Tiltak' });
    expect(within(measures).getByRole('row', { name: /Avklare arbeidstrening med NAV/ })).toHaveTextContent('NAV Fjordvik15. aug. 2025Pågår');
    expect(screen.getByText('Ansvarsgruppemøte')).toBeInTheDocument();
    expect(screen.getByText('Sted: Fjordvik rådhus')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '99 88 77 66' })).toHaveAttribute('href', 'tel:99887766');
    expect(screen.getByRole('link', { name: 'Tilbake til oversikten' })).toHaveAttribute('href', '/');
  });

  it('tells when the person has no plan yet', async () => {
    renderApp({
      route: '/plan/p-emil',
      mocks: [mockMe('COORDINATOR'), mockResult(PersonPlanQuery, { personId: 'p-emil' }, { __typename: 'Query', plan: null })],
    });
    expect(await screen.findByText('Personen har ingen individuell plan ennå.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Individuell plan' })).toBeInTheDocument();
  });
});
