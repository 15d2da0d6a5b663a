// The invitation, its update and its cancellation as a calendar reads them (parsed with ical.js):
// one UID for all three, a SEQUENCE that rises, METHOD and STATUS that say what happened.
import ICAL from 'ical.js';
import { meetingCalendar, meetingUid, type MeetingCalendarInput } from './meeting-calendar';

const MEETING_ID = '5d7b3c1e-9a2f-4c3e-8b1d-2f6a7e9c0d11';

const input = (overrides: Partial<MeetingCalendarInput> = {}): MeetingCalendarInput => ({
  meetingId: MEETING_ID,
  sequence: 0,
  cancelled: false,
  startsAt: new Date('2026-02-10T09:00:00Z'),
  durationMinutes: 90,
  summary: 'Ansvarsgruppemøte',
  location: null,
  videoLink: 'https://video.example.no/rom/42',
  description: 'Saksliste: 1. Gjennomgang av tiltak',
  organizer: { name: 'Ingrid Solberg', email: 'ingrid.solberg@fjordvik.kommune.no' },
  attendees: [
    { name: 'Per Aasen', email: 'per.aasen@legesenter.no', answer: 'ACCEPTED' },
    { name: 'Siri Vik', email: 'siri.vik@fjordvik.kommune.no', optional: true },
  ],
  now: new Date('2026-01-20T12:00:00Z'),
  ...overrides,
});

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('meetingCalendar', () => {
  it('writes an invitation: METHOD:REQUEST, the meeting as UID, its time in UTC, the video link as place', () => {
    const { calendar, vevent, event } = parse(meetingCalendar(input()));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(event.uid).toBe(meetingUid(MEETING_ID));
    expect(event.sequence).toBe(0);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-02-10T09:00:00.000Z');
    expect(event.duration.toSeconds()).toBe(90 * 60);
    expect(event.location).toBe('https://video.example.no/rom/42');
    const partstat = event.attendees.map((attendee) => [attendee.getParameter('partstat'), attendee.getParameter('rsvp')]);
    expect(partstat).toEqual([
      ['ACCEPTED', 'TRUE'],
      ['NEEDS-ACTION', 'TRUE'],
    ]);
  });

  it('an update keeps the UID and raises the SEQUENCE, with the new time', () => {
    const first = parse(meetingCalendar(input())).event;
    const update = parse(meetingCalendar(input({ sequence: 1, startsAt: new Date('2026-02-11T12:30:00Z') }))).event;
    expect(update.uid).toBe(first.uid);
    expect(update.sequence).toBeGreaterThan(first.sequence);
    expect(update.startDate.toJSDate().toISOString()).toBe('2026-02-11T12:30:00.000Z');
  });

  it('a cancellation keeps the UID, raises the SEQUENCE, and says METHOD:CANCEL and STATUS:CANCELLED without asking for answers', () => {
    const { calendar, vevent, event } = parse(meetingCalendar(input({ sequence: 2, cancelled: true })));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.uid).toBe(meetingUid(MEETING_ID));
    expect(event.sequence).toBe(2);
    expect(event.attendees.map((attendee) => attendee.getParameter('rsvp'))).toEqual(['FALSE', 'FALSE']);
  });
});
