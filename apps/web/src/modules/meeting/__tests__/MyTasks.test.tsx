import { mockMe } from '../../../test-utils/fixtures';
import { mockGraphQLError, mockResult, renderApp, renderWithProviders, screen, waitFor, within } from '../../../test-utils/render';
import { mockConsentAlerts } from '../../consent/__tests__/consent.fixtures';
import { caseloadMock } from '../../caseload/__tests__/caseload.fixtures';
import { mockMySubmittedReferrals } from '../../intake/__tests__/intake.fixtures';
import { MyTasks } from '../components/MyTasks';
import { MarkActionItemDoneMutation } from '../graphql/meeting';
import { MEETING_ID, mockMyTasks, mockToLeaders, PERSON_ID, task } from './meeting.fixtures';

const overdue = task({ id: 'act-1', description: 'Sende søknad om støttekontakt', dueDate: '2025-05-01', overdue: true });
const later = task({ id: 'act-2', description: 'Avtale tre dager med arbeidsgiver', dueDate: '2025-08-01', person: { __typename: 'PersonRef', id: 'p-2', firstName: 'Emil' } });

describe('MyTasks', () => {
  it('lists the open tasks with person, deadline and overdue flag, and marks one done', async () => {
    const done = mockResult(
      MarkActionItemDoneMutation,
      { actionItemId: 'act-1', version: 1, done: true },
      { __typename: 'Mutation', markActionItemDone: { ...overdue, doneAt: '2025-05-10T10:00:00.000Z', overdue: false, version: 2 } },
    );
    const { user } = renderWithProviders(<MyTasks />, { mocks: [mockMyTasks([overdue, later]), done, mockMyTasks([later])] });
    const section = await screen.findByRole('region', { name: 'Mine oppgaver fra møter' });
    const items = await within(section).findAllByTestId('task');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Sende søknad om støttekontakt');
    expect(items[0]).toHaveTextContent('Gjelder Sofie');
    expect(items[0]).toHaveTextContent('Frist 1. mai 2025');
    expect(within(items[0]!).getByText('Fristen er ute')).toBeInTheDocument();
    expect(within(items[1]!).queryByText('Fristen er ute')).toBeNull();
    expect(within(items[0]!).getByRole('link', { name: 'Se møtet' })).toHaveAttribute('href', `/mote/${MEETING_ID}`);
    await user.click(within(items[0]!).getByRole('button', { name: 'Merk «Sende søknad om støttekontakt» som utført' }));
    expect(await within(section).findByText('«Sende søknad om støttekontakt» er merket som utført.')).toBeInTheDocument();
    await waitFor(() => expect(within(section).getAllByTestId('task')).toHaveLength(1));
    expect(within(section).getByTestId('task')).toHaveTextContent('Avtale tre dager med arbeidsgiver');
  });

  it('says so when a task cannot be marked, with a reload after a conflict', async () => {
    const conflict = mockGraphQLError(MarkActionItemDoneMutation, { actionItemId: 'act-1', version: 1, done: true }, { code: 'CONFLICT', message: 'Oppgaven er endret av en annen. Last inn på nytt.' });
    const { user } = renderWithProviders(<MyTasks />, { mocks: [mockMyTasks([overdue]), conflict, mockMyTasks([{ ...overdue, version: 2 }])] });
    await user.click(await screen.findByRole('button', { name: /Merk «Sende søknad/ }));
    expect(await screen.findByText('Oppgaven er endret av en annen. Last inn på nytt.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Last inn på nytt' }));
    await waitFor(() => expect(screen.queryByText('Oppgaven er endret av en annen. Last inn på nytt.')).toBeNull());
  });

  it('says when there are no open tasks', async () => {
    renderWithProviders(<MyTasks />, { mocks: [mockMyTasks([])] });
    expect(await screen.findByText('Du har ingen åpne oppgaver.')).toBeInTheDocument();
  });

  it('is on the coordinator’s home, with the matters for the leaders', async () => {
    const matter = {
      __typename: 'ToLeadersItem' as const,
      agendaItemId: 'ai-2',
      meetingId: MEETING_ID,
      person: { __typename: 'PersonRef' as const, id: PERSON_ID, name: 'Sofie Berg' },
      meetingStartsAt: '2025-06-12T08:00:00.000Z',
      title: 'Timer i hjemmetjenesten',
      kind: 'RESOURCE_ALLOCATION' as const,
      conclusion: 'Tas opp med virksomhetslederen.',
    };
    renderApp({ mocks: [mockMe('COORDINATOR'), mockMySubmittedReferrals(), mockConsentAlerts(), caseloadMock, mockMyTasks([later]), mockToLeaders([matter])] });
    const tasks = await screen.findByRole('region', { name: 'Mine oppgaver fra møter' });
    expect(await within(tasks).findByText('Avtale tre dager med arbeidsgiver')).toBeInTheDocument();
    const leaders = screen.getByRole('region', { name: 'Saker til lederne' });
    expect(await within(leaders).findByText('Timer i hjemmetjenesten')).toBeInTheDocument();
    expect(within(leaders).getByText('Klage på ressursfordeling')).toBeInTheDocument();
    expect(within(leaders).getByRole('link', { name: 'Møtet for Sofie Berg 12. juni 2025' })).toHaveAttribute('href', `/mote/${MEETING_ID}`);
  });
});
