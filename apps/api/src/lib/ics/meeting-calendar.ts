// A meeting as an iCalendar invitation (RFC 5545 / iTIP RFC 5546), written with ical-generator
// (docs/architecture.md, "Mail and calendar files"). The meeting's id is the UID of every
// invitation, update and cancellation, and SEQUENCE rises with each, so a calendar replaces the
// event it has instead of adding another. Times are written in UTC: the same instant in Europe/Oslo
// for every calendar, without shipping a VTIMEZONE that could go stale.
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface CalendarAttendee {
  name: string;
  email: string;
  /** Invited to one agenda item only: optional participation (RFC 5545 ROLE=OPT-PARTICIPANT). */
  optional?: boolean;
  answer?: 'NO_ANSWER' | 'ACCEPTED' | 'TENTATIVE' | 'DECLINED';
}

export interface MeetingCalendarInput {
  /** The meeting's id: the event's UID. */
  meetingId: string;
  /** Meeting.icsSequence at the time of sending. */
  sequence: number;
  cancelled: boolean;
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  location: string | null;
  videoLink: string | null;
  description: string;
  organizer: { name: string; email: string };
  attendees: CalendarAttendee[];
  /** The moment the invitation is written (DTSTAMP). */
  now: Date;
}

const PART_STATUS: Record<NonNullable<CalendarAttendee['answer']>, ICalAttendeeStatus> = {
  NO_ANSWER: ICalAttendeeStatus.NEEDSACTION,
  ACCEPTED: ICalAttendeeStatus.ACCEPTED,
  TENTATIVE: ICalAttendeeStatus.TENTATIVE,
  DECLINED: ICalAttendeeStatus.DECLINED,
};

/** The UID a meeting's invitations share. */
export const meetingUid = (meetingId: string): string => `${meetingId}@samhandling`;

/** The .ics text of the meeting's invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL). */
export function meetingCalendar(input: MeetingCalendarInput): string {
  const calendar = ical({
    prodId: { company: 'Samhandling', product: 'Samhandling', language: 'NB' },
    method: input.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: meetingUid(input.meetingId),
    sequence: input.sequence,
    stamp: input.now,
    start: input.startsAt,
    end: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
    summary: input.summary,
    location: input.location ?? input.videoLink ?? null,
    url: input.videoLink ?? null,
    description: input.description,
    status: input.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: input.organizer,
    attendees: input.attendees.map((attendee) => ({
      name: attendee.name,
      email: attendee.email,
      rsvp: !input.cancelled,
      role: attendee.optional ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ,
      status: PART_STATUS[attendee.answer ?? 'NO_ANSWER'],
    })),
  });
  return calendar.toString();
}
