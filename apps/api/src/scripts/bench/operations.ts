// The hot operations the benchmark times: who asks, the web app's document, and the
// hand-written baselines that must answer the same data.
import { DEMO_PERSONS, DEMO_USERNAMES } from '../../demo/personas';
import { caseBaseline } from './baselines/case';
import { caseloadBaseline } from './baselines/caseload';
import { meBaseline } from './baselines/me';
import { planBaseline } from './baselines/plan';
import { referralsBaseline } from './baselines/referrals';
import type { SqlBaseline } from './baselines/sql';
import type { WebOperation } from './web-documents';

export type OperationKey = 'me' | 'plan' | 'referrals' | 'caseload' | 'case';

/** Sends a web document as the operation's user and gives its data. */
export type Ask = (document: WebOperation, variables?: Record<string, unknown>) => Promise<Record<string, unknown>>;

export interface HotOperation {
  key: OperationKey;
  label: string;
  username: string;
  document: WebOperation;
  variables(ask: Ask): Promise<Record<string, unknown>>;
  sql: SqlBaseline;
  /** Also timed against a bare Fastify + Apollo server answering the same data as a constant. */
  apolloConstant?: boolean;
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
];

export const operationByKey = (key: string) => HOT_OPERATIONS.find((operation) => operation.key === key);
