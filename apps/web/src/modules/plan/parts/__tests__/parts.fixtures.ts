// What the tests of the plan's parts share: Sofie Berg's plan (plan.fixtures.ts) open in the
// coordinator's editor, the units for owners, and a part of the plan as a mutation answers it.
import type { Unmasked } from '@apollo/client';
import type { PersonPlanQuery as PersonPlanData } from '../../../../gql/graphql';
import { mockMe, PERSON_IDS } from '../../../../test-utils/fixtures';
import { mockResult, renderApp, screen } from '../../../../test-utils/render';
import { PlanUnitsQuery } from '../../graphql/editor';
import { PersonPlanQuery } from '../../graphql/plan';
import { sofiePlan } from '../../__tests__/plan.fixtures';

export type Plan = NonNullable<Unmasked<PersonPlanData>['plan']>;
export type Evaluation = Plan['evaluations'][number];
export type SubPlan = Plan['subPlans'][number];
export type Transition = Plan['transitions'][number];
export type Tick = Plan['checklist'][number];

export const editable: Plan = { ...sofiePlan, canEdit: true };
export const PLAN_ID = editable.id;
const personId = PERSON_IDS.sofie;

export const planMock = (plan: Plan = editable) => mockResult(PersonPlanQuery, { personId }, { __typename: 'Query', plan });
export const unitsMock = mockResult(
  PlanUnitsQuery,
  {},
  {
    __typename: 'Query',
    units: [
      { __typename: 'UnitRef', id: 'unit-nav', name: 'NAV Fjordvik' },
      { __typename: 'UnitRef', id: 'unit-school', name: 'Fjordvik skole' },
    ],
  },
  { maxUsageCount: 5 },
);

type Mocks = NonNullable<Parameters<typeof renderApp>[0]>['mocks'];

/** The coordinator's editor of Sofie's plan, with the mocks given after the page's own. */
export async function renderEditor(mocks: Mocks = [], plan: Plan = editable) {
  const rendered = renderApp({ route: `/plan/${personId}`, mocks: [mockMe('COORDINATOR'), planMock(plan), unitsMock, ...(mocks ?? [])] });
  await screen.findByTestId('plan-editor');
  return rendered;
}

/** The page's part of the plan as a mutation answers: the plan's id and typename, and the part. */
export const planPart = <T extends object>(part: T) => ({ __typename: 'PlanView' as const, id: PLAN_ID, ...part });

export const saveStatus = () => screen.getByTestId('save-status');
