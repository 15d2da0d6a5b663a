import { osloDate, osloWallTimeToInstant } from '@samhandling/shared';
import { mockMe } from '../../../test-utils/fixtures';
import { mockGraphQLError, mockResult, renderApp, screen, within } from '../../../test-utils/render';
import { PlanMeetingMutation } from '../graphql/meeting';
import { meeting, MEETING_ID, mockMeeting, mockNoPlanGoals, mockPersonMeetings, PERSON_ID, personMeetings } from './meeting.fixtures';

const route = `/moter/${PERSON_ID}`;
/** A datetime-local value some days from now, and the instant the form sends for it. */
const localIn = (days: number) => `${osloDate(new Date(Date.now() + days * 24 * 3600 * 1000))}T10:00`;

describe('MeetingsPage', () => {
  it('lists the upcoming and past meetings, each a link to its page', async () => {
    const upcoming = meeting();
    const past = meeting({ id: 'c1d2e3f4-0000-4000-8000-000000000001', status: 'HELD', startsAt: '2025-03-01T09:00:00.000Z', minutes: { __typename: 'MinutesView', finalisedAt: '2025-03-02T09:00:00.000Z' } as never });
    renderApp({ route, mocks: [mockMe('SERVICE_PROVIDER'), mockPersonMeetings(personMeetings({ canPlan: false, upcoming: [upcoming], past: [past] }))] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Møter for Sofie Berg' })).toBeInTheDocument();
    const coming = screen.getByRole('region', { name: 'Møter som kommer' });
    expect(within(coming).getByRole('link', { name: /Ansvarsgruppemøte/ })).toHaveAttribute('href', `/mote/${MEETING_ID}`);
    expect(within(coming).getByText('Ditt svar: Kommer')).toBeInTheDocument();
    const held = screen.getByRole('region', { name: 'Tidligere møter' });
    expect(within(held).getByText('Referat ferdig')).toBeInTheDocument();
    // Without canPlan there is no planner.
    expect(screen.queryByRole('form', { name: 'Planlegg et møte' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Til planen til Sofie' })).toHaveAttribute('href', `/plan/${PERSON_ID}`);
  });

  it('lists for one invited to an agenda item their meetings, with no link to the plan', async () => {
    renderApp({ route, mocks: [mockMe('UNIT_LEADER'), mockPersonMeetings(personMeetings({ canPlan: false, canReadPlan: false, upcoming: [meeting({ canReadPlan: false })], past: [] }))] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Møter for Sofie Berg' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Møter som kommer' })).getByRole('link', { name: /Ansvarsgruppemøte/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Til planen til Sofie' })).toBeNull();
  });

  it.each([
    ['nn', 'Møte for Sofie Berg', 'Planlegg eit møte'],
    ['en', 'Meetings for Sofie Berg', 'Plan a meeting'],
  ] as const)('speaks %s', async (locale, title, planner) => {
    renderApp({ route, locale, mocks: [mockMe('COORDINATOR'), mockPersonMeetings()] });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: planner })).toBeInTheDocument();
  });

  it('checks the planning form before sending: type, a future time, a place or video link', async () => {
    const { user } = renderApp({ route, mocks: [mockMe('COORDINATOR'), mockPersonMeetings()] });
    const form = await screen.findByRole('form', { name: 'Planlegg et møte' });
    await user.click(within(form).getByRole('button', { name: 'Planlegg møtet' }));
    const summary = await screen.findByText('Rett opp dette før du sender:');
    expect(summary).toBeInTheDocument();
    expect(within(form).getAllByText('Velg hva slags møte det er.')).not.toHaveLength(0);
    expect(within(form).getAllByText('Fyll inn når møtet er.')).not.toHaveLength(0);
    expect(within(form).getAllByText('Fyll inn sted eller videolenke.')).not.toHaveLength(0);

    await user.selectOptions(within(form).getByRole('combobox', { name: /Type møte/ }), 'COOPERATION');
    await user.type(within(form).getByLabelText(/Dato og klokkeslett/), localIn(-2));
    await user.type(within(form).getByLabelText(/Videolenke/), 'http://video.example');
    await user.click(within(form).getByRole('button', { name: 'Planlegg møtet' }));
    expect(await within(form).findAllByText('Møtet må være fram i tid.')).not.toHaveLength(0);
    expect(within(form).getAllByText('Videolenken må begynne med https://.')).not.toHaveLength(0);
    // A video link alone is enough as the place.
    expect(within(form).queryAllByText('Fyll inn sted eller videolenke.')).toHaveLength(0);
  });

  it('asks for the person or a relative and the coordinator at a koordineringsmøte, and gives an ansvarsgruppemøte its length', async () => {
    const startsAt = localIn(5);
    const coordination = meeting({ type: 'COORDINATION', agendaDueBy: null, durationMinutes: 60 });
    const input = {
      personId: PERSON_ID,
      type: 'COORDINATION' as const,
      startsAt: osloWallTimeToInstant(startsAt)!.toISOString(),
      durationMinutes: 60,
      location: 'Rådhuset',
      videoLink: null,
      chairUserId: 'u-ingrid',
      minuteTakerUserId: null,
      invitees: [{ userId: 'u-ingrid' }, { relativeId: 'rel-anne' }],
    };
    const planned = mockResult(PlanMeetingMutation, { input }, { __typename: 'Mutation', planMeeting: coordination });
    const { user } = renderApp({ route, mocks: [mockMe('COORDINATOR'), mockPersonMeetings(), planned, mockMeeting(coordination), mockNoPlanGoals()] });
    const form = await screen.findByRole('form', { name: 'Planlegg et møte' });
    const duration = within(form).getByLabelText(/Varighet i minutter/);
    expect(duration).toHaveValue(60);
    await user.selectOptions(within(form).getByRole('combobox', { name: /Type møte/ }), 'RESPONSIBILITY_GROUP');
    expect(duration).toHaveValue(90);
    await user.selectOptions(within(form).getByRole('combobox', { name: /Type møte/ }), 'COORDINATION');
    expect(duration).toHaveValue(60);
    const invitees = within(form).getByRole('group', { name: /Hvem inviteres/ });
    // The coordinator and the person are checked from the start; without the person the rule bites.
    await user.click(within(invitees).getByRole('checkbox', { name: /Sofie Berg/ }));
    await user.type(within(form).getByLabelText(/Dato og klokkeslett/), startsAt);
    await user.type(within(form).getByLabelText(/^Sted/), 'Rådhuset');
    await user.click(within(form).getByRole('button', { name: 'Planlegg møtet' }));
    expect(await within(form).findAllByText('Et koordineringsmøte må ha med personen eller en pårørende, og koordinatoren.')).not.toHaveLength(0);
    // A relative will do instead of the person.
    await user.click(within(invitees).getByRole('checkbox', { name: /Anne Berg/ }));
    await user.click(within(form).getByRole('button', { name: 'Planlegg møtet' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Koordineringsmøte for Sofie Berg' })).toBeInTheDocument();
  });

  it('plans the meeting with an outside guest and opens its page', async () => {
    const startsAt = localIn(20);
    const input = {
      personId: PERSON_ID,
      type: 'RESPONSIBILITY_GROUP' as const,
      startsAt: osloWallTimeToInstant(startsAt)!.toISOString(),
      durationMinutes: 90,
      location: 'Rådhuset, møterom 2',
      videoLink: null,
      chairUserId: 'u-ingrid',
      minuteTakerUserId: 'u-per',
      invitees: [{ userId: 'u-ingrid' }, { userId: 'u-per' }, { isPerson: true }, { externalName: 'Lise Lærer', externalEmail: 'lise@skole.no' }],
    };
    const planned = meeting();
    const { user, router } = renderApp({
      route,
      mocks: [mockMe('COORDINATOR'), mockPersonMeetings(), mockResult(PlanMeetingMutation, { input }, { __typename: 'Mutation', planMeeting: planned }), mockMeeting(planned), mockNoPlanGoals()],
    });
    const form = await screen.findByRole('form', { name: 'Planlegg et møte' });
    await user.selectOptions(within(form).getByRole('combobox', { name: /Type møte/ }), 'RESPONSIBILITY_GROUP');
    await user.type(within(form).getByLabelText(/Dato og klokkeslett/), startsAt);
    await user.type(within(form).getByLabelText(/^Sted/), 'Rådhuset, møterom 2');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Referent' }), 'u-per');
    await user.click(within(form).getByRole('checkbox', { name: /Per Aasen/ }));
    await user.click(within(form).getByRole('button', { name: 'Legg til gjest' }));
    await user.type(within(form).getByLabelText(/Navn på gjest 1/), 'Lise Lærer');
    await user.type(within(form).getByLabelText(/E-post til gjest 1/), 'lise@skole.no');
    await user.click(within(form).getByRole('button', { name: 'Planlegg møtet' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ansvarsgruppemøte for Sofie Berg' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/mote/${MEETING_ID}`);
  });

  it("puts the server's field message on its field", async () => {
    const startsAt = localIn(3);
    const input = {
      personId: PERSON_ID,
      type: 'COOPERATION' as const,
      startsAt: osloWallTimeToInstant(startsAt)!.toISOString(),
      durationMinutes: 60,
      location: 'Legekontoret',
      videoLink: null,
      chairUserId: 'u-ingrid',
      minuteTakerUserId: null,
      invitees: [{ userId: 'u-ingrid' }, { isPerson: true }],
    };
    const refused = mockGraphQLError(PlanMeetingMutation, { input }, {
      code: 'BAD_USER_INPUT',
      message: 'Sjekk feltene.',
      fields: [{ field: 'input.startsAt', message: 'Koordinatoren har et annet møte på dette tidspunktet.' }],
    });
    const { user } = renderApp({ route, mocks: [mockMe('COORDINATOR'), mockPersonMeetings(), refused] });
    const form = await screen.findByRole('form', { name: 'Planlegg et møte' });
    await user.selectOptions(within(form).getByRole('combobox', { name: /Type møte/ }), 'COOPERATION');
    await user.type(within(form).getByLabelText(/Dato og klokkeslett/), startsAt);
    await user.type(within(form).getByLabelText(/^Sted/), 'Legekontoret');
    await user.click(within(form).getByRole('button', { name: 'Planlegg møtet' }));
    expect(await within(form).findAllByText('Koordinatoren har et annet møte på dette tidspunktet.')).not.toHaveLength(0);
  });
});
