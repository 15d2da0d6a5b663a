// The plan's sub-plans in the coordinator's editor: added with a kind, a title and one owner (a
// unit or a person named), each field saved by itself (both versions shown after CONFLICT), and
// removed after asking with undo.
import { mockGraphQLError, mockResult, screen, waitFor, within } from '../../../../test-utils/render';
import { AddSubPlanMutation, RemoveSubPlanMutation, RestoreSubPlanMutation, UpdateSubPlanMutation } from '../graphql';
import { editable, planMock, planPart, PLAN_ID, renderEditor, saveStatus, type Plan, type SubPlan } from './parts.fixtures';

const [crisisPlan] = editable.subPlans as [SubPlan];

beforeEach(() => localStorage.clear());

const section = () => screen.getByRole('region', { name: 'Delplaner' });

const iop: SubPlan = {
  __typename: 'SubPlanView',
  id: 'sp-2',
  kind: 'IOP',
  title: 'IOP for kurs i norsk',
  owner: 'Fjordvik skole',
  ownerName: null,
  ownerUnitId: 'unit-school',
  lifeArea: 'EDUCATION',
  externalReference: null,
  note: null,
  version: 1,
};

const addInput = {
  kind: 'IOP' as const,
  title: 'IOP for kurs i norsk',
  ownerUnitId: 'unit-school',
  ownerName: null,
  lifeArea: 'EDUCATION' as const,
  externalReference: null,
  note: null,
};

async function openAddForm(user: Awaited<ReturnType<typeof renderEditor>>['user']) {
  await user.click(within(section()).getByText('Legg til delplan'));
  return screen.findByRole('form', { name: 'Legg til delplan' });
}

