// The coordinator and minute taker at work on one meeting: the minutes and their action items,
// the agenda (order, guests for one item, built from the plan), changing and cancelling.
import type { InviteeInput } from '../../../gql/graphql';
import { mockMe } from '../../../test-utils/fixtures';
import { mockResult, renderApp, screen, waitFor, within } from '../../../test-utils/render';
import {
  AddActionItemMutation,
  BuildAgendaFromPlanMutation,
  CancelMeetingMutation,
  InviteeCandidatesQuery,
  SaveMinutesMutation,
  SetAgendaMutation,
  UpdateMeetingMutation,
} from '../graphql/meeting';
import { agendaItem, candidates, ingrid, meeting, MEETING_ID, minutes, mockMeeting, mockNoPlanGoals, per, PERSON_ID, sofie } from './meeting.fixtures';

jest.setTimeout(20_000);

const route = `/mote/${MEETING_ID}`;

describe('writing the minutes', () => {
  it('saves attendance, approval, each item’s notes, conclusion and leaders’ kind, the next meeting and the recipients', async () => {
    // Per takes the minutes; he does not manage the meeting.
    const start = meeting({ canManage: false });
    const nextAt = '2030-01-15T10:00';
    const input = {
      attendance: [
        { inviteeId: 'i-ingrid', present: true },
        { inviteeId: 'i-per', present: false },
        { inviteeId: 'i-sofie', present: true },
      ],
      previousMinutesApproved: true,
      items: [{ agendaItemId: 'ai-1', notes: 'Går fint to dager i uka.', conclusion: 'Øker til tre dager.', toLeadersKind: 'RESOURCE_ALLOCATION' as const }],
      // Norwegian time in winter: UTC+1.
      nextMeetingAt: '2030-01-15T09:00:00.000Z',
      nextMeetingTopic: 'Evaluering',
      distribution: 'Ansvarsgruppa og Sofie',
    };
    const saved = meeting({
      canManage: false,
      version: 4,
      invitees: [{ ...ingrid, present: true }, { ...per, present: false }, { ...sofie, present: true }],
      agenda: [agendaItem({ id: 'ai-1', title: 'Hvordan går arbeidstreningen?', notes: input.items[0]!.notes, conclusion: input.items[0]!.conclusion, toLeadersKind: 'RESOURCE_ALLOCATION' })],
      minutes: minutes({ previousMinutesApproved: true, nextMeetingAt: input.nextMeetingAt, nextMeetingTopic: 'Evaluering', distribution: 'Ansvarsgruppa og Sofie', missingParts: [] }),
    });
    const { user } = renderApp({
      route,
      mocks: [mockMe('SERVICE_PROVIDER'), mockMeeting(start), mockNoPlanGoals(), mockResult(SaveMinutesMutation, { meetingId: MEETING_ID, version: 3, input }, { __typename: 'Mutation', saveMinutes: saved })],
    });
    const form = await screen.findByRole('form', { name: 'Skriv referatet' });
    // Finalising is the coordinator's.
    expect(screen.queryByRole('button', { name: 'Ferdigstill referatet' })).toBeNull();
    await user.click(within(within(form).getByRole('group', { name: 'Ingrid Solberg' })).getByRole('radio', { name: 'Til stede' }));
    await user.click(within(within(form).getByRole('group', { name: 'Per Aasen' })).getByRole('radio', { name: 'Ikke til stede' }));
    await user.click(within(within(form).getByRole('group', { name: 'Sofie Berg' })).getByRole('radio', { name: 'Til stede' }));
    await user.click(within(within(form).getByRole('group', { name: /forrige møte godkjent/ })).getByRole('radio', { name: 'Ja' }));
    await user.type(within(form).getByLabelText(/Referat fra «Hvordan går arbeidstreningen\?»/), 'Går fint to dager i uka.');
    await user.type(within(form).getByLabelText(/Konklusjon på «Hvordan går arbeidstreningen\?»/), 'Øker til tre dager.');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Skal «Hvordan går arbeidstreningen\?» til lederne/ }), 'RESOURCE_ALLOCATION');
    await user.type(within(form).getByLabelText('Tidspunkt for neste møte'), nextAt);
    await user.type(within(form).getByLabelText('Tema for neste møte'), 'Evaluering');
    await user.type(within(form).getByLabelText(/Hvem får referatet/), 'Ansvarsgruppa og Sofie');
    await user.click(within(form).getByRole('button', { name: 'Lagre referatet' }));
    expect(await screen.findByText('Referatet er lagret.')).toBeInTheDocument();
    // The form starts again from what the server saved.
    expect(within(screen.getByRole('form', { name: 'Skriv referatet' })).getByLabelText(/Konklusjon på/)).toHaveValue('Øker til tre dager.');
  });

  it('adds an action item with a responsible named in free text and a deadline', async () => {
    const start = meeting();
    const action = {
      __typename: 'ActionItemView' as const,
      id: 'act-9',
      description: 'Ringe arbeidsgiveren',
      responsibleUserId: null,
      responsibleName: 'Anne Berg',
      dueDate: '2030-02-01',
      overdue: false,
      doneAt: null,
      goalId: null,
      goalDescription: null,
      version: 1,
    };
    const withAction = meeting({ version: 4, agenda: [agendaItem({ id: 'ai-1', title: 'Hvordan går arbeidstreningen?', actionItems: [action] })] });
    const input = { agendaItemId: 'ai-1', description: 'Ringe arbeidsgiveren', responsibleUserId: null, responsibleText: 'Anne Berg', dueDate: '2030-02-01', goalId: null };
    const { user } = renderApp({
      route,
      mocks: [mockMe('COORDINATOR'), mockMeeting(start), mockNoPlanGoals(), mockResult(AddActionItemMutation, { meetingId: MEETING_ID, version: 3, input }, { __typename: 'Mutation', addActionItem: withAction })],
    });
    const add = await screen.findByRole('form', { name: 'Ny oppgave fra «Hvordan går arbeidstreningen?»' });
    await user.click(within(add).getByRole('button', { name: 'Legg til oppgaven' }));
    expect(await within(add).findByText('Velg hvem som er ansvarlig.')).toBeInTheDocument();
    await user.type(within(add).getByLabelText(/^Oppgave/), 'Ringe arbeidsgiveren');
    const responsible = within(add).getByRole('combobox', { name: /Ansvarlig/ });
    expect(within(responsible).getAllByRole('option').map((option) => option.textContent)).toEqual(['Velg …', 'Ingrid Solberg', 'Per Aasen', 'Andre (skriv navnet)']);
    await user.selectOptions(responsible, 'other');
    await user.type(within(add).getByLabelText(/Navn på ansvarlig/), 'Anne Berg');
    await user.type(within(add).getByLabelText('Frist'), '2030-02-01');
    await user.click(within(add).getByRole('button', { name: 'Legg til oppgaven' }));
    const list = await screen.findByTestId('agenda-item-actions');
    expect(await within(list).findByText('Ringe arbeidsgiveren')).toBeInTheDocument();
    expect(within(list).getByText(/Ansvarlig: Anne Berg · Frist 1. feb. 2030/)).toBeInTheDocument();
  });
});

