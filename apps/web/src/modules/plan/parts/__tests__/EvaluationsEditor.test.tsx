// The plan's evaluations in the coordinator's editor: agreed for a date, recorded as held with
// the answers, the conclusion and the goals' and measures' new statuses in one mutation (and,
// after CONFLICT, again from the latest versions), moved, and removed after asking with undo.
import { mockGraphQLError, mockResult, screen, userEvent, waitFor, within } from '../../../../test-utils/render';
import { legalContent } from '../../__tests__/plan.fixtures';
import {
  RecordEvaluationMutation,
  RemoveEvaluationMutation,
  RestoreEvaluationMutation,
  ScheduleEvaluationMutation,
  UpdateEvaluationMutation,
} from '../graphql';
import { editable, planMock, planPart, PLAN_ID, renderEditor, saveStatus, type Evaluation, type Plan } from './parts.fixtures';

type User = ReturnType<typeof userEvent.setup>;

const [held, agreed] = editable.evaluations as [Evaluation, Evaluation];

beforeEach(() => localStorage.clear());

const section = () => screen.getByRole('region', { name: 'Evaluering av planen' });
const card = (name: string) => within(section()).getByRole('article', { name });

/** What the agreed evaluation of 20 August is recorded with, unless told otherwise. */
const recordVariables = (overrides: { goalVersion?: number } = {}) => ({
  evaluationId: agreed.id,
  expectedVersion: 1,
  input: {
    scheduledFor: '2025-08-20',
    goalsReached: 'Delvis: arbeidstreningen er i gang.',
    servicesWork: null,
    wayOfWorking: null,
    ownerExperience: null,
    conclusion: 'Fortsette arbeidstreningen, tre dager fra høsten.',
  },
  goalChanges: [{ goalId: 'g-2', expectedVersion: overrides.goalVersion ?? 1, status: 'IN_PROGRESS' as const }],
  measureChanges: [{ measureId: 'm-1', expectedVersion: 1, status: 'DONE' as const }],
});

const recordedPlan = () =>
  planPart({
    evaluations: [
      held,
      {
        ...agreed,
        heldAt: '2025-08-20T12:00:00.000Z',
        evaluatedByName: 'Ingrid Solberg',
        goalsReached: 'Delvis: arbeidstreningen er i gang.',
        conclusion: 'Fortsette arbeidstreningen, tre dager fra høsten.',
        version: 2,
      },
    ],
    goals: [
      { __typename: 'GoalView' as const, id: 'g-1', status: 'IN_PROGRESS' as const, version: 2 },
      { __typename: 'GoalView' as const, id: 'g-2', status: 'IN_PROGRESS' as const, version: 2 },
    ],
    measures: [{ __typename: 'MeasureView' as const, id: 'm-1', status: 'DONE' as const, overdue: false, version: 2 }],
    legalContent: legalContent(),
  });

async function openRecordForm(user: User) {
  await user.click(within(card('Evaluering 20. aug. 2025')).getByText('Registrer evalueringen som holdt'));
  return screen.findByRole('form', { name: 'Registrer evalueringen som holdt' });
}

async function fillRecordForm(user: User, form: HTMLElement) {
  await user.type(within(form).getByLabelText('Er målene nådd?'), 'Delvis: arbeidstreningen er i gang.');
  await user.type(within(form).getByLabelText(/^Hva endres/), 'Fortsette arbeidstreningen, tre dager fra høsten.');
  await user.selectOptions(within(form).getByLabelText('Målet «Arbeidstrening to dager i uka»'), 'IN_PROGRESS');
  await user.selectOptions(within(form).getByLabelText('Tiltaket «Avklare arbeidstrening med NAV»'), 'DONE');
}

