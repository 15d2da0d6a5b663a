// Reviewing the plan in the coordinator's editor: what the plan still lacks (with links to the
// goal or measure), the history read only when opened and a version restored after asking (and
// CONFLICT when someone changed it since), and the answer to the person's comments on a goal.
import type { Unmasked } from '@apollo/client';
import type { PersonPlanQuery as PersonPlanData, PlanHistoryEntryFragment } from '../../../gql/graphql';
import { mockMe, PERSON_IDS } from '../../../test-utils/fixtures';
import { mockGraphQLError, mockResult, renderApp, screen, waitFor, within, type RenderOptions } from '../../../test-utils/render';
import { PlanUnitsQuery, UpdatePlanSectionsMutation } from '../graphql/editor';
import { PersonPlanQuery } from '../graphql/plan';
import { AnswerGoalCommentsMutation, PlanHistoryQuery, RestoreVersionMutation } from '../review/graphql';
import { goalComment, legalContent, sofiePlan, sofieThread } from './plan.fixtures';

type Plan = NonNullable<Unmasked<PersonPlanData>['plan']>;
type Entry = Unmasked<PlanHistoryEntryFragment>;

const personId = PERSON_IDS.sofie;
const route = `/plan/${personId}`;
const editable: Plan = { ...sofiePlan, canEdit: true };
const [workGoal, trialGoal] = editable.goals as [Plan['goals'][number], Plan['goals'][number]];

const planMock = (plan: Plan) => mockResult(PersonPlanQuery, { personId }, { __typename: 'Query', plan });
const unitsMock = mockResult(PlanUnitsQuery, {}, { __typename: 'Query', units: [{ __typename: 'UnitRef', id: 'unit-nav', name: 'NAV Fjordvik' }] }, { maxUsageCount: 5 });

const entry = (overrides: Partial<Entry> & Pick<Entry, 'id' | 'action'>): Entry => ({
  __typename: 'HistoryEntry',
  at: '2025-05-02T08:30:00.000Z',
  entity: 'Goal',
  entityId: workGoal.id,
  entityVersion: 1,
  actorName: 'Ingrid Solberg',
  actorRole: 'COORDINATOR',
  changes: [],
  ...overrides,
});

/** The work goal was added as "Komme i arbeid" and changed to what it says now (version 2). */
const goalUpdated = entry({
  id: 'h-3',
  action: 'goal.updated',
  entityVersion: 2,
  at: '2025-05-03T09:00:00.000Z',
  changes: [
    { __typename: 'FieldChange', field: 'description', before: 'Komme i arbeid', after: 'Komme tilbake i arbeid' },
    { __typename: 'FieldChange', field: 'status', before: 'NOT_STARTED', after: 'IN_PROGRESS' },
  ],
});
const goalAdded = entry({
  id: 'h-2',
  action: 'goal.added',
  changes: [{ __typename: 'FieldChange', field: 'description', before: null, after: 'Komme i arbeid' }],
});
const planCreated = entry({
  id: 'h-1',
  action: 'plan.created',
  entity: 'IndividualPlan',
  entityId: editable.id,
  at: '2024-02-01T08:00:00.000Z',
  actorName: 'Kari Nordmann-Berg',
  actorRole: 'SYSTEM_COORDINATOR',
  changes: [{ __typename: 'FieldChange', field: 'periodEnd', before: null, after: '2026-01-31' }],
});

function historyMock(entries: Entry[], goalEntries: Entry[] = entries.filter((item) => item.entityId === workGoal.id)) {
  return mockResult(
    PlanHistoryQuery,
    { personId },
    {
      __typename: 'Query',
      plan: {
        __typename: 'PlanView',
        id: editable.id,
        history: entries,
        goals: editable.goals.map((goal) => ({ __typename: 'GoalView' as const, id: goal.id, history: goal.id === workGoal.id ? goalEntries : [] })),
        measures: editable.measures.map((measure) => ({ __typename: 'MeasureView' as const, id: measure.id, history: [] })),
      },
    },
  );
}

const withGoal = (plan: Plan, goal: Partial<Plan['goals'][number]> & { id: string }): Plan => ({
  ...plan,
  goals: plan.goals.map((candidate) => (candidate.id === goal.id ? { ...candidate, ...goal } : candidate)),
});

