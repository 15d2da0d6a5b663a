import { osloToday } from '@samhandling/shared';
import { mockMe } from '../../../test-utils/fixtures';
import { mockGraphQLError, mockResult, renderApp, screen, waitFor, within } from '../../../test-utils/render';
import { RegisterChangeFormMutation, SubmitChangeFormMutation } from '../graphql/change-form';
import { mockConsentAlerts } from '../../consent/__tests__/consent.fixtures';
import { INGRID_ASSIGNMENT, PERSON_ID, subject, subjectMock, mockUnregisteredChangeForms } from './change-form.fixtures';
import { mockGroupReviewsDue } from '../../group/__tests__/group.fixtures';

const route = `/endring/${PERSON_ID}`;
const today = osloToday();
const inDays = (days: number) => {
  const date = new Date(`${today}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

const changeInput = {
  personId: PERSON_ID,
  kind: 'CHANGE_OF_COORDINATOR' as const,
  effectiveDate: inDays(14),
  reason: 'Ingrid går over i ny stilling.',
  reportedBy: 'COORDINATOR' as const,
  reportedByName: null,
  assignmentId: INGRID_ASSIGNMENT,
  newCoordinatorId: 'u-marte',
  newUnitId: 'unit-dis',
  newStartDate: today,
};

describe('ChangeFormPage', () => {
  it('shows the situation and the forms so far, and offers only the kinds that fit it', async () => {
    renderApp({ route, mocks: [mockMe('COORDINATOR'), subjectMock()] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Endringsskjema for Terje Nilsen' })).toBeInTheDocument();
    expect(screen.getByText(/Ingrid Solberg, Hjemmetjenesten – fra 2. jan. 2025/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Samtykker for Terje Nilsen' })).toHaveAttribute('href', `/samtykke/${PERSON_ID}`);
    const kinds = within(screen.getByRole('group', { name: /Hva gjelder endringen/ })).getAllByRole('radio');
    // No active group: its closing is not offered.
    expect(kinds.map((radio) => radio.closest('div')?.textContent)).toEqual(['Bytte av koordinator', 'Avslutning av individuell plan', 'Avslutning av koordinator']);
    const forms = screen.getByRole('region', { name: 'Skjemaer for Terje Nilsen' });
    expect(within(forms).getByTestId('change-form')).toHaveTextContent('Takket nei til individuell plan, 1. nov. 2024');
    expect(within(forms).getByTestId('change-form')).toHaveTextContent('Registrert hos koordinerende enhet 3. nov. 2024');
  });

  it('reports a change of coordinator after confirmation, checking the overlap first', async () => {
    const sent = mockResult(SubmitChangeFormMutation, { input: changeInput }, { __typename: 'Mutation', submitChangeForm: { __typename: 'ChangeFormNode', id: 'f-2', registeredAt: null } });
    const { user } = renderApp({ route, mocks: [mockMe('COORDINATOR'), subjectMock(), sent, subjectMock()] });
    await user.click(await screen.findByRole('radio', { name: 'Bytte av koordinator' }));
    // Ingrid herself is not offered as her own successor.
    const select = screen.getByRole('combobox', { name: /Ny koordinator/ });
    expect(within(select).queryByRole('option', { name: /Ingrid Solberg/ })).toBeNull();
    await user.selectOptions(select, 'u-marte|unit-dis');
    const lastDay = screen.getByLabelText(/Siste dag for koordinatoren som slutter/);
    await user.clear(lastDay);
    await user.type(lastDay, inDays(14));
    const start = screen.getByLabelText(/Første dag for ny koordinator/);
    await user.clear(start);
    await user.type(start, inDays(20));
    await user.type(screen.getByLabelText(/Begrunnelse/), 'Ingrid går over i ny stilling.');
    await user.selectOptions(screen.getByRole('combobox', { name: /Hvem meldte endringen/ }), 'COORDINATOR');
    await user.click(screen.getByRole('button', { name: 'Send endringsskjema' }));
    expect(await screen.findAllByText('Den nye koordinatoren må starte senest den dagen den forrige slutter, så de overlapper.')).not.toHaveLength(0);
    await user.clear(start);
    await user.type(start, today);
    await user.click(screen.getByRole('button', { name: 'Send endringsskjema' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Marte Johansen blir koordinator fra');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, send' }));
    expect(await screen.findByText('Endringsskjemaet er sendt til koordinerende enhet.')).toBeInTheDocument();
  });

  it("puts the server's message on the field it names", async () => {
    const input = { ...changeInput, kind: 'CLOSING_COORDINATOR' as const, effectiveDate: today, reportedBy: 'PERSON' as const, newCoordinatorId: null, newUnitId: null, newStartDate: null, reason: 'Flytter.' };
    const refused = mockGraphQLError(SubmitChangeFormMutation, { input }, { code: 'CONFLICT', message: 'Personen har en individuell plan som ikke kan være uten koordinator. Avslutt planen på eget skjema først, eller meld bytte av koordinator.' });
    const { user } = renderApp({ route, mocks: [mockMe('COORDINATOR'), subjectMock(), refused] });
    await user.click(await screen.findByRole('radio', { name: 'Avslutning av koordinator' }));
    await user.type(screen.getByLabelText(/Begrunnelse/), 'Flytter.');
    await user.click(screen.getByRole('button', { name: 'Send endringsskjema' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ja, send' }));
    expect(await screen.findByText(/Avslutt planen på eget skjema først/)).toBeInTheDocument();
  });

  it('says so when nothing can be changed', async () => {
    renderApp({ route, mocks: [mockMe('COORDINATOR'), subjectMock({ ...subject, assignments: [], openPlanId: null, openPlanStatus: null })] });
    expect(await screen.findByText('Personen har ingen koordinator, plan eller ansvarsgruppe som kan endres.')).toBeInTheDocument();
    expect(screen.getByText('Personen har ingen koordinator nå.')).toBeInTheDocument();
  });
});

describe("KE's list of change forms waiting", () => {
  const waiting = {
    __typename: 'ChangeFormNode' as const,
    id: 'f-9',
    kind: 'CLOSING_INDIVIDUAL_PLAN' as const,
    effectiveDate: '2025-02-01',
    reason: 'Målene er nådd.',
    submittedAt: '2025-02-01T10:00:00.000Z',
    submittedBy: { __typename: 'StaffRef' as const, id: 'u-ingrid', name: 'Ingrid Solberg' },
    person: { __typename: 'PersonRef' as const, id: PERSON_ID, name: 'Terje Nilsen' },
  };

  it('registers a form and the list empties', async () => {
    const registered = mockResult(RegisterChangeFormMutation, { changeFormId: 'f-9' }, { __typename: 'Mutation', registerChangeForm: { __typename: 'DeclineForm', id: 'f-9', registeredAt: '2025-02-02T10:00:00.000Z' } });
    const { user } = renderApp({ mocks: [mockMe('SYSTEM_COORDINATOR'), mockConsentAlerts(), mockGroupReviewsDue(), { ...mockUnregisteredChangeForms([waiting]), maxUsageCount: 1 }, registered, mockUnregisteredChangeForms()] });
    const table = await screen.findByRole('table', { name: 'Endringsskjemaer som venter' });
    const row = within(table).getByRole('row', { name: /Terje Nilsen/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Avslutning av individuell plan', '1. feb. 2025', 'Ingrid Solberg', 'Målene er nådd.', 'Registrer']);
    expect(within(row).getByRole('link', { name: 'Terje Nilsen' })).toHaveAttribute('href', route);
    await user.click(within(row).getByRole('button', { name: 'Registrer skjemaet for Terje Nilsen' }));
    expect(await screen.findByText('Skjemaet for Terje Nilsen er registrert.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Ingen skjemaer venter.')).toBeInTheDocument());
  });
});