describe('the evaluations of the plan', () => {
  it('lists them by date, held and agreed, with who recorded the held one and its answers', async () => {
    await renderEditor();
    const cards = within(section()).getAllByTestId('evaluation-card');
    expect(cards.map((element) => element.getAttribute('aria-label'))).toEqual(['Evaluering 3. feb. 2025', 'Evaluering 20. aug. 2025']);
    expect(cards[0]).toHaveTextContent('Holdt');
    expect(cards[0]).toHaveTextContent('Registrert som holdt av Ingrid Solberg 3. feb. 2025.');
    expect(cards[0]).toHaveTextContent('Fungerer tjenestene?Hjemmesykepleien fungerer godt.');
    expect(cards[0]).toHaveTextContent('Hva endres: nye mål og tiltakNytt delmål om arbeidstrening.');
    // A question left unanswered is not shown as if it were.
    expect(cards[0]).not.toHaveTextContent('Er arbeidsformen god?');
    expect(cards[1]).toHaveTextContent('Avtalt');
  });

  it('says so when none is agreed', async () => {
    await renderEditor([], { ...editable, evaluations: [] });
    expect(within(section()).getByText('Ingen evaluering er avtalt ennå.')).toBeInTheDocument();
  });

  it('agrees on an evaluation: the date is required', async () => {
    const next: Evaluation = { ...agreed, id: 'ev-3', scheduledFor: '2026-03-02' };
    const { user } = await renderEditor([
      mockResult(ScheduleEvaluationMutation, { planId: PLAN_ID, scheduledFor: '2026-03-02' }, { __typename: 'Mutation', scheduleEvaluation: planPart({ evaluations: [held, agreed, next] }) }),
    ]);
    await user.click(within(section()).getByText('Avtal en evaluering'));
    const form = await screen.findByRole('form', { name: 'Avtal en evaluering' });
    await user.click(within(form).getByRole('button', { name: 'Avtal evalueringen' }));
    expect(await within(form).findByText('Fyll inn en dato.')).toBeInTheDocument();
    await user.type(within(form).getByLabelText(/^Dato for evalueringen/), '2026-03-02');
    await user.click(within(form).getByRole('button', { name: 'Avtal evalueringen' }));
    expect(await within(form).findByText('Evalueringen er avtalt.')).toBeInTheDocument();
    expect(card('Evaluering 2. mars 2026')).toHaveTextContent('Avtalt');
  });

  it('records one as held with the answers, and the goals and measures it decided on, in one step', async () => {
    const { user } = await renderEditor([mockResult(RecordEvaluationMutation, recordVariables(), { __typename: 'Mutation', recordEvaluation: recordedPlan() })]);
    const form = await openRecordForm(user);
    // The conclusion is required; the summary says so and leads to it.
    await user.click(within(form).getByRole('button', { name: 'Registrer evalueringen' }));
    const summary = await within(form).findByRole('link', { name: 'Feltet må fylles ut.' });
    expect(summary).toHaveAttribute('href', `#record-${agreed.id}-conclusion`);

    await fillRecordForm(user, form);
    await user.click(within(form).getByRole('button', { name: 'Registrer evalueringen' }));

    expect(await screen.findByText('Evalueringen 20. aug. 2025 er registrert som holdt.')).toBeInTheDocument();
    const recorded = card('Evaluering 20. aug. 2025');
    expect(recorded).toHaveTextContent('Holdt');
    expect(recorded).toHaveTextContent('Registrert som holdt av Ingrid Solberg 20. aug. 2025.');
    expect(screen.queryByRole('form', { name: 'Registrer evalueringen som holdt' })).not.toBeInTheDocument();
    // The goal's and the measure's fields in the editor show the statuses it decided.
    const goal = screen.getByRole('article', { name: 'Arbeidstrening to dager i uka' });
    expect(within(goal).getAllByRole('combobox', { name: /^Status/ })[0]).toHaveValue('IN_PROGRESS');
    const measure = screen.getByRole('article', { name: 'Avklare arbeidstrening med NAV' });
    expect(within(measure).getByRole('combobox', { name: /^Status/ })).toHaveValue('DONE');
  });

  it('puts what the API refuses on the goal it is about', async () => {
    const { user } = await renderEditor([
      mockGraphQLError(RecordEvaluationMutation, recordVariables(), {
        code: 'BAD_USER_INPUT',
        message: 'Noe er ikke fylt ut riktig.',
        fields: [{ field: 'goalChanges.0', message: 'Målet hører ikke til denne planen.' }],
      }),
    ]);
    const form = await openRecordForm(user);
    await fillRecordForm(user, form);
    await user.click(within(form).getByRole('button', { name: 'Registrer evalueringen' }));
    const select = within(form).getByLabelText('Målet «Arbeidstrening to dager i uka»');
    await waitFor(() => expect(select).toHaveAccessibleDescription('Målet hører ikke til denne planen.'));
    expect(card('Evaluering 20. aug. 2025')).toHaveTextContent('Avtalt');
  });

  it('after CONFLICT saves nothing, and starts again from the latest versions, keeping what was written', async () => {
    // Someone else edited the goal after the form was opened: it is at version 2 now.
    const theirs: Plan = { ...editable, goals: editable.goals.map((goal) => (goal.id === 'g-2' ? { ...goal, description: 'Arbeidstrening to dager i uka', version: 2 } : goal)) };
    const { user } = await renderEditor([
      mockGraphQLError(RecordEvaluationMutation, recordVariables(), { code: 'CONFLICT', message: 'Noen andre har lagret en endring. Last inn på nytt.' }),
      planMock(theirs),
      mockResult(RecordEvaluationMutation, recordVariables({ goalVersion: 2 }), { __typename: 'Mutation', recordEvaluation: recordedPlan() }),
    ]);
    const form = await openRecordForm(user);
    await fillRecordForm(user, form);
    await user.click(within(form).getByRole('button', { name: 'Registrer evalueringen' }));
    expect(await within(form).findByText('Noen andre har lagret en endring. Last inn på nytt.')).toBeInTheDocument();
    expect(card('Evaluering 20. aug. 2025')).toHaveTextContent('Avtalt');

    await user.click(within(form).getByRole('button', { name: 'Last inn på nytt' }));
    expect(within(form).getByLabelText(/^Hva endres/)).toHaveValue('Fortsette arbeidstreningen, tre dager fra høsten.');
    expect(within(form).getByLabelText('Målet «Arbeidstrening to dager i uka»')).toHaveValue('IN_PROGRESS');
    await user.click(within(form).getByRole('button', { name: 'Registrer evalueringen' }));
    expect(await screen.findByText('Evalueringen 20. aug. 2025 er registrert som holdt.')).toBeInTheDocument();
  });

  it('moves an agreed one to another date, from the version it had', async () => {
    const moved: Evaluation = { ...agreed, scheduledFor: '2025-09-10', version: 2 };
    const { user } = await renderEditor([
      mockResult(
        UpdateEvaluationMutation,
        { evaluationId: agreed.id, expectedVersion: 1, input: { scheduledFor: '2025-09-10' } },
        { __typename: 'Mutation', updateEvaluation: planPart({ evaluations: [held, moved] }) },
      ),
    ]);
    const field = within(card('Evaluering 20. aug. 2025')).getByLabelText(/^Dato for evalueringen/);
    await user.clear(field);
    await user.type(field, '2025-09-10');
    await user.tab();
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Alle endringer er lagret.'));
    expect(card('Evaluering 10. sep. 2025')).toBeInTheDocument();
  });

  it('removes one after asking, and undoes it from the save bar', async () => {
    const { user } = await renderEditor([
      mockResult(
        RemoveEvaluationMutation,
        { id: agreed.id, expectedVersion: 1 },
        { __typename: 'Mutation', removeEvaluation: planPart({ evaluations: [{ __typename: 'EvaluationView' as const, id: held.id }] }) },
      ),
      mockResult(
        RestoreEvaluationMutation,
        { id: agreed.id, expectedVersion: 2 },
        { __typename: 'Mutation', restoreEvaluation: planPart({ evaluations: [held, { ...agreed, version: 3 }] }) },
      ),
    ]);
    await user.click(within(card('Evaluering 20. aug. 2025')).getByRole('button', { name: 'Fjern evalueringen' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Evalueringen 20. aug. 2025 fjernes fra planen. Det kan angres.');
    await user.click(within(dialog).getByRole('button', { name: 'Fjern evalueringen' }));
    await waitFor(() => expect(within(section()).queryByRole('article', { name: 'Evaluering 20. aug. 2025' })).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Angre: fjerning av evalueringen 20. aug. 2025' }));
    expect(await within(section()).findByRole('article', { name: 'Evaluering 20. aug. 2025' })).toBeInTheDocument();
  });
});
