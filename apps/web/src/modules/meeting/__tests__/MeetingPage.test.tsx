import { mockMe } from '../../../test-utils/fixtures';
import { mockGraphQLError, mockResult, renderApp, screen, waitFor, within } from '../../../test-utils/render';
import { AnswerInvitationMutation, FinaliseMinutesMutation, SendAgendaMutation, SetAgendaMutation } from '../graphql/meeting';
import { agendaItem, ingrid, invitee, meeting, MEETING_ID, minutes, mockMeeting, mockNoPlanGoals, per, PERSON_ID, sofie } from './meeting.fixtures';

const route = `/mote/${MEETING_ID}`;
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

describe('MeetingPage', () => {
  it('shows the time, place and every answer, and lets the invitee change theirs', async () => {
    const planned = meeting({ canManage: false, canWriteMinutes: false, myAnswer: 'TENTATIVE', minutes: null });
    const answered = { ...planned, myAnswer: 'ACCEPTED' as const, version: 4, invitees: [ingrid, { ...per, answer: 'ACCEPTED' as const }, sofie] };
    const { user } = renderApp({
      route,
      mocks: [mockMe('SERVICE_PROVIDER'), mockMeeting(planned), mockResult(AnswerInvitationMutation, { meetingId: MEETING_ID, answer: 'ACCEPTED' }, { __typename: 'Mutation', answerInvitation: answered })],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ansvarsgruppemøte for Sofie Berg' })).toBeInTheDocument();
    expect(screen.getByText('Rådhuset, møterom 2')).toBeInTheDocument();
    const participants = screen.getByRole('list', { name: 'Deltakere og svar' });
    expect(within(participants).getAllByTestId('invitee').map((item) => item.textContent)).toEqual([
      'Ingrid Solberg (koordinator)Kommer',
      'Per AasenKommer kanskje',
      'Sofie BergKommer',
    ]);
    expect(screen.getByRole('link', { name: 'Til planen til Sofie' })).toHaveAttribute('href', `/plan/${PERSON_ID}`);
    // Neither managing nor writing minutes: no editors.
    expect(screen.queryByRole('button', { name: 'Avlys møtet' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Skriv referatet' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Jeg kommer' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Jeg kommer' })).toHaveAttribute('aria-pressed', 'true'));
    expect(within(participants).getAllByTestId('invitee')[1]).toHaveTextContent('Kommer');
  });

  it('offers one invited to an agenda item the meetings but no link to a plan they may not open', async () => {
    const onlyItem = meeting({ canManage: false, canWriteMinutes: false, canReadPlan: false, myAnswer: 'NO_ANSWER', minutes: null });
    renderApp({ route, mocks: [mockMe('UNIT_LEADER'), mockMeeting(onlyItem)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ansvarsgruppemøte for Sofie Berg' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alle møtene til Sofie' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Til planen til Sofie' })).toBeNull();
  });

  it('asks why when an ansvarsgruppemøte’s agenda is sent after it was due, and flags it', async () => {
    const late = meeting({ agendaDueBy: inDays(-4) });
    const sent = { ...late, version: 4, agendaSentAt: inDays(0), agendaSentLate: true, agendaLateReason: 'Koordinatoren var syk.' };
    const { user } = renderApp({
      route,
      mocks: [
        mockMe('COORDINATOR'),
        mockMeeting(late),
        mockNoPlanGoals(),
        mockResult(SendAgendaMutation, { meetingId: MEETING_ID, version: 3, lateReason: 'Koordinatoren var syk.' }, { __typename: 'Mutation', sendAgenda: sent }),
      ],
    });
    const agenda = await screen.findByRole('region', { name: 'Saksliste' });
    expect(within(agenda).getByText('Saksliste ikke sendt')).toBeInTheDocument();
    await user.click(within(agenda).getByRole('button', { name: 'Send sakslisten' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('heading', { name: 'Sakslisten sendes for sent' })).toBeInTheDocument();
    // The reason is required.
    await user.click(within(dialog).getByRole('button', { name: 'Send sakslisten' }));
    expect(await within(dialog).findByText('Feltet må fylles ut.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Hvorfor sendes sakslisten for sent/), 'Koordinatoren var syk.');
    await user.click(within(dialog).getByRole('button', { name: 'Send sakslisten' }));
    expect(await within(agenda).findByText('Sendt for sent')).toBeInTheDocument();
    expect(within(agenda).getByText('Grunnen til at sakslisten ble sendt for sent: Koordinatoren var syk.')).toBeInTheDocument();
    expect(within(agenda).getByText('Sakslisten er sendt til de inviterte.')).toBeInTheDocument();
    expect(within(agenda).getByRole('button', { name: 'Send sakslisten på nytt' })).toBeInTheDocument();
  });

  it('opens the reason dialog when the server finds the agenda late, though the device did not', async () => {
    const onTime = meeting({ agendaDueBy: inDays(1) });
    const refused = mockGraphQLError(SendAgendaMutation, { meetingId: MEETING_ID, version: 3, lateReason: null }, {
      code: 'BAD_USER_INPUT',
      message: 'Sakslisten sendes etter fristen. Oppgi hvorfor.',
      fields: [{ field: 'lateReason', message: 'Oppgi hvorfor sakslisten sendes for sent.' }],
    });
    const { user } = renderApp({ route, mocks: [mockMe('COORDINATOR'), mockMeeting(onTime), mockNoPlanGoals(), refused] });
    const agenda = await screen.findByRole('region', { name: 'Saksliste' });
    await user.click(within(agenda).getByRole('button', { name: 'Send sakslisten' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText(/Hvorfor sendes sakslisten for sent/)).toBeInTheDocument();
  });

  it('offers finalising only once the meeting has begun', async () => {
    renderApp({ route, mocks: [mockMe('COORDINATOR'), mockMeeting(meeting()), mockNoPlanGoals()] });
    const section = await screen.findByRole('region', { name: 'Referat' });
    expect(within(section).getByRole('button', { name: 'Ferdigstill referatet' })).toBeDisabled();
    expect(within(section).getByText('Referatet kan ferdigstilles når møtet har begynt.')).toBeInTheDocument();
  });

  it('names the parts the minutes still lack when finalising, from the page and from the server', async () => {
    const lacking = meeting({ startsAt: inDays(-1), endsAt: inDays(-0.9), minutes: minutes({ missingParts: ['NEXT_MEETING', 'ATTENDANCE'] }) });
    const { user, unmount } = renderApp({ route, mocks: [mockMe('COORDINATOR'), mockMeeting(lacking), mockNoPlanGoals()] });
    const section = await screen.findByRole('region', { name: 'Referat' });
    await user.click(within(section).getByRole('button', { name: 'Ferdigstill referatet' }));
    const missing = await within(section).findByTestId('missing-parts');
    expect(within(missing).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Hvem som var til stede og ikke', 'Neste møte og tema']);
    await waitFor(() => expect(missing).toHaveFocus());
    unmount();

    const complete = meeting({ startsAt: inDays(-1), endsAt: inDays(-0.9), minutes: minutes({ missingParts: [] }) });
    const refused = mockGraphQLError(FinaliseMinutesMutation, { meetingId: MEETING_ID, version: 3 }, {
      code: 'BAD_USER_INPUT',
      message: 'Referatet kan ikke ferdigstilles. Dette mangler: hvem som får referatet.',
      fields: [{ field: 'minutes.RECIPIENTS', message: 'Hvem som får referatet' }],
    });
    const second = renderApp({ route, mocks: [mockMe('COORDINATOR'), mockMeeting(complete), mockNoPlanGoals(), refused] });
    const again = await screen.findByRole('region', { name: 'Referat' });
    await second.user.click(within(again).getByRole('button', { name: 'Ferdigstill referatet' }));
    expect(await within(again).findByText('Referatet kan ikke ferdigstilles. Dette mangler: hvem som får referatet.')).toBeInTheDocument();
    expect(within(again).getByRole('heading', { name: 'Referatet kan ikke ferdigstilles ennå.' })).toBeInTheDocument();
    expect(within(await within(again).findByTestId('missing-parts')).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Hvem som får referatet']);
  });

  it('shows finalised minutes read-only to the person', async () => {
    const held = meeting({
      status: 'HELD',
      canManage: false,
      canWriteMinutes: false,
      myAnswer: null,
      invitees: [{ ...ingrid, present: true }, { ...per, present: false }, { ...sofie, present: true }, invitee({ id: 'i-lise', name: 'Lise Lærer', kind: 'EXTERNAL', agendaItemId: 'ai-2', present: true })],
      agenda: [
        agendaItem({
          id: 'ai-1',
          title: 'Hvordan går arbeidstreningen?',
          notes: 'To dager i uka går fint.',
          conclusion: 'Øker til tre dager fra august.',
          actionItems: [
            {
              __typename: 'ActionItemView',
              id: 'act-1',
              description: 'Avtale tre dager med arbeidsgiver',
              responsibleUserId: 'u-per',
              responsibleName: 'Per Aasen',
              dueDate: '2025-08-01',
              overdue: false,
              doneAt: null,
              goalId: 'g-2',
              goalDescription: 'Arbeidstrening',
              version: 1,
            },
          ],
        }),
        agendaItem({ id: 'ai-2', position: 1, title: 'Skolen', notes: 'Lise fortalte om opplegget.', toLeadersKind: 'RESOURCE_ALLOCATION' }),
      ],
      minutes: minutes({
        previousMinutesApproved: true,
        nextMeetingAt: '2025-12-01T09:00:00.000Z',
        nextMeetingTopic: 'Evaluering av planen',
        distribution: 'Ansvarsgruppa og Sofie',
        finalisedAt: '2025-06-13T09:00:00.000Z',
        finalisedByName: 'Ingrid Solberg',
      }),
    });
    renderApp({ route, mocks: [mockMe('CITIZEN'), mockMeeting(held)] });
    const view = await screen.findByTestId('minutes-view');
    expect(view).toHaveTextContent('Ferdigstilt');
    expect(view).toHaveTextContent('Ingrid Solberg');
    const facts = within(view).getAllByRole('definition').map((item) => item.textContent);
    expect(facts).toContain('Ingrid Solberg, Sofie Berg, Lise Lærer');
    expect(facts).toContain('Per Aasen');
    expect(facts).toContain('Godkjent');
    expect(facts).toContain('Ansvarsgruppa og Sofie');
    expect(within(view).getByText('Øker til tre dager fra august.')).toBeInTheDocument();
    expect(within(view).getByRole('list', { name: 'Oppgaver fra «Hvordan går arbeidstreningen?»' })).toHaveTextContent('Avtale tre dager med arbeidsgiver – ansvarlig: Per Aasen, frist: 1. aug. 2025');
    expect(within(view).getByText('Til lederne: Klage på ressursfordeling')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lagre referatet' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send sakslisten' })).toBeNull();
    // The citizen's plan is their home page.
    expect(screen.getByRole('link', { name: 'Til planen til Sofie' })).toHaveAttribute('href', '/');
  });

  it('offers to load the meeting again when someone else saved first', async () => {
    const first = meeting();
    const theirs = meeting({ version: 4, agenda: [agendaItem({ id: 'ai-1', title: 'Arbeidstrening og skole' })] });
    const items = [{ title: 'Arbeidstreningen', description: null, goalId: null, measureId: null, fromActionItemId: null, invitees: [] }];
    const conflict = mockGraphQLError(SetAgendaMutation, { meetingId: MEETING_ID, version: 3, items, setWithPerson: true }, {
      code: 'CONFLICT',
      message: 'Noen andre har endret møtet. Last inn på nytt.',
    });
    const { user } = renderApp({ route, mocks: [mockMe('COORDINATOR'), mockMeeting(first), mockNoPlanGoals(), conflict, mockMeeting(theirs)] });
    const form = await screen.findByRole('form', { name: 'Rediger sakslisten' });
    const title = within(form).getByRole('textbox', { name: /^Sak \(/ });
    await user.clear(title);
    await user.type(title, 'Arbeidstreningen');
    await user.click(within(form).getByRole('checkbox', { name: /Sakslisten er satt opp sammen med Sofie/ }));
    await user.click(within(form).getByRole('button', { name: 'Lagre sakslisten' }));
    expect(await within(form).findByText('Noen andre har endret møtet. Last inn på nytt.')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Last inn på nytt' }));
    await waitFor(() => expect(within(screen.getByRole('form', { name: 'Rediger sakslisten' })).getByRole('textbox', { name: /^Sak \(/ })).toHaveValue('Arbeidstrening og skole'));
  });
});
