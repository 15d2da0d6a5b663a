import { mockMe, PERSON_IDS } from '../../../test-utils/fixtures';
import { renderApp, screen, within } from '../../../test-utils/render';
import { bjornDeclined, noPlanMock, personStateMock, planMock, sofiePlan, terjePlan } from '../../plan/__tests__/plan.fixtures';
import { caseloadMock } from './caseload.fixtures';
import { mockMySubmittedReferrals } from '../../intake/__tests__/intake.fixtures';
import { mockConsentAlerts } from '../../consent/__tests__/consent.fixtures';
import { mockMyTasks, mockToLeaders } from '../../meeting/__tests__/meeting.fixtures';
import { mockGroupReviewsDue } from '../../group/__tests__/group.fixtures';

describe('CoordinatorHome', () => {
  it('lists the caseload with plan status, revisions, measures, meetings and groups', async () => {
    renderApp({ mocks: [mockMe('COORDINATOR'), mockMyTasks(), mockToLeaders(), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), caseloadMock] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mine brukere' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se e-post som er sendt om møter' })).toHaveAttribute('href', '/epost');
    const table = await screen.findByRole('table', { name: 'Personer du er koordinator for' });
    // On a narrow screen the table scrolls sideways: its region takes focus, so the keyboard can scroll it.
    expect(screen.getByRole('region', { name: 'Personer du er koordinator for' })).toHaveAttribute('tabindex', '0');
    // The assignment that started lately comes first, marked new; the rest by name.
    const [, terjeRow, emilRow, sofieRow] = within(table).getAllByRole('row');
    expect(within(terjeRow!).getByRole('rowheader')).toHaveTextContent('Terje Pedersen Ny');
    expect(within(sofieRow!).getByRole('rowheader')).not.toHaveTextContent('Ny');

    expect(within(sofieRow!).getByRole('link', { name: 'Sofie Berg' })).toHaveAttribute('href', `/plan/${PERSON_IDS.sofie}`);
    expect(within(sofieRow!).getByRole('link', { name: 'Samtykker for Sofie Berg' })).toHaveAttribute('href', `/samtykke/${PERSON_IDS.sofie}`);
    expect(within(sofieRow!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Fra 15. jan. 2024',
      'Aktiv1 kommentar venter på svar',
      '1. sep. 2025',
      '4',
      '12. juni 2025, 10:00',
      'Ja',
    ]);

    // Sofie's comment on a goal waits for an answer; nothing waits for the others.
    expect(within(sofieRow!).getByText('1 kommentar venter på svar')).toBeInTheDocument();
    expect(within(table).getAllByText(/venter på svar/)).toHaveLength(1);

    expect(emilRow).toHaveTextContent('Barnekoordinator');
    expect(emilRow).toHaveTextContent('Avsluttes 1. juli 2025');
    expect(emilRow).toHaveTextContent('Ingen plan');
    expect(within(emilRow!).getAllByRole('cell').at(-1)).toHaveTextContent('Nei');
  });

  it('says on the row when the coordinator is being changed', async () => {
    renderApp({ mocks: [mockMe('COORDINATOR'), mockMyTasks(), mockToLeaders(), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), caseloadMock] });

    const table = await screen.findByRole('table', { name: 'Personer du er koordinator for' });
    const terjeRow = within(table).getByRole('row', { name: /Terje Pedersen/ });
    expect(terjeRow).toHaveTextContent('Bytte av koordinator: Lars Brekke overlater til Ingrid Solberg, overlapp til 20. juni 2025.');
    expect(within(table).getByRole('row', { name: /Sofie Berg/ })).not.toHaveTextContent('Bytte av koordinator');
  });

  it('opens the plan page when a person is chosen', async () => {
    const { user, router } = renderApp({ mocks: [mockMe('COORDINATOR'), mockMyTasks(), mockToLeaders(), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), caseloadMock, planMock(sofiePlan)] });

    await user.click(await screen.findByRole('link', { name: 'Sofie Berg' }));

    expect(router.state.location.pathname).toBe(`/plan/${PERSON_IDS.sofie}`);
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
    expect(screen.getByRole('link', { name: 'Last ned planen som PDF' })).toHaveAttribute('href', `/api/plans/${sofiePlan.id}/plan.pdf?lang=nb`);
    expect(screen.queryByText(/Bytte av koordinator/)).not.toBeInTheDocument();
  });

  it('shows both coordinators during a handover, and says who hands over to whom until when', async () => {
    renderApp({ route: `/plan/${PERSON_IDS.terje}`, mocks: [mockMe('COORDINATOR'), mockMyTasks(), mockToLeaders(), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), planMock(terjePlan)] });

    const section = await screen.findByRole('region', { name: 'Koordinator' });
    expect(within(section).getByText('Bytte av koordinator: Lars Brekke overlater til Ingrid Solberg, overlapp til 20. juni 2025.')).toBeInTheDocument();
    const cards = within(section).getAllByRole('listitem');
    expect(within(cards[0]!).getByRole('heading', { name: 'Lars Brekke' })).toBeInTheDocument();
    expect(cards[0]).toHaveTextContent('Koordinator til 20. juni 2025');
    expect(within(cards[1]!).getByRole('heading', { name: 'Ingrid Solberg' })).toBeInTheDocument();
    expect(cards[1]).not.toHaveTextContent('Koordinator til');
  });

  it('names the person without a plan and says why, and what the coordinator can do', async () => {
    renderApp({
      route: `/plan/${PERSON_IDS.bjorn}`,
      mocks: [mockMe('COORDINATOR'), mockMyTasks(), mockToLeaders(), mockMySubmittedReferrals(), mockConsentAlerts(), mockGroupReviewsDue(), noPlanMock(PERSON_IDS.bjorn), personStateMock(bjornDeclined)],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Individuell plan for Bjørn Hansen' })).toBeInTheDocument();
    const notice = screen.getByTestId('plan-state');
    expect(notice).toHaveTextContent('Bjørn takket nei til individuell plan 1. mars 2025.');
    expect(notice).toHaveTextContent('Du er fortsatt koordinator. Planen kan opprettes hvis Bjørn ønsker det senere.');
    expect(notice).not.toHaveTextContent('ennå');
    expect(document.title).toBe('Individuell plan for Bjørn Hansen – Samhandling');
  });
});
