// The coordinator's editor in the whole app (routes, providers, the app's Apollo links in front of
// mocks): a field saves itself after a pause with the version it started from; a lost network is
// retried while the text stays in the browser; a reload finds unsaved text and saves it; CONFLICT
// shows both versions to merge; the last save can be undone.
import type { Unmasked } from '@apollo/client';
import type { PersonPlanQuery as PersonPlanData } from '../../../gql/graphql';
import { mockMe, PERSON_IDS } from '../../../test-utils/fixtures';
import { mockGraphQLError, mockResult, renderApp, screen, waitFor, within } from '../../../test-utils/render';
import { PersonPlanQuery } from '../graphql/plan';
import { osloToday } from '@samhandling/shared';
import { PlanUnitsQuery, RegisterPlanConsentMutation, UpdatePlanSectionsMutation } from '../graphql/editor';
import { ContinuePlanPeriodMutation } from '../editor/PlanPeriodDecision';
import { sofiePlan } from './plan.fixtures';

// Typing whole sentences and waiting for the save's pause takes seconds on a busy machine.
jest.setTimeout(20_000);

type Plan = NonNullable<Unmasked<PersonPlanData>['plan']>;

const editable: Plan = { ...sofiePlan, canEdit: true, dreams: 'Reise til Lofoten.' };
const personId = PERSON_IDS.sofie;
const route = `/plan/${personId}`;
const DRAFT_KEY = `samhandling:draft:plan:${editable.id}:dreams`;

const planMock = (plan: Plan) => mockResult(PersonPlanQuery, { personId }, { __typename: 'Query', plan });
const unitsMock = mockResult(PlanUnitsQuery, {}, { __typename: 'Query', units: [{ __typename: 'UnitRef', id: 'unit-nav', name: 'NAV Fjordvik' }] }, { maxUsageCount: 5 });
const saved = (expectedVersion: number, dreams: string | null, version: number) =>
  mockResult(
    UpdatePlanSectionsMutation,
    { planId: editable.id, expectedVersion, input: { dreams } },
    { __typename: 'Mutation', updatePlanSections: { ...editable, dreams, version } },
  );

beforeEach(() => localStorage.clear());

async function dreamsField() {
  return screen.findByRole('textbox', { name: /Drømmer og ønsker/ });
}

describe('the plan editor', () => {
  it('saves a field after a pause, from the version it started at, and says so', async () => {
    const { user } = renderApp({ route, mocks: [mockMe('COORDINATOR'), planMock(editable), unitsMock, saved(3, 'Reise til Lofoten og Senja.', 4)] });
    const field = await dreamsField();
    await user.clear(field);
    await user.type(field, 'Reise til Lofoten og Senja.');
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!)).toEqual({ value: 'Reise til Lofoten og Senja.', baseVersion: 3 });
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Alle endringer er lagret.'));
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('keeps the text and retries when the network is lost', async () => {
    const { user } = renderApp({
      route,
      mocks: [
        mockMe('COORDINATOR'),
        planMock(editable),
        unitsMock,
        { request: { query: UpdatePlanSectionsMutation, variables: { planId: editable.id, expectedVersion: 3, input: { dreams: 'Uten nett' } } }, error: new TypeError('Failed to fetch') },
        saved(3, 'Uten nett', 4),
      ],
    });
    const field = await dreamsField();
    await user.clear(field);
    await user.type(field, 'Uten nett');
    await user.tab();
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Ikke lagret ennå – prøver igjen.'));
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).value).toBe('Uten nett');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Alle endringer er lagret.'));
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('finds text that was not saved before a reload, shows it and saves it', async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ value: 'Skrevet før omlasting', baseVersion: 3 }));
    renderApp({ route, mocks: [mockMe('COORDINATOR'), planMock(editable), unitsMock, saved(3, 'Skrevet før omlasting', 4)] });
    expect(await dreamsField()).toHaveValue('Skrevet før omlasting');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Alle endringer er lagret.'));
  });

  it('shows both versions after CONFLICT, and keeps the merged text from the saved version', async () => {
    const theirs: Plan = { ...editable, dreams: 'Flytte nærmere familien.', version: 5 };
    const { user } = renderApp({
      route,
      mocks: [
        mockMe('COORDINATOR'),
        planMock(editable),
        unitsMock,
        mockGraphQLError(
          UpdatePlanSectionsMutation,
          { planId: editable.id, expectedVersion: 3, input: { dreams: 'Min tekst' } },
          { code: 'CONFLICT', message: 'Noen andre har lagret en endring. Last inn på nytt.' },
        ),
        planMock(theirs),
        saved(5, 'Min tekst. Flytte nærmere familien.', 6),
      ],
    });
    const field = await dreamsField();
    await user.clear(field);
    await user.type(field, 'Min tekst');
    await user.tab();
    const conflict = await screen.findByTestId('conflict');
    await waitFor(() => expect(within(conflict).getByTestId('conflict-theirs')).toHaveTextContent('Flytte nærmere familien.'));
    expect(within(conflict).getByRole('group', { name: 'Lagret av en annen' })).toBeInTheDocument();
    const mine = within(conflict).getByLabelText('Din tekst');
    expect(mine).toHaveValue('Min tekst');
    await user.type(mine, '. Flytte nærmere familien.');
    await user.click(within(conflict).getByRole('button', { name: 'Behold min tekst' }));
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Alle endringer er lagret.'));
    expect(screen.queryByTestId('conflict')).not.toBeInTheDocument();
  });

  it('undoes the last save, from the version it made', async () => {
    const { user } = renderApp({
      route,
      mocks: [mockMe('COORDINATOR'), planMock(editable), unitsMock, saved(3, 'Ny drøm', 4), saved(4, 'Reise til Lofoten.', 5)],
    });
    const field = await dreamsField();
    await user.clear(field);
    await user.type(field, 'Ny drøm');
    await user.tab();
    const undo = await screen.findByRole('button', { name: 'Angre: Drømmer og ønsker' });
    await user.click(undo);
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Drømmer og ønsker/ })).toHaveValue('Reise til Lofoten.'));
    expect(screen.queryByRole('button', { name: 'Angre: Drømmer og ønsker' })).not.toBeInTheDocument();
  });

  it('is only the reading view for those who may not edit', async () => {
    renderApp({ route, mocks: [mockMe('COORDINATOR'), planMock({ ...editable, canEdit: false })] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Individuell plan for Sofie Berg' })).toBeInTheDocument();
    expect(screen.queryByTestId('plan-editor')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Drømmer og ønsker/ })).not.toBeInTheDocument();
    // The sub-plans, with who owns them, are for the network to know of.
    const subPlans = screen.getByRole('region', { name: 'Delplaner' });
    expect(within(subPlans).getByText('Kriseplan ved sterk hodepine')).toBeInTheDocument();
    expect(subPlans).toHaveTextContent('Kriseplan · Eies av Per Aasen, fastlege');
  });
});

