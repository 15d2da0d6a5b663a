// The citizen sees who their coordinator is and how to reach them, also before there is a plan.
import { mockMe } from '../../../test-utils/fixtures';
import { mockResult, renderApp, screen, within } from '../../../test-utils/render';
import { CitizenPlanQuery, PersonConsentsQuery } from '../../citizen/graphql/citizen';
import { actingForSofie, mockAccessLog, SOFIE_ID } from '../../citizen/__tests__/citizen.fixtures';
import { ingridContact } from '../../plan/__tests__/plan.fixtures';
import { PersonPlanStateQuery } from '../../plan/graphql/plan';

const noPlan = mockResult(CitizenPlanQuery, { personId: SOFIE_ID }, { __typename: 'Query', plan: null });
const state = (coordinators: (typeof ingridContact)[]) =>
  mockResult(
    PersonPlanStateQuery,
    { personId: SOFIE_ID },
    {
      __typename: 'Query',
      person: {
        __typename: 'PersonView',
        id: SOFIE_ID,
        name: 'Sofie Berg',
        firstName: 'Sofie',
        relation: 'SELF',
        planState: 'NOT_STARTED',
        planStateSince: '2026-11-20T12:00:00.000Z',
        closedPlanId: null,
        coordinators,
      },
    },
  );
const noConsents = mockResult(PersonConsentsQuery, { personId: SOFIE_ID }, { __typename: 'Query', consents: [] });

describe('the citizen without a plan', () => {
  it('sees the coordinator’s name, title, unit, phone and email', async () => {
    renderApp({ mocks: [mockMe('CITIZEN'), actingForSofie, noPlan, state([ingridContact]), noConsents, mockAccessLog(SOFIE_ID, { entries: [] })] });
    const section = await screen.findByRole('region', { name: 'Slik når du koordinatoren' });
    expect(within(section).getByRole('heading', { name: 'Ingrid Solberg' })).toBeInTheDocument();
    expect(section).toHaveTextContent('Sykepleier, Hjemmetjenesten');
    expect(within(section).getByRole('link', { name: '99 88 77 66' })).toHaveAttribute('href', 'tel:99887766');
    expect(within(section).getByRole('link', { name: 'ingrid@fjordvik.kommune.no' })).toHaveAttribute('href', 'mailto:ingrid@fjordvik.kommune.no');
    expect(screen.getByTestId('plan-state')).toBeInTheDocument();
  });

  it('sees no coordinator section when none is appointed', async () => {
    renderApp({ mocks: [mockMe('CITIZEN'), actingForSofie, noPlan, state([]), noConsents, mockAccessLog(SOFIE_ID, { entries: [] })] });
    expect(await screen.findByTestId('plan-state')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Slik når du koordinatoren' })).not.toBeInTheDocument();
  });
});
