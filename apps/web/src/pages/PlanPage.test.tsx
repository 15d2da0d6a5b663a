import { ClosedPlanQuery, PersonPlanQuery } from '../modules/plan/graphql/plan';
import { bjornDeclined, noPlanMock, personStateMock, planMock, sofiePlan } from '../modules/plan/__tests__/plan.fixtures';
import { mockMe, PERSON_IDS } from '../test-utils/fixtures';
import { mockGraphQLError, mockResult, renderApp, screen, within } from '../test-utils/render';

/** The one page for "not there" and "not yours": the same words, no retry, a way home. */
async function expectNotFoundPage() {
  expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeInTheDocument();
  expect(screen.getByText('Siden finnes ikke, eller du har ikke tilgang til den.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Gå til forsiden' })).toHaveAttribute('href', '/');
  expect(screen.queryByRole('button', { name: 'Prøv igjen' })).not.toBeInTheDocument();
  expect(screen.queryByText(/fylte inn/)).not.toBeInTheDocument();
  // Still signed in: the header with the user stays.
  expect(within(screen.getByRole('banner')).getByText('Innlogget som Ingrid Solberg')).toBeInTheDocument();
  expect(document.title).toBe('Fant ikke siden – Samhandling');
}

describe('PlanPage', () => {
  it('does not ask the API about an id that cannot be one', async () => {
    const planResult = jest.fn(() => ({ data: { __typename: 'Query' as const, plan: null } }));
    renderApp({
      route: '/plan/ikke-en-id',
      mocks: [mockMe('COORDINATOR'), { request: { query: PersonPlanQuery, variables: { personId: 'ikke-en-id' } }, result: planResult }],
    });

    await expectNotFoundPage();
    expect(planResult).not.toHaveBeenCalled();
  });

  it.each([
    ['FORBIDDEN', 'Du har ikke tilgang til dette.'],
    ['NOT_FOUND', 'Fant ikke det du lette etter.'],
  ])('shows the same page for %s, without the API’s words', async (code, message) => {
    renderApp({
      route: `/plan/${PERSON_IDS.emil}`,
      mocks: [mockMe('COORDINATOR'), mockGraphQLError(PersonPlanQuery, { personId: PERSON_IDS.emil }, { code, message })],
    });

    await expectNotFoundPage();
    expect(screen.queryByText(message)).not.toBeInTheDocument();
  });

  it('offers a retry when the server failed, and then shows the plan', async () => {
    const { user } = renderApp({
      route: `/plan/${PERSON_IDS.sofie}`,
      mocks: [
        mockMe('COORDINATOR'),
        mockGraphQLError(PersonPlanQuery, { personId: PERSON_IDS.sofie }, { code: 'INTERNAL_SERVER_ERROR', message: 'Noe gikk galt hos oss. Prøv igjen om litt.' }),
        planMock(sofiePlan),
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Noe gikk galt hos oss. Prøv igjen om litt.');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Individuell plan for Sofie Berg' })).toBeInTheDocument();
  });

  it('explains a missing plan in nynorsk and English too', async () => {
    const mocks = [mockMe('COORDINATOR'), noPlanMock(PERSON_IDS.bjorn), personStateMock(bjornDeclined)];
    const { unmount } = renderApp({ route: `/plan/${PERSON_IDS.bjorn}`, locale: 'nn', mocks });
    expect(await screen.findByRole('heading', { level: 1, name: 'Individuell plan for Bjørn Hansen' })).toBeInTheDocument();
    expect(screen.getByTestId('plan-state')).toHaveTextContent(
      'Bjørn takka nei til individuell plan 1. mars 2025.Du er framleis koordinator. Planen kan opprettast om Bjørn ønskjer det seinare.',
    );
    unmount();

    renderApp({ route: `/plan/${PERSON_IDS.bjorn}`, locale: 'en', mocks });
    expect(await screen.findByRole('heading', { level: 1, name: 'Individual plan for Bjørn Hansen' })).toBeInTheDocument();
    expect(screen.getByTestId('plan-state')).toHaveTextContent(
      'Bjørn declined an individual plan on 1 Mar 2025.You are still the coordinator. The plan can be made if Bjørn wants one later.',
    );
  });

  it('tells a group member that the referral is being assessed', async () => {
    renderApp({
      route: `/plan/${PERSON_IDS.maja}`,
      mocks: [
        mockMe('SERVICE_PROVIDER'),
        noPlanMock(PERSON_IDS.maja),
        personStateMock({
          ...bjornDeclined,
          id: PERSON_IDS.maja,
          name: 'Maja Dahl',
          firstName: 'Maja',
          relation: 'GROUP_MEMBER',
          planState: 'IN_ASSESSMENT',
          planStateSince: '2025-05-20T07:30:00.000Z',
        }),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Individuell plan for Maja Dahl' })).toBeInTheDocument();
    expect(screen.getByTestId('plan-state')).toHaveTextContent(
      'Koordinerende enhet vurderer meldingen om behov som kom inn 20. mai 2025. Det er ikke fattet vedtak ennå.Planen kan lages når vedtaket er fattet.',
    );
  });

  it('opens a closed plan, kept and read-only, from the notice that says it was closed', async () => {
    const closedPlanId = '6f1c7d2e-0000-4c3b-9a55-00000000d001';
    const closed = { ...sofiePlan, id: closedPlanId, status: 'CLOSED' as const, closedAt: '2025-06-01T10:00:00.000Z', closedReason: 'Målene er nådd.' };
    const { user } = renderApp({
      route: `/plan/${PERSON_IDS.bjorn}`,
      mocks: [
        mockMe('COORDINATOR'),
        noPlanMock(PERSON_IDS.bjorn),
        personStateMock({ ...bjornDeclined, planState: 'CLOSED', planStateSince: '2025-06-01T10:00:00.000Z', closedPlanId }),
        mockResult(
          ClosedPlanQuery,
          { personId: PERSON_IDS.bjorn, planId: closedPlanId },
          { __typename: 'Query', plan: { ...closed, person: { ...sofiePlan.person, id: PERSON_IDS.bjorn, name: 'Bjørn Lie' } } },
        ),
      ],
    });
    await user.click(await screen.findByRole('link', { name: 'Les den avsluttede planen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Avsluttet plan for Bjørn Lie' })).toBeInTheDocument();
    expect(screen.getByTestId('closed-plan')).toHaveTextContent('Planen ble avsluttet 1. juni 2025. Den er tatt vare på og kan leses, men ikke endres.Begrunnelse: Målene er nådd.');
    expect(screen.queryByTestId('plan-editor')).not.toBeInTheDocument();
  });
});