describe('the sub-plans of the plan', () => {
  it('shows each with its kind, title and owner', async () => {
    await renderEditor();
    const card = within(section()).getByRole('article', { name: 'Kriseplan ved sterk hodepine' });
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent('Kriseplan ved sterk hodepine');
    expect(within(card).getByText('Kriseplan', { exact: true, ignore: 'option' })).toBeInTheDocument();
    expect(card).toHaveTextContent('Eier: Per Aasen, fastlege');
    expect(within(card).getByLabelText(/^Hvor dokumentet ligger/)).toHaveValue('Journal hos Fjordvik legesenter');
  });

  it('says so when there are none', async () => {
    await renderEditor([], { ...editable, subPlans: [] });
    expect(within(section()).getByText('Planen har ingen delplaner ennå.')).toBeInTheDocument();
  });

  it('adds one owned by a unit: the kind, the title and the owner are required', async () => {
    const { user } = await renderEditor([
      mockResult(AddSubPlanMutation, { planId: PLAN_ID, input: addInput }, { __typename: 'Mutation', addSubPlan: planPart({ subPlans: [crisisPlan, iop] }) }),
    ]);
    const form = await openAddForm(user);
    await user.click(within(form).getByRole('button', { name: 'Legg til delplanen' }));
    expect(await within(form).findAllByText('Velg ett av valgene.')).toHaveLength(2);
    expect(within(form).getByText('Feltet må fylles ut.')).toBeInTheDocument();

    await user.selectOptions(within(form).getByLabelText(/^Type delplan/), 'IOP');
    await user.type(within(form).getByLabelText(/^Tittel/), 'IOP for kurs i norsk');
    await within(form).findByRole('option', { name: 'Fjordvik skole' });
    await user.selectOptions(within(form).getByLabelText(/^Enheten som eier den/), 'unit-school');
    await user.selectOptions(within(form).getByLabelText('Livsområde'), 'EDUCATION');
    await user.click(within(form).getByRole('button', { name: 'Legg til delplanen' }));
    expect(await within(form).findByText('Delplanen er lagt til.')).toBeInTheDocument();
    expect(within(section()).getByRole('article', { name: 'IOP for kurs i norsk' })).toHaveTextContent('Eier: Fjordvik skole');
    // The form is empty again for the next one.
    expect(within(form).getByLabelText(/^Tittel/)).toHaveValue('');
  });

  it('adds one owned by a named person, and shows the API’s message on the owner', async () => {
    const input = { ...addInput, kind: 'RELAY_LOG' as const, title: 'Stafettlogg', ownerUnitId: null, ownerName: 'Kari Lie, helsesykepleier', lifeArea: null };
    const { user } = await renderEditor([
      mockGraphQLError(
        AddSubPlanMutation,
        { planId: PLAN_ID, input },
        { code: 'BAD_USER_INPUT', message: 'Noe er ikke fylt ut riktig.', fields: [{ field: 'input.ownerName', message: 'Delplanen må ha én eier: enten en enhet eller en navngitt person.' }] },
      ),
    ]);
    const form = await openAddForm(user);
    await user.selectOptions(within(form).getByLabelText(/^Type delplan/), 'RELAY_LOG');
    await user.type(within(form).getByLabelText(/^Tittel/), 'Stafettlogg');
    await user.click(within(form).getByRole('radio', { name: 'En navngitt person' }));
    expect(within(form).queryByLabelText(/^Enheten som eier den/)).not.toBeInTheDocument();
    await user.type(within(form).getByLabelText(/^Personen som eier den/), 'Kari Lie, helsesykepleier');
    await user.click(within(form).getByRole('button', { name: 'Legg til delplanen' }));
    await waitFor(() =>
      expect(within(form).getByLabelText(/^Personen som eier den/)).toHaveAccessibleDescription(expect.stringContaining('Delplanen må ha én eier')),
    );
    expect(within(section()).queryByRole('article', { name: 'Stafettlogg' })).not.toBeInTheDocument();
  });

  it('saves an edit by itself; a unit chosen as owner takes the place of the person named', async () => {
    const owned: SubPlan = { ...crisisPlan, owner: 'NAV Fjordvik', ownerName: null, ownerUnitId: 'unit-nav', version: 2 };
    const { user } = await renderEditor([
      mockResult(
        UpdateSubPlanMutation,
        { subPlanId: crisisPlan.id, expectedVersion: 1, input: { ownerUnitId: 'unit-nav', ownerName: null } },
        { __typename: 'Mutation', updateSubPlan: planPart({ subPlans: [owned] }) },
      ),
    ]);
    const card = within(section()).getByRole('article', { name: 'Kriseplan ved sterk hodepine' });
    // The units come with a query of their own.
    await within(card).findByRole('option', { name: 'NAV Fjordvik' });
    await user.selectOptions(within(card).getByLabelText(/^Enheten som eier den/), 'unit-nav');
    await waitFor(() => expect(card).toHaveTextContent('Eier: NAV Fjordvik'));
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Alle endringer er lagret.'));
    expect(within(card).getByLabelText(/^Personen som eier den/)).toHaveValue('');
  });

  it('shows both versions of a field saved by someone else first, and keeps the one chosen', async () => {
    const theirs: Plan = { ...editable, subPlans: [{ ...crisisPlan, title: 'Kriseplan ved hodepine og utmattelse', version: 2 }] };
    const { user } = await renderEditor([
      mockGraphQLError(
        UpdateSubPlanMutation,
        { subPlanId: crisisPlan.id, expectedVersion: 1, input: { title: 'Kriseplan' } },
        { code: 'CONFLICT', message: 'Noen andre har lagret en endring. Last inn på nytt.' },
      ),
      planMock(theirs),
    ]);
    const card = within(section()).getByRole('article', { name: 'Kriseplan ved sterk hodepine' });
    const title = within(card).getByLabelText(/^Tittel/);
    await user.clear(title);
    await user.type(title, 'Kriseplan');
    await user.tab();
    const conflict = await within(section()).findByTestId('conflict');
    await waitFor(() => expect(within(conflict).getByTestId('conflict-theirs')).toHaveTextContent('Kriseplan ved hodepine og utmattelse'));
    await user.click(within(conflict).getByRole('button', { name: 'Bruk den lagrede' }));
    await waitFor(() => expect(within(section()).queryByTestId('conflict')).not.toBeInTheDocument());
    expect(within(section()).getByRole('article', { name: 'Kriseplan ved hodepine og utmattelse' })).toBeInTheDocument();
  });

  it('removes one after asking, and undoes it from the save bar', async () => {
    const { user } = await renderEditor([
      mockResult(RemoveSubPlanMutation, { id: crisisPlan.id, expectedVersion: 1 }, { __typename: 'Mutation', removeSubPlan: planPart({ subPlans: [] }) }),
      mockResult(RestoreSubPlanMutation, { id: crisisPlan.id, expectedVersion: 2 }, { __typename: 'Mutation', restoreSubPlan: planPart({ subPlans: [{ ...crisisPlan, version: 3 }] }) }),
    ]);
    await user.click(within(section()).getByRole('button', { name: 'Fjern delplanen' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('«Kriseplan ved sterk hodepine» fjernes fra planen. Selve dokumentet berøres ikke.');
    // Cancelling leaves it.
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(within(section()).getByRole('article', { name: 'Kriseplan ved sterk hodepine' })).toBeInTheDocument();

    await user.click(within(section()).getByRole('button', { name: 'Fjern delplanen' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Fjern delplanen' }));
    expect(await within(section()).findByText('Planen har ingen delplaner ennå.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Angre: fjerning av delplanen «Kriseplan ved sterk hodepine»' }));
    expect(await within(section()).findByRole('article', { name: 'Kriseplan ved sterk hodepine' })).toBeInTheDocument();
  });
});
