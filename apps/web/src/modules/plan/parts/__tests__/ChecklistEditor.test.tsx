// The life-phase checklists in the coordinator's editor: the phase that fits the person first,
// each item ticked or unticked at once with who did it and when, the other phases behind a
// disclosure, and a refused tick shown (the box as the server has it).
import { mockGraphQLError, mockResult, screen, waitFor, within } from '../../../../test-utils/render';
import { TickChecklistItemMutation, UntickChecklistItemMutation } from '../graphql';
import { editable, planPart, PLAN_ID, renderEditor, type Tick } from './parts.fixtures';

beforeEach(() => localStorage.clear());

const section = () => screen.getByRole('region', { name: 'Sjekkliste for livsfasen' });
const adult = () => within(section()).getByRole('group', { name: /^Voksne og eldre – livsfasen personen er i/ });

const NAV = /^Gi informasjon om tjenester fra NAV: grunn- og hjelpestønad, arbeidsavklaringspenger/;
const SERVICES = /^Gi personen og eventuelt pårørende eller verge informasjon om kommunens ordninger/;

const navTick: Tick = { __typename: 'ChecklistTickView', itemKey: 'adult.navServices', phase: 'ADULT', checkedAt: '2026-11-30T10:00:00.000Z', checkedByName: 'Ingrid Solberg' };

describe('the life-phase checklist', () => {
  it('shows the phase that fits first, with what is ticked, by whom and when', async () => {
    await renderEditor();
    expect(adult()).toHaveAccessibleName('Voksne og eldre – livsfasen personen er i 1 av 5 er gjort');
    const ticked = within(adult()).getByRole('checkbox', { name: SERVICES });
    expect(ticked).toBeChecked();
    expect(ticked).toHaveAccessibleDescription('Krysset av av Ingrid Solberg 10. jan. 2025');
    expect(within(adult()).getByRole('checkbox', { name: NAV })).not.toBeChecked();
    // The other phases are there, behind a disclosure.
    expect(within(section()).getByText('Sjekklistene for de andre livsfasene')).toBeInTheDocument();
    expect(within(section()).getByRole('group', { name: /^Barn/, hidden: true })).toBeInTheDocument();
    expect(within(section()).getByRole('group', { name: /^Ungdom/, hidden: true })).toBeInTheDocument();
  });

  it('ticks an item and unticks it again, each saved at once', async () => {
    const { user } = await renderEditor([
      mockResult(
        TickChecklistItemMutation,
        { planId: PLAN_ID, itemKey: 'adult.navServices' },
        { __typename: 'Mutation', tickChecklistItem: planPart({ lifePhase: 'ADULT' as const, checklist: [...editable.checklist, navTick] }) },
      ),
      mockResult(
        UntickChecklistItemMutation,
        { planId: PLAN_ID, itemKey: 'adult.navServices' },
        { __typename: 'Mutation', untickChecklistItem: planPart({ lifePhase: 'ADULT' as const, checklist: editable.checklist }) },
      ),
    ]);
    const item = within(adult()).getByRole('checkbox', { name: NAV });
    await user.click(item);
    expect(item).toBeChecked();
    await waitFor(() => expect(item).toHaveAccessibleDescription('Krysset av av Ingrid Solberg 30. nov. 2026'));
    expect(adult()).toHaveAccessibleName(/2 av 5 er gjort$/);

    await user.click(item);
    await waitFor(() => expect(item).not.toHaveAccessibleDescription());
    expect(item).not.toBeChecked();
    expect(adult()).toHaveAccessibleName(/1 av 5 er gjort$/);
  });

  it('ticks an item of another phase', async () => {
    const youthTick: Tick = { ...navTick, itemKey: 'youth.ownHome', phase: 'YOUTH' };
    const { user } = await renderEditor([
      mockResult(
        TickChecklistItemMutation,
        { planId: PLAN_ID, itemKey: 'youth.ownHome' },
        { __typename: 'Mutation', tickChecklistItem: planPart({ lifePhase: 'ADULT' as const, checklist: [...editable.checklist, youthTick] }) },
      ),
    ]);
    await user.click(within(section()).getByText('Sjekklistene for de andre livsfasene'));
    const youth = within(section()).getByRole('group', { name: /^Ungdom/ });
    await user.click(within(youth).getByRole('checkbox', { name: 'Starte planleggingen av egen bolig.' }));
    await waitFor(() => expect(youth).toHaveAccessibleName('Ungdom 1 av 11 er gjort'));
    expect(adult()).toHaveAccessibleName(/1 av 5 er gjort$/);
  });

  it('shows a refused tick, and the box as it was', async () => {
    const { user } = await renderEditor([
      mockGraphQLError(TickChecklistItemMutation, { planId: PLAN_ID, itemKey: 'adult.navServices' }, { code: 'FORBIDDEN', message: 'Du har ikke tilgang til dette.' }),
    ]);
    const item = within(adult()).getByRole('checkbox', { name: NAV });
    await user.click(item);
    expect(await within(section()).findByText('Du har ikke tilgang til dette.')).toBeInTheDocument();
    expect(item).not.toBeChecked();
  });
});