describe('the consent that makes a draft active', () => {
  it('is registered by the coordinator, also as given by a guardian', async () => {
    const draft: Plan = { ...editable, status: 'DRAFT', hasConsent: false, guardians: [{ __typename: 'GuardianRef', id: 'rel-1', name: 'Mona Dahl' }] };
    const { user } = renderApp({
      route,
      mocks: [
        mockMe('COORDINATOR'),
        planMock(draft),
        unitsMock,
        mockResult(
          RegisterPlanConsentMutation,
          { planId: draft.id, input: { form: 'WRITTEN', givenAt: osloToday(), givenByRelativeId: 'rel-1', documentReference: 'Arkiv 2026/12' } },
          { __typename: 'Mutation', registerPlanConsent: { ...draft, status: 'ACTIVE', hasConsent: true } },
        ),
      ],
    });
    const form = await screen.findByRole('form', { name: 'Planen er et utkast' });
    await user.click(within(form).getByRole('button', { name: 'Registrer samtykket og gjør planen aktiv' }));
    expect(await within(form).findByText('Velg ett av valgene.')).toBeInTheDocument();
    expect(within(form).queryByRole('textbox', { name: /Den unges eget syn/ })).not.toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText('Hvem samtykket'), 'rel-1');
    // A guardian consents: the young person's own view can be written (required from 16).
    expect(within(form).getByRole('textbox', { name: /Den unges eget syn/ })).toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: 'Skriftlig' }));
    await user.type(within(form).getByLabelText('Hvor det signerte samtykket er arkivert'), 'Arkiv 2026/12');
    await user.click(within(form).getByRole('button', { name: 'Registrer samtykket og gjør planen aktiv' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Planen er et utkast' })).not.toBeInTheDocument());
    expect(screen.getByText('Aktiv')).toBeInTheDocument();
  });
});

describe('the end of the plan period', () => {
  it('asks the coordinator to continue or close; continuing waits for the consent to the new period, and the plan opens again with it', async () => {
    const ending: Plan = { ...editable, periodEnd: '2027-01-31', periodEndsInDays: 20, canRegisterConsent: true };
    const continued: Plan = { ...ending, periodStart: '2027-02-01', periodEnd: '2028-01-31', periodEndsInDays: 385, canEdit: false, hasConsent: false, awaitingConsent: true, version: 4 };
    const { user } = renderApp({
      route,
      mocks: [
        mockMe('COORDINATOR'),
        planMock(ending),
        unitsMock,
        mockResult(
          ContinuePlanPeriodMutation,
          { planId: ending.id, expectedVersion: 3, periodEnd: '2028-01-31' },
          { __typename: 'Mutation', continuePlanPeriod: continued },
        ),
        mockResult(
          RegisterPlanConsentMutation,
          { planId: ending.id, input: { form: 'ORAL', givenAt: osloToday(), givenByRelativeId: null, documentReference: null } },
          { __typename: 'Mutation', registerPlanConsent: { ...continued, canEdit: true, hasConsent: true, awaitingConsent: false, version: 5 } },
        ),
      ],
    });
    const decision = await screen.findByTestId('plan-period-decision');
    expect(decision).toHaveTextContent('Planperioden slutter 31. jan. 2027 (om 20 dager)');
    expect(within(decision).getByRole('link', { name: 'Avslutt planen (endringsskjema)' })).toHaveAttribute('href', `/endring/${personId}`);
    // A year on by default.
    expect(within(decision).getByLabelText(/Siste dag i den nye perioden/)).toHaveValue('2028-01-31');
    await user.click(within(decision).getByRole('button', { name: 'Fortsett i en ny periode' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Den nye perioden varer til 31. jan. 2028.');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, fortsett' }));

    // Read-only until the consent to the new period is registered.
    const form = await screen.findByRole('form', { name: 'Den nye planperioden venter på samtykke' });
    expect(form.closest('[data-color]')).toHaveTextContent('Planen er videreført til perioden 1. feb. 2027 – 31. jan. 2028.');
    expect(screen.queryByTestId('plan-editor')).not.toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: 'Muntlig' }));
    await user.click(within(form).getByRole('button', { name: /Registrer samtykket/ }));
    expect(await screen.findByTestId('plan-editor')).toBeInTheDocument();
  });
});