describe('the agenda', () => {
  it('puts items in order, removes one, adds one with a guest for that item only, and records that it was set with the person', async () => {
    const start = meeting({ agenda: [agendaItem({ id: 'ai-1', title: 'Arbeid' }), agendaItem({ id: 'ai-2', position: 1, title: 'Skole' }), agendaItem({ id: 'ai-3', position: 2, title: 'Bolig' })] });
    const item = (title: string, invitees: InviteeInput[] = []) => ({ title, description: null, goalId: null, measureId: null, fromActionItemId: null, invitees });
    const items = [item('Skole'), item('Arbeid'), item('Fritid', [{ externalName: 'Lise Lærer', externalEmail: 'lise@skole.no' }])];
    const saved = meeting({
      version: 4,
      agendaSetWithPerson: true,
      agenda: [agendaItem({ id: 'ai-2', title: 'Skole' }), agendaItem({ id: 'ai-1', position: 1, title: 'Arbeid' }), agendaItem({ id: 'ai-4', position: 2, title: 'Fritid', invitees: [{ __typename: 'MeetingInvitee', id: 'i-lise', kind: 'EXTERNAL', name: 'Lise Lærer', userId: null, relativeId: null, email: 'lise@skole.no' }] })],
    });
    const { user } = renderApp({
      route,
      mocks: [mockMe('COORDINATOR'), mockMeeting(start), mockNoPlanGoals(), mockResult(SetAgendaMutation, { meetingId: MEETING_ID, version: 3, items, setWithPerson: true }, { __typename: 'Mutation', setAgenda: saved })],
    });
    const form = await screen.findByRole('form', { name: 'Rediger sakslisten' });
    const titles = () => within(screen.getByRole('form', { name: 'Rediger sakslisten' })).getAllByRole('textbox', { name: /^Sak \(/ }).map((field) => (field as HTMLInputElement).value);
    expect(within(form).getByRole('button', { name: 'Flytt sak 1 opp' })).toBeDisabled();
    await user.click(within(form).getByRole('button', { name: 'Flytt sak 2 opp' }));
    expect(titles()).toEqual(['Skole', 'Arbeid', 'Bolig']);
    await user.click(within(form).getByRole('button', { name: 'Fjern sak 3' }));
    await user.click(within(form).getByRole('button', { name: 'Legg til sak' }));
    const fields = within(form).getAllByRole('textbox', { name: /^Sak \(/ });
    await user.type(fields[2]!, 'Fritid');
    const third = within(form).getAllByRole('group', { name: /Inviter til denne saken/ })[2]!;
    await user.click(within(third).getByRole('button', { name: 'Inviter noen til saken' }));
    await user.type(within(third).getByLabelText(/Navn på gjest 1/), 'Lise Lærer');
    await user.type(within(third).getByLabelText(/E-post til gjest 1/), 'lise@skole.no');
    await user.click(within(form).getByRole('checkbox', { name: /Sakslisten er satt opp sammen med Sofie/ }));
    expect(within(form).getByText(/Du har endringer som ikke er lagret/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Lagre sakslisten' }));
    // The form shows the new order before the save answers; the saved meeting says it was set with Sofie.
    expect(await within(screen.getByRole('region', { name: 'Saksliste' })).findByText('Satt opp sammen med Sofie')).toBeInTheDocument();
    expect(titles()).toEqual(['Skole', 'Arbeid', 'Fritid']);
    // The guest from outside stays on the item, name and address to correct or remove.
    const guests = within(screen.getByRole('form', { name: 'Rediger sakslisten' })).getAllByRole('group', { name: /Inviter til denne saken/ })[2]!;
    expect(within(guests).getByLabelText(/Navn på gjest 1/)).toHaveValue('Lise Lærer');
    expect(within(guests).getByRole('button', { name: 'Fjern gjest 1' })).toBeInTheDocument();
  });

  it('builds the agenda from the plan after asking, since items exist', async () => {
    const start = meeting();
    const built = meeting({
      version: 4,
      agenda: [
        agendaItem({ id: 'ai-7', title: 'Oppgave: Ringe arbeidsgiveren', fromActionItemId: 'act-9' }),
        agendaItem({ id: 'ai-8', position: 1, title: 'Mål: Komme tilbake i arbeid', goalId: 'g-1' }),
      ],
    });
    const { user } = renderApp({
      route,
      mocks: [mockMe('COORDINATOR'), mockMeeting(start), mockNoPlanGoals(), mockResult(BuildAgendaFromPlanMutation, { meetingId: MEETING_ID, version: 3 }, { __typename: 'Mutation', buildAgendaFromPlan: built })],
    });
    await user.click(await screen.findByRole('button', { name: 'Bygg fra planen' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Sakslisten har 1 sak. Den erstattes med sakene fra planen.');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, bygg fra planen' }));
    await waitFor(() =>
      expect(within(screen.getByRole('form', { name: 'Rediger sakslisten' })).getAllByRole('textbox', { name: /^Sak \(/ }).map((field) => (field as HTMLInputElement).value)).toEqual([
        'Oppgave: Ringe arbeidsgiveren',
        'Mål: Komme tilbake i arbeid',
      ]),
    );
  });
});

describe('changing and cancelling', () => {
  it('changes the place and invitees, leaving the time as it was', async () => {
    const start = meeting();
    const input = {
      durationMinutes: 90,
      location: 'Legekontoret',
      videoLink: null,
      chairUserId: 'u-ingrid',
      minuteTakerUserId: 'u-per',
      invitees: [{ userId: 'u-ingrid' }, { userId: 'u-per' }, { isPerson: true }, { relativeId: 'rel-anne' }],
    };
    const changed = meeting({ version: 4, location: 'Legekontoret' });
    const { user } = renderApp({
      route,
      mocks: [
        mockMe('COORDINATOR'),
        mockMeeting(start),
        mockNoPlanGoals(),
        mockResult(InviteeCandidatesQuery, { personId: PERSON_ID }, { __typename: 'Query', meetings: { __typename: 'PersonMeetings', person: { __typename: 'PersonRef', id: PERSON_ID }, groupMeetingMinutes: 90, inviteeCandidates: candidates } }),
        mockResult(UpdateMeetingMutation, { meetingId: MEETING_ID, version: 3, input }, { __typename: 'Mutation', updateMeeting: changed }),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Endre møtet' }));
    const form = await screen.findByRole('form', { name: 'Endre møtet' });
    // No type to choose: a meeting keeps its type.
    expect(within(form).queryByRole('combobox', { name: /Type møte/ })).toBeNull();
    const place = within(form).getByLabelText(/^Sted/);
    await user.clear(place);
    await user.type(place, 'Legekontoret');
    await user.click(within(form).getByRole('checkbox', { name: /Anne Berg/ }));
    await user.click(within(form).getByRole('button', { name: 'Lagre endringene' }));
    expect(await screen.findByText('Møtet er endret. De inviterte får beskjed om endringen.')).toBeInTheDocument();
    expect(screen.getByText('Legekontoret')).toBeInTheDocument();
  });

  it('cancels after a confirmation that asks for the reason', async () => {
    const start = meeting();
    const cancelled = meeting({ version: 4, status: 'CANCELLED', cancelledAt: new Date().toISOString(), cancelReason: 'Sofie er syk.', canWriteMinutes: false });
    const { user } = renderApp({
      route,
      mocks: [mockMe('COORDINATOR'), mockMeeting(start), mockNoPlanGoals(), mockResult(CancelMeetingMutation, { meetingId: MEETING_ID, version: 3, reason: 'Sofie er syk.' }, { __typename: 'Mutation', cancelMeeting: cancelled })],
    });
    await user.click(await screen.findByRole('button', { name: 'Avlys møtet' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, avlys' }));
    expect(await within(dialog).findByText('Feltet må fylles ut.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Hvorfor avlyses møtet/), 'Sofie er syk.');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, avlys' }));
    expect(await screen.findByText('Grunn: Sofie er syk.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Avlys møtet' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Rediger sakslisten' })).toBeNull();
  });
});
