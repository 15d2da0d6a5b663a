// A goal's tasks from meetings, under its measures in the plan, and the way from the plan to the
// person's meetings.
import { mockMe, PERSON_IDS } from '../../../test-utils/fixtures';
import { mockResult, renderApp, screen, within } from '../../../test-utils/render';
import { PlanUnitsQuery } from '../../plan/graphql/editor';
import { planMock, sofiePlan } from '../../plan/__tests__/plan.fixtures';
import { MEETING_ID } from './meeting.fixtures';
import { CitizenPlanQuery } from '../../citizen/graphql/citizen';
import { actingForSofie, SOFIE_ID, sofieAccessLog, sofieConsents, sofiePlanView } from '../../citizen/__tests__/citizen.fixtures';
import { mockMySubmittedReferrals } from '../../intake/__tests__/intake.fixtures';

const actionItem = {
  __typename: 'ActionItemView' as const,
  id: 'act-1',
  meetingId: MEETING_ID,
  description: 'Avtale tre dager med arbeidsgiver',
  responsibleName: 'Per Aasen',
  dueDate: '2025-08-01',
  overdue: true,
  doneAt: null,
};
const withTask = { ...sofiePlan, goals: sofiePlan.goals.map((goal) => (goal.id === 'g-2' ? { ...goal, actionItems: [actionItem] } : goal)) };
const route = `/plan/${PERSON_IDS.sofie}`;

describe("a goal's tasks from meetings", () => {
  it('shows them under the goal with responsible and deadline, for those who read the plan', async () => {
    renderApp({ route, mocks: [mockMe('SERVICE_PROVIDER'), planMock(withTask)] });
    const goals = await screen.findByRole('region', { name: 'Mål' });
    const tasks = within(goals).getByTestId('goal-action-items');
    expect(tasks).toHaveTextContent('Avtale tre dager med arbeidsgiver');
    expect(tasks).toHaveTextContent('Ansvarlig: Per Aasen');
    expect(tasks).toHaveTextContent('Frist 1. aug. 2025');
    expect(within(tasks).getByText('Fristen er ute')).toBeInTheDocument();
    expect(within(tasks).getByRole('link', { name: 'Se møtet' })).toHaveAttribute('href', `/mote/${MEETING_ID}`);
    // Only the goal they are tied to has them.
    expect(within(goals).getAllByTestId('goal-action-items')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Møter for Sofie Berg' })).toHaveAttribute('href', `/moter/${PERSON_IDS.sofie}`);
  });

  it("shows them in the coordinator's editor under the goal's measures", async () => {
    const units = mockResult(PlanUnitsQuery, {}, { __typename: 'Query', units: [] }, { maxUsageCount: 5 });
    renderApp({ route, mocks: [mockMe('COORDINATOR'), planMock({ ...withTask, canEdit: true }), units] });
    const cards = await screen.findAllByTestId('goal-card');
    const shortTerm = cards.find((card) => within(card).queryByTestId('goal-action-items'));
    expect(shortTerm).toBeDefined();
    expect(within(shortTerm!).getByTestId('goal-action-items')).toHaveTextContent('Avtale tre dager med arbeidsgiver');
    expect(within(shortTerm!).getByRole('heading', { name: 'Oppgaver fra møter' })).toBeInTheDocument();
  });

  it("shows them to the citizen under the goal, with the way to all the person's meetings", async () => {
    const plan = { ...sofiePlanView, goals: sofiePlanView.goals.map((goal) => ({ ...goal, actionItems: [{ ...actionItem, overdue: false }] })) };
    renderApp({
      mocks: [mockMe('CITIZEN'), mockMySubmittedReferrals(), actingForSofie, mockResult(CitizenPlanQuery, { personId: SOFIE_ID }, { __typename: 'Query', plan }), sofieConsents, sofieAccessLog],
    });
    const goals = await screen.findByRole('region', { name: 'Målene dine' });
    expect(within(goals).getByTestId('goal-action-items')).toHaveTextContent('Avtale tre dager med arbeidsgiver');
    expect(screen.getByRole('link', { name: 'Alle møtene dine, med saksliste og referat' })).toHaveAttribute('href', `/moter/${SOFIE_ID}`);
  });
});