/** The editor of Sofie's plan for her coordinator, with the answers `mocks` give after the plan. */
const renderEditor = (...mocks: NonNullable<RenderOptions['mocks']>[number][]) =>
  renderApp({ route, mocks: [mockMe('COORDINATOR'), planMock(editable), unitsMock, ...mocks] });

/** Opens the work goal's history and asks to restore the version it was added as. */
async function askToRestoreAdded(user: ReturnType<typeof renderApp>['user']) {
  const card = await screen.findByRole('article', { name: 'Komme tilbake i arbeid' });
  // The work goal's card holds its short-term goal's card: its own history comes first.
  await user.click(within(card).getAllByText('Historikk for målet')[0]!);
  const added = (await within(card).findAllByTestId('history-entry'))[1]!;
  await user.click(within(added).getByRole('button', { name: 'Gjenopprett denne versjonen' }));
  const dialog = await screen.findByRole('dialog', { name: 'Gjenopprette denne versjonen?' });
  return { card, added, dialog };
}

beforeEach(() => localStorage.clear());

describe('what the plan holds', () => {
  it('shows each part in place or not, the problems in words, and links a problem to its measure', async () => {
    const { user } = renderEditor();
    const panel = await screen.findByRole('region', { name: 'Innholdet i planen' });
    expect(panel).toHaveTextContent('1 del mangler noe.');
    const findings = within(panel).getAllByTestId('legal-finding');
    expect(findings).toHaveLength(9);
    expect(findings[0]).toHaveTextContent('Mål, ressurser og behovPå plass');
    const measures = findings[4]!;
    expect(measures).toHaveTextContent('Tiltak, omfang og hvem som er ansvarligMangler noe');
    expect(measures).toHaveTextContent('Det står ikke hvor omfattende et tiltak er.');
    expect(panel).not.toHaveTextContent('§');

    const link = within(measures).getByRole('link', { name: 'Gå til tiltaket «Avklare arbeidstrening med NAV»' });
    expect(link).toHaveAttribute('href', '#measure-m-1');
    await user.click(link);
    expect(screen.getByRole('article', { name: 'Avklare arbeidstrening med NAV' })).toHaveFocus();
  });

  it('is brought up to date by a save', async () => {
    const complete: Plan = { ...editable, dreams: 'Reise.', version: 4, legalContent: legalContent() };
    const { user } = renderEditor(
      mockResult(UpdatePlanSectionsMutation, { planId: editable.id, expectedVersion: 3, input: { dreams: 'Reise.' } }, { __typename: 'Mutation', updatePlanSections: complete }),
    );
    const panel = await screen.findByRole('region', { name: 'Innholdet i planen' });
    await user.type(screen.getByRole('textbox', { name: /Drømmer og ønsker/ }), 'Reise.');
    await user.tab();
    await waitFor(() => expect(panel).toHaveTextContent('Alt er på plass.'));
    expect(within(panel).queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('the history', () => {
  it("is read when opened: newest first, who, role, when, what, and the fields before and after", async () => {
    const { user } = renderEditor(historyMock([goalUpdated, goalAdded, planCreated]));
    const section = await screen.findByRole('region', { name: 'Historikk' });
    expect(within(section).queryByTestId('history-entry')).not.toBeInTheDocument();
    await user.click(within(section).getByText('Vis alle endringer i planen'));

    const entries = await within(section).findAllByTestId('history-entry');
    expect(entries).toHaveLength(3);
    expect(entries[0]).toHaveTextContent('Et mål ble endret');
    expect(entries[0]).toHaveTextContent('3. mai 2025, 11:00 · Ingrid Solberg (Koordinator)');
    expect(entries[0]).toHaveTextContent('Komme tilbake i arbeid');
    expect(within(entries[0]!).getByText('Målet').nextSibling).toHaveTextContent('Før: Komme i arbeid → Etter: Komme tilbake i arbeid');
    expect(within(entries[0]!).getByText('Status').nextSibling).toHaveTextContent('Før: Ikke startet → Etter: Pågår');
    // The goal is at version 2: that is how it is now.
    expect(entries[0]).toHaveTextContent('Slik det er nå');
    expect(within(entries[1]!).getByText('Målet').nextSibling).toHaveTextContent(/^Komme i arbeid$/);
    expect(within(entries[1]!).getByRole('button', { name: 'Gjenopprett denne versjonen' })).toBeInTheDocument();
    expect(entries[2]).toHaveTextContent('Planen ble opprettet');
    expect(entries[2]).toHaveTextContent('Kari Nordmann-Berg (Systemkoordinator)');
    expect(within(entries[2]!).getByText('Planperioden slutter').nextSibling).toHaveTextContent('31. jan. 2026');
    // Dates and periods are no text to restore.
    expect(within(entries[2]!).queryByRole('button', { name: 'Gjenopprett denne versjonen' })).not.toBeInTheDocument();
  });

  it("reads the parts' changes in words, and knows the parts' versions now", async () => {
    const subPlanAdded = entry({
      id: 'h-5',
      action: 'subPlan.added',
      entity: 'SubPlan',
      entityId: 'sp-1',
      changes: [
        { __typename: 'FieldChange', field: 'kind', before: null, after: 'CRISIS_PLAN' },
        { __typename: 'FieldChange', field: 'title', before: null, after: 'Kriseplan' },
        { __typename: 'FieldChange', field: 'ownerUnitId', before: null, after: 'unit-nav' },
      ],
    });
    const ticked = entry({
      id: 'h-6',
      action: 'checklist.ticked',
      entity: 'PlanChecklistItem',
      entityId: 'tick-1',
      entityVersion: null,
      changes: [
        { __typename: 'FieldChange', field: 'itemKey', before: null, after: 'adult.guardianship' },
        { __typename: 'FieldChange', field: 'phase', before: null, after: 'ADULT' },
      ],
    });
    const transitionReviewed = entry({
      id: 'h-7',
      action: 'transition.reviewed',
      entity: 'PlanTransition',
      entityId: 'tr-1',
      entityVersion: 2,
      changes: [
        { __typename: 'FieldChange', field: 'reviewedAt', before: null, after: '2025-05-04T10:00:00.000Z' },
        { __typename: 'FieldChange', field: 'reviewedById', before: null, after: 'user-ingrid' },
      ],
    });
    const { user } = renderEditor(historyMock([transitionReviewed, ticked, subPlanAdded]));
    const section = await screen.findByRole('region', { name: 'Historikk' });
    await user.click(within(section).getByText('Vis alle endringer i planen'));
    const [reviewed, tick, added] = await within(section).findAllByTestId('history-entry');

    expect(within(added!).getByText('Type delplan').nextSibling).toHaveTextContent('Kriseplan');
    expect(within(added!).getByText('Tittel').nextSibling).toHaveTextContent(/^Kriseplan$/);
    expect(within(added!).getByText('Enheten som eier den').nextSibling).toHaveTextContent('NAV Fjordvik');
    // The sub-plan is at version 1: the editor knows its version now.
    expect(added).toHaveTextContent('Slik det er nå');
    expect(within(tick!).getByText('Sjekkliste for livsfasen').nextSibling).toHaveTextContent('Gi informasjon om vergemålsordningen.');
    expect(tick).not.toHaveTextContent('ADULT');
    expect(within(tick!).queryByRole('button', { name: 'Gjenopprett denne versjonen' })).not.toBeInTheDocument();
    expect(within(reviewed!).getByText('Gjennomgått').nextSibling).toHaveTextContent('4. mai 2025');
    expect(reviewed).not.toHaveTextContent('user-ingrid');
  });

  it("restores a goal's earlier text after asking, from the goal's version now", async () => {
    const restored = withGoal({ ...editable }, { id: workGoal.id, description: 'Komme i arbeid', version: 3 });
    const restoredEntry = entry({
      id: 'h-4',
      action: 'goal.versionRestored',
      entityVersion: 3,
      at: '2025-06-01T10:00:00.000Z',
      changes: [{ __typename: 'FieldChange', field: 'description', before: 'Komme tilbake i arbeid', after: 'Komme i arbeid' }],
    });
    const { user } = renderEditor(
      historyMock([goalUpdated, goalAdded]),
      mockResult(RestoreVersionMutation, { historyEntryId: goalAdded.id, expectedVersion: 2 }, { __typename: 'Mutation', restoreVersion: restored }),
      historyMock([restoredEntry, goalUpdated, goalAdded]),
    );
    const { card, added, dialog } = await askToRestoreAdded(user);
    expect(dialog).toHaveTextContent('Teksten blir slik den var etter endringen 2. mai 2025, 10:30.');
    await user.click(within(dialog).getByRole('button', { name: 'Gjenopprett denne versjonen' }));

    expect(await within(added).findByText('Versjonen er gjenopprettet.')).toBeInTheDocument();
    expect(within(card).getAllByRole('textbox', { name: /^Målet/ })[0]).toHaveValue('Komme i arbeid');
    // The open history reads itself again: the restore is its newest entry.
    await waitFor(() => expect(within(card).getAllByTestId('history-entry')).toHaveLength(3));
    expect(within(card).getAllByTestId('history-entry')[0]).toHaveTextContent('En tidligere versjon av et mål ble gjenopprettet');
  });

  it('says so after CONFLICT and loads the latest, restoring nothing', async () => {
    const theirs = withGoal({ ...editable }, { id: workGoal.id, description: 'Komme i full jobb', version: 3 });
    const { user } = renderEditor(
      historyMock([goalUpdated, goalAdded]),
      mockGraphQLError(
        RestoreVersionMutation,
        { historyEntryId: goalAdded.id, expectedVersion: 2 },
        { code: 'CONFLICT', message: 'Noen andre har lagret en endring. Last inn på nytt.' },
      ),
      planMock(theirs),
      historyMock([goalUpdated, goalAdded]),
    );
    const { added, dialog } = await askToRestoreAdded(user);
    await user.click(within(dialog).getByRole('button', { name: 'Gjenopprett denne versjonen' }));

    expect(await within(added).findByRole('alert')).toHaveTextContent('Noen har endret dette etter at du åpnet det, så ingenting ble gjenopprettet.');
    await waitFor(() => expect(screen.getAllByRole('textbox', { name: /^Målet/ })[0]).toHaveValue('Komme i full jobb'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe("the person's comments", () => {
  const answer = 'Jeg spør barnehagen om oppstart i november.';
  const answered = withGoal(
    { ...editable, unansweredComments: 0 },
    {
      id: trialGoal.id,
      comments: [
        ...sofieThread.slice(0, 2),
        { ...sofieThread[2]!, answeredAt: '2025-06-01T10:00:00.000Z' },
        goalComment({ id: 'gc-4', kind: 'ANSWER', body: answer, createdAt: '2025-06-01T10:00:00.000Z' }),
      ],
    },
  );

  it('counts what waits, shows the thread and sends the answer', async () => {
    const { user } = renderEditor(
      mockResult(AnswerGoalCommentsMutation, { goalId: trialGoal.id, body: answer }, { __typename: 'Mutation', answerGoalComments: answered }),
    );
    const editor = await screen.findByTestId('plan-editor');
    // The plan's total near the top, and the goal's own on its thread.
    expect(editor.querySelector('.app-tags')).toHaveTextContent('1 kommentar venter på svar');
    const card = screen.getByRole('article', { name: 'Arbeidstrening to dager i uka' });
    expect(within(card).getByText('3 kommentarer')).toBeInTheDocument();
    const comments = within(card).getAllByTestId('goal-comment');
    expect(comments.map((comment) => comment.querySelector('strong')!.textContent)).toEqual(['Sofie Berg', 'Ingrid Solberg (koordinator)', 'Sofie Berg']);
    expect(comments[2]).toHaveTextContent('Venter på svar');
    expect(comments[0]).not.toHaveTextContent('Venter på svar');
    // The other goal has no thread.
    expect(screen.getAllByText(/^\d+ kommentar(er)?$/)).toHaveLength(1);

    const form = within(card).getByRole('form', { name: 'Svaret ditt' });
    await user.click(within(form).getByRole('button', { name: 'Send svaret' }));
    expect(await within(form).findByText('Feltet må fylles ut.')).toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: /Svaret ditt/ }), answer);
    await user.click(within(form).getByRole('button', { name: 'Send svaret' }));

    expect(await within(card).findByText('Svaret er sendt.')).toBeInTheDocument();
    expect(within(card).getAllByTestId('goal-comment')).toHaveLength(4);
    expect(within(card).getAllByTestId('goal-comment')[3]).toHaveTextContent(answer);
    expect(within(card).queryByText('Venter på svar')).not.toBeInTheDocument();
    expect(within(card).queryByRole('form', { name: 'Svaret ditt' })).not.toBeInTheDocument();
    expect(editor.querySelector('.app-tags')).not.toHaveTextContent('venter på svar');
  });
});
