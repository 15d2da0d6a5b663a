// Test data for the meetings pages, typed by the generated documents (fictional people).
import type { Unmasked } from '@apollo/client';
import type { MeetingQuery as MeetingData, MyTasksQuery as MyTasksData, PersonMeetingsQuery as PersonMeetingsData, ToLeadersItemsQuery as ToLeadersData } from '../../../gql/graphql';
import { PERSON_IDS } from '../../../test-utils/fixtures';
import { mockResult } from '../../../test-utils/render';
import { MeetingPlanGoalsQuery, MeetingQuery, MyTasksQuery, PersonMeetingsQuery, ToLeadersItemsQuery } from '../graphql/meeting';

export const MEETING_ID = '3f6b2a90-4c1d-4e8a-9b7f-1d2c3e4f5a60';
export const PERSON_ID = PERSON_IDS.sofie;

export type MeetingFixture = Unmasked<MeetingData>['meeting'];
type Invitee = MeetingFixture['invitees'][number];
type AgendaItem = MeetingFixture['agenda'][number];
type Minutes = NonNullable<MeetingFixture['minutes']>;

const sofieRef = { __typename: 'PersonRef' as const, id: PERSON_ID, name: 'Sofie Berg', firstName: 'Sofie' };

export const invitee = (overrides: Partial<Invitee> & Pick<Invitee, 'id' | 'name'>): Invitee => ({
  __typename: 'MeetingInvitee',
  kind: 'STAFF',
  userId: null,
  relativeId: null,
  agendaItemId: null,
  answer: 'NO_ANSWER',
  answeredAt: null,
  present: null,
  isCoordinator: false,
  email: null,
  ...overrides,
});

export const ingrid = invitee({ id: 'i-ingrid', name: 'Ingrid Solberg', userId: 'u-ingrid', isCoordinator: true, answer: 'ACCEPTED', email: 'ingrid@fjordvik.kommune.no' });
export const per = invitee({ id: 'i-per', name: 'Per Aasen', userId: 'u-per', answer: 'TENTATIVE', email: 'per@fjordvik.kommune.no' });
export const sofie = invitee({ id: 'i-sofie', name: 'Sofie Berg', kind: 'PERSON', answer: 'ACCEPTED' });

export const agendaItem = (overrides: Partial<AgendaItem> & Pick<AgendaItem, 'id' | 'title'>): AgendaItem => ({
  __typename: 'AgendaItemView',
  position: 0,
  description: null,
  goalId: null,
  measureId: null,
  fromActionItemId: null,
  notes: null,
  conclusion: null,
  toLeadersKind: null,
  invitees: [],
  actionItems: [],
  ...overrides,
});

export const minutes = (overrides: Partial<Minutes> = {}): Minutes => ({
  __typename: 'MinutesView',
  previousMinutesApproved: null,
  nextMeetingAt: null,
  nextMeetingTopic: null,
  distribution: null,
  writtenAt: null,
  finalisedAt: null,
  finalisedByName: null,
  missingParts: [],
  ...overrides,
});

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

/** A planned ansvarsgruppemøte in ten days, managed by the viewer (Ingrid, the coordinator). */
export const meeting = (overrides: Partial<MeetingFixture> = {}): MeetingFixture => ({
  __typename: 'MeetingView',
  id: MEETING_ID,
  person: sofieRef,
  groupId: 'grp-1',
  type: 'RESPONSIBILITY_GROUP',
  status: 'PLANNED',
  startsAt: inDays(10),
  durationMinutes: 90,
  endsAt: new Date(Date.parse(inDays(10)) + 90 * 60 * 1000).toISOString(),
  location: 'Rådhuset, møterom 2',
  videoLink: null,
  chairUserId: 'u-ingrid',
  chairName: 'Ingrid Solberg',
  minuteTakerUserId: 'u-per',
  minuteTakerName: 'Per Aasen',
  agendaSetWithPerson: false,
  agendaSentAt: null,
  agendaDueBy: inDays(-4),
  agendaSentLate: false,
  agendaLateReason: null,
  myAnswer: 'ACCEPTED',
  cancelledAt: null,
  cancelReason: null,
  canManage: true,
  canWriteMinutes: true,
  canReadPlan: true,
  version: 3,
  invitees: [ingrid, per, sofie],
  agenda: [agendaItem({ id: 'ai-1', title: 'Hvordan går arbeidstreningen?' })],
  minutes: minutes(),
  ...overrides,
});

export const mockMeeting = (value: MeetingFixture, options: { maxUsageCount?: number } = {}) =>
  mockResult(MeetingQuery, { id: value.id }, { __typename: 'Query', meeting: value }, options);

/** The person's plan as the action item form asks for its goals: none here. */
export const mockNoPlanGoals = () => mockResult(MeetingPlanGoalsQuery, { personId: PERSON_ID }, { __typename: 'Query', plan: null }, { maxUsageCount: 10 });

type PersonMeetings = Unmasked<PersonMeetingsData>['meetings'];
type Candidate = PersonMeetings['inviteeCandidates'][number];

const candidate = (overrides: Partial<Candidate> & Pick<Candidate, 'kind' | 'name'>): Candidate => ({
  __typename: 'MeetingInviteeCandidate',
  userId: null,
  relativeId: null,
  roleInGroup: null,
  isMember: true,
  isCoordinator: false,
  hasEmail: true,
  ...overrides,
});

export const candidates: Candidate[] = [
  candidate({ kind: 'STAFF', name: 'Ingrid Solberg', userId: 'u-ingrid', isCoordinator: true }),
  candidate({ kind: 'STAFF', name: 'Per Aasen', userId: 'u-per', roleInGroup: 'Fysioterapeut' }),
  candidate({ kind: 'PERSON', name: 'Sofie Berg' }),
  candidate({ kind: 'RELATIVE', name: 'Anne Berg', relativeId: 'rel-anne', roleInGroup: 'Mor', hasEmail: false }),
];

export const personMeetings = (overrides: Partial<PersonMeetings> = {}): PersonMeetings => ({
  __typename: 'PersonMeetings',
  person: sofieRef,
  canPlan: true,
  canReadPlan: true,
  agendaNoticeDays: 14,
  groupMeetingMinutes: 90,
  inviteeCandidates: candidates,
  upcoming: [],
  past: [],
  ...overrides,
});

export const mockPersonMeetings = (value: PersonMeetings = personMeetings()) =>
  mockResult(PersonMeetingsQuery, { personId: value.person.id }, { __typename: 'Query', meetings: value });

export type Task = Unmasked<MyTasksData>['myTasks'][number];

export const task = (overrides: Partial<Task> & Pick<Task, 'id' | 'description'>): Task => ({
  __typename: 'ActionItemView',
  meetingId: MEETING_ID,
  person: { __typename: 'PersonRef', id: PERSON_ID, firstName: 'Sofie' },
  responsibleName: 'Per Aasen',
  dueDate: '2025-06-01',
  overdue: false,
  doneAt: null,
  goalId: null,
  canMarkDone: true,
  version: 1,
  ...overrides,
});

export const mockMyTasks = (tasks: Task[] = []) => mockResult(MyTasksQuery, {}, { __typename: 'Query', myTasks: tasks });

type ToLeadersItem = Unmasked<ToLeadersData>['toLeadersItems'][number];

export const mockToLeaders = (items: ToLeadersItem[] = []) => mockResult(ToLeadersItemsQuery, {}, { __typename: 'Query', toLeadersItems: items });
