// The citizen comments on a goal of their own plan: the thread in plain words ("Du", the
// coordinator by name), the form's messages, the mutation sent, and the new comment in the thread.
import { mockMe } from '../../../test-utils/fixtures';
import { mockResult, renderApp, screen, waitFor, within } from '../../../test-utils/render';
import { mockMySubmittedReferrals } from '../../intake/__tests__/intake.fixtures';
import { goalComment, sofieThread } from '../../plan/__tests__/plan.fixtures';
import { CommentOnGoalMutation } from '../graphql/citizen';
import { actingForSofie, sofieAccessLog, sofieConsents, sofiePlan, sofiePlanView } from './citizen.fixtures';

const baseMocks = [mockMe('CITIZEN'), mockMySubmittedReferrals(), actingForSofie, sofiePlan, sofieConsents, sofieAccessLog];
const BODY = 'Kan vi vente med arbeidstreningen til etter jul?';

const commented = mockResult(
  CommentOnGoalMutation,
  { goalId: 'g-1', kind: 'SUGGESTION', body: BODY },
  {
    __typename: 'Mutation',
    commentOnGoal: {
      __typename: 'PlanView',
      id: sofiePlanView.id,
      goals: [
        {
          __typename: 'GoalView',
          id: 'g-1',
          comments: [...sofieThread.slice(0, 2), goalComment({ id: 'gc-new', kind: 'SUGGESTION', body: BODY, createdAt: '2025-06-01T10:00:00.000Z' })],
        },
      ],
    },
  },
);

async function goal() {
  const goals = await screen.findByRole('region', { name: 'Målene dine' });
  return within(goals).getByRole('list', { name: 'Kommentarer til målet' }).closest('li.app-goal') as HTMLElement;
}

describe("comments on the citizen's goals", () => {
  it('shows the thread oldest first, with "Du" for her own and the coordinator by name', async () => {
    renderApp({ mocks: baseMocks });
    const thread = within(await goal()).getByRole('list', { name: 'Kommentarer til målet' });
    const comments = within(thread).getAllByTestId('goal-comment');
    expect(comments.map((comment) => within(comment).getByRole('strong', { hidden: true }).textContent ?? '')).toEqual(['Du', 'Ingrid Solberg (koordinator)']);
    expect(comments[0]).toHaveTextContent('Forslag til endring');
    expect(comments[0]).toHaveTextContent('Kan jeg starte med to hele formiddager?');
    expect(comments[1]).toHaveTextContent('Godt forslag. Jeg tar det opp med NAV.');
  });

  it('asks for a text within the limit, sends the comment and shows it in the thread', async () => {
    const { user } = renderApp({ mocks: [...baseMocks, commented] });
    const card = await goal();
    await user.click(within(card).getByText('Skriv en kommentar'));
    const form = await within(card).findByRole('form', { name: 'Skriv en kommentar' });
    await user.click(within(form).getByRole('button', { name: 'Send' }));
    expect(await within(form).findByText('Feltet må fylles ut.')).toBeInTheDocument();

    const field = within(form).getByRole('textbox', { name: /Det du vil si/ });
    await user.click(field);
    await user.paste('x'.repeat(4001));
    await user.click(within(form).getByRole('button', { name: 'Send' }));
    expect(await within(form).findByText('Teksten kan ha høyst 4000 tegn.')).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, BODY);
    await user.click(within(form).getByRole('radio', { name: 'Foreslå en endring' }));
    await user.click(within(form).getByRole('button', { name: 'Send' }));

    expect(await within(form).findByText('Takk! Koordinatoren har fått det du skrev.')).toBeInTheDocument();
    await waitFor(() => expect(within(card).getAllByTestId('goal-comment')).toHaveLength(3));
    const added = within(card).getAllByTestId('goal-comment')[2]!;
    expect(added).toHaveTextContent(`Du · `);
    expect(added).toHaveTextContent('Forslag til endring');
    expect(added).toHaveTextContent(BODY);
    expect(field).toHaveValue('');
  });
});
