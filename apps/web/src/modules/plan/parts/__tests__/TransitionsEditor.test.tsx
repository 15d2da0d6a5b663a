// Transitions in the coordinator's editor: listed by date with a warning when one is due for a
// review, added with a kind and a date, marked as reviewed (and the mark undone or taken back),
// a CONFLICT on the mark shown after the plan is read again, and removed after asking with undo.
import { mockGraphQLError, mockResult, screen, waitFor, within } from '../../../../test-utils/render';
import { AddTransitionMutation, MarkTransitionReviewedMutation, RemoveTransitionMutation, RestoreTransitionMutation } from '../graphql';
import { editable, planMock, planPart, PLAN_ID, renderEditor, type Plan, type Transition } from './parts.fixtures';

const [workTrial] = editable.transitions as [Transition];

beforeEach(() => localStorage.clear());

const section = () => screen.getByRole('region', { name: 'Overganger' });
const card = (name: string) => within(section()).getByRole('article', { name });
const WORK = 'Arbeid eller aktivitet 15. juli 2025';

const reviewed: Transition = { ...workTrial, reviewDue: false, reviewedAt: '2025-06-20T10:00:00.000Z', reviewedByName: 'Ingrid Solberg', version: 2 };
const mark = (expectedVersion: number, isReviewed: boolean, answer: Transition) =>
  mockResult(
    MarkTransitionReviewedMutation,
    { transitionId: workTrial.id, expectedVersion, reviewed: isReviewed },
    { __typename: 'Mutation', markTransitionReviewed: planPart({ transitions: [answer] }) },
  );

describe('the transitions of the plan', () => {
  it('lists them by date, and says when one is due for a review', async () => {
    const school: Transition = { ...workTrial, id: 'tr-0', kind: 'UPPER_SECONDARY', date: '2024-08-19', reviewDue: false, reviewedAt: '2024-06-01T10:00:00.000Z', reviewedByName: 'Lars Brekke' };
    await renderEditor([], { ...editable, transitions: [workTrial, school] });
    const cards = within(section()).getAllByTestId('transition-card');
    expect(cards.map((element) => element.getAttribute('aria-label'))).toEqual(['Start i videregående skole 19. aug. 2024', WORK]);
    expect(cards[0]).toHaveTextContent('Gjennomgått');
    expect(cards[0]).toHaveTextContent('Ansvarsgruppen og planen ble gjennomgått for overgangen 1. juni 2024 (Lars Brekke).');
    expect(cards[0]).not.toHaveTextContent('Bør gjennomgås nå');
    expect(cards[1]).toHaveTextContent('Bør gjennomgås nå');
    expect(cards[1]).toHaveTextContent('Ansvarsgruppen og planen er ikke gjennomgått for overgangen ennå.');
  });

  it('adds one: the kind and the date are required', async () => {
    const home: Transition = { ...workTrial, id: 'tr-2', kind: 'OWN_HOME', date: '2027-05-01', note: null, reviewDue: false };
    const { user } = await renderEditor([
      mockResult(
        AddTransitionMutation,
        { planId: PLAN_ID, input: { kind: 'OWN_HOME', date: '2027-05-01', note: null } },
        { __typename: 'Mutation', addTransition: planPart({ transitions: [workTrial, home] }) },
      ),
    ]);
    await user.click(within(section()).getByText('Legg til overgang'));
    const form = await screen.findByRole('form', { name: 'Legg til overgang' });
    await user.click(within(form).getByRole('button', { name: 'Legg til overgangen' }));
    expect(await within(form).findByText('Velg ett av valgene.')).toBeInTheDocument();
    expect(within(form).getByText('Fyll inn en dato.')).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText(/^Overgang/), 'OWN_HOME');
    await user.type(within(form).getByLabelText(/^Dato for overgangen/), '2027-05-01');
    await user.click(within(form).getByRole('button', { name: 'Legg til overgangen' }));
    expect(await within(form).findByText('Overgangen er lagt til.')).toBeInTheDocument();
    expect(card('Flytting til egen bolig 1. mai 2027')).toBeInTheDocument();
  });

  it('marks one as reviewed, and the mark is undone from the save bar', async () => {
    const { user } = await renderEditor([mark(1, true, reviewed), mark(2, false, { ...workTrial, version: 3 })]);
    await user.click(within(card(WORK)).getByRole('button', { name: 'Marker som gjennomgått' }));
    await waitFor(() => expect(card(WORK)).toHaveTextContent('Ansvarsgruppen og planen ble gjennomgått for overgangen 20. juni 2025 (Ingrid Solberg).'));
    expect(card(WORK)).not.toHaveTextContent('Bør gjennomgås nå');

    await user.click(screen.getByRole('button', { name: `Angre: markeringen av «${WORK}» som gjennomgått` }));
    await waitFor(() => expect(card(WORK)).toHaveTextContent('Bør gjennomgås nå'));
    expect(within(card(WORK)).getByRole('button', { name: 'Marker som gjennomgått' })).toBeInTheDocument();
  });

  it('takes a mark made by mistake back', async () => {
    const { user } = await renderEditor([mark(2, false, { ...workTrial, version: 3 })], { ...editable, transitions: [reviewed] });
    await user.click(within(card(WORK)).getByRole('button', { name: 'Ta tilbake markeringen' }));
    await waitFor(() => expect(card(WORK)).toHaveTextContent('Ansvarsgruppen og planen er ikke gjennomgått for overgangen ennå.'));
  });

  it('after CONFLICT on the mark, shows the transition as saved meanwhile and says why', async () => {
    const theirs: Plan = { ...editable, transitions: [{ ...workTrial, date: '2025-08-01', reviewDue: false, version: 2 }] };
    const { user } = await renderEditor([
      mockGraphQLError(
        MarkTransitionReviewedMutation,
        { transitionId: workTrial.id, expectedVersion: 1, reviewed: true },
        { code: 'CONFLICT', message: 'Noen andre har lagret en endring. Last inn på nytt.' },
      ),
      planMock(theirs),
    ]);
    await user.click(within(card(WORK)).getByRole('button', { name: 'Marker som gjennomgått' }));
    const moved = await within(section()).findByRole('article', { name: 'Arbeid eller aktivitet 1. aug. 2025' });
    expect(moved).toHaveTextContent('Noen andre har lagret en endring. Last inn på nytt.');
    expect(moved).toHaveTextContent('Ansvarsgruppen og planen er ikke gjennomgått for overgangen ennå.');
  });

  it('removes one after asking, and undoes it from the save bar', async () => {
    const { user } = await renderEditor([
      mockResult(RemoveTransitionMutation, { id: workTrial.id, expectedVersion: 1 }, { __typename: 'Mutation', removeTransition: planPart({ transitions: [] }) }),
      mockResult(RestoreTransitionMutation, { id: workTrial.id, expectedVersion: 2 }, { __typename: 'Mutation', restoreTransition: planPart({ transitions: [{ ...workTrial, version: 3 }] }) }),
    ]);
    await user.click(within(card(WORK)).getByRole('button', { name: 'Fjern overgangen' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`«${WORK}» fjernes fra planen. Det kan angres.`);
    await user.click(within(dialog).getByRole('button', { name: 'Fjern overgangen' }));
    expect(await within(section()).findByText('Ingen overganger er lagt inn.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Angre: fjerning av overgangen «${WORK}»` }));
    expect(await within(section()).findByRole('article', { name: WORK })).toBeInTheDocument();
  });
});
