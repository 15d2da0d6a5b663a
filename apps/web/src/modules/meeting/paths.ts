/** A person's meetings: the upcoming and the past, and for the coordinator the planner (MeetingsPage). */
export const meetingsPath = (personId: string) => `/moter/${personId}`;

/** One meeting: its agenda, answers and minutes (MeetingPage). */
export const meetingPath = (meetingId: string) => `/mote/${meetingId}`;
