// The hot operations the benchmark times: who asks, the web app's document, and the
// hand-written baselines that must answer the same data.
import { DEMO_PERSONS, DEMO_USERNAMES } from '../../demo/personas';
import { caseBaseline } from './baselines/case';
import { caseloadBaseline } from './baselines/caseload';
import { goalSaveBaseline } from './baselines/goal-save';
import { MEETING_PAGE, meetingBaseline } from './baselines/meeting';
import { meBaseline } from './baselines/me';
import { planBaseline } from './baselines/plan';
import { planEditorBaseline } from './baselines/plan-editor';
import { referralsBaseline } from './baselines/referrals';
import type { SqlBaseline } from './baselines/sql';
import type { WriteLoad } from './measure';
import { goalSaves } from './saves';
import type { OwnDocument, WebOperation } from './web-documents';

export type OperationKey = 'me' | 'plan' | 'referrals' | 'caseload' | 'case' | 'planEditor' | 'goalSave' | 'meeting';

/** Sends a web document (or one of the benchmark's own) as the operation's user and gives its data. */
export type Ask = (document: WebOperation | OwnDocument, variables?: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** A write's requests (WriteLoad), and the check of one save against the API's own reading of it. */
export interface Write extends WriteLoad {
  /**
   * After the request of connection 0 was answered with `data`: where that answer, or what the
   * save wrote, differs from what the API reads after it (none when all agree).
   */
  check(data: Record<string, unknown>): Promise<string[]>;
}

export interface HotOperation {
  key: OperationKey;
  label: string;
  username: string;
  /** The web app's document, or the benchmark's own where the web app's is not there yet. */
  document: WebOperation | OwnDocument;
  variables(ask: Ask): Promise<Record<string, unknown>>;
  sql: SqlBaseline;
  /** Also timed against a bare Fastify + Apollo server answering the same data as a constant. */
  apolloConstant?: boolean;
  /**
   * A write: every request saves anew (its variables come from here, not `variables`). It
   * changes the data, so it is timed only on a database of the benchmark's own, after the reads.
   */
  write?(ask: Ask): Promise<Write>;
}

/** Sofie Berg's person id, from the coordinator's caseload (as the coordinator opens her plan). */
async function sofieFromCaseload(ask: Ask): Promise<string | undefined> {
  const { firstName, lastName } = DEMO_PERSONS.citizen;
  const caseload = (await ask('MyCaseload')).myCaseload as Array<{ person: { id: string; name: string } }>;
  return caseload.find((entry) => entry.person.name === `${firstName} ${lastName}`)?.person.id;
}

export const HOT_OPERATIONS: HotOperation[] = [
  {
    key: 'me',
    label: 'me',
    username: DEMO_USERNAMES.citizen,
    document: 'Me',
    variables: async () => ({}),
    sql: meBaseline,
    apolloConstant: true,
  },
  {
    key: 'plan',
    label: 'plan read (citizen)',
    username: DEMO_USERNAMES.citizen,
    document: 'CitizenPlan',
    // As the citizen's home picks the person: the first the user acts for (themselves).
    variables: async (ask) => ({ personId: ((await ask('ActingFor')).actingFor as Array<{ id: string }>)[0]?.id }),
    sql: planBaseline,
  },
  {
    key: 'referrals',
    label: 'KE inbox',
    username: DEMO_USERNAMES.systemCoordinator,
    document: 'ReferralInbox',
    // The inbox's first view: the referrals waiting for a decision, a page of 25.
    variables: async () => ({ filter: { statuses: ['RECEIVED', 'IN_ASSESSMENT'], unitId: null, ageGroup: null, minWaitingDays: null }, first: 25, after: null }),
    sql: referralsBaseline,
  },
  {
    key: 'caseload',
    label: 'caseload (coordinator)',
    username: DEMO_USERNAMES.coordinator,
    document: 'MyCaseload',
    variables: async () => ({}),
    sql: caseloadBaseline,
  },
  {
    key: 'case',
    label: 'case page (KE)',
    username: DEMO_USERNAMES.systemCoordinator,
    document: 'CasePage',
    // A case with a history: decided, appealed, a coordinator appointed (Sigrid Aune's), found
    // as KE finds it, in the inbox of decided referrals.
    variables: async (ask) => {
      const { firstName, lastName } = DEMO_PERSONS.coordinatorOnly;
      const filter = { statuses: ['DECIDED'], unitId: null, ageGroup: null, minWaitingDays: null };
      const { nodes } = (await ask('ReferralInbox', { filter, first: 100, after: null })).referrals as {
        nodes: Array<{ id: string; person: { name: string } }>;
      };
      return { id: nodes.find((node) => node.person.name === `${firstName} ${lastName}`)?.id };
    },
    sql: caseBaseline,
  },
  {
    key: 'planEditor',
    label: 'plan read (coordinator)',
    username: DEMO_USERNAMES.coordinator,
    document: 'PersonPlan',
    // The fullest plan (Sofie Berg's), which its coordinator opens from the caseload.
    variables: async (ask) => ({ personId: await sofieFromCaseload(ask) }),
    sql: planEditorBaseline,
  },
  {
    key: 'goalSave',
    label: 'goal save (coordinator)',
    username: DEMO_USERNAMES.coordinator,
    document: 'UpdateGoal',
    variables: async () => ({}),
    sql: goalSaveBaseline,
    // The goals of the same plan, their descriptions saved as the editor saves one field.
    write: async (ask) => goalSaves(ask, await sofieFromCaseload(ask)),
  },
  {
    key: 'meeting',
    label: 'meeting (coordinator)',
    username: DEMO_USERNAMES.coordinator,
    document: MEETING_PAGE,
    // Sofie Berg's next responsibility group meeting, which her coordinator opens from her meetings.
    variables: async (ask) => {
      const personId = await sofieFromCaseload(ask);
      const list = await ask({ name: 'PersonMeetings', query: 'query PersonMeetings($personId: ID!) { meetings(personId: $personId) { upcoming { id type } } }' }, { personId });
      const upcoming = (list.meetings as { upcoming: Array<{ id: string; type: string }> }).upcoming;
      return { id: upcoming.find((meeting) => meeting.type === 'RESPONSIBILITY_GROUP')?.id };
    },
    sql: meetingBaseline,
  },
];

export const operationByKey = (key: string) => HOT_OPERATIONS.find((operation) => operation.key === key);
