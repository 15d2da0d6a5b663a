import type { Unmasked } from '@apollo/client';
import type { GroupPageQuery as PageData, GroupViewFieldsFragment } from '../gql/graphql';
import { GroupReviewsDue } from '../modules/group/components/GroupReviewsDue';
import { mockGroupReviewsDue } from '../modules/group/__tests__/group.fixtures';
import {
  AddGroupMemberMutation,
  EstablishGroupMutation,
  GroupMemberCandidatesQuery,
  GroupPageQuery,
  RecordNeedReviewMutation,
  RemoveGroupMemberMutation,
} from '../modules/group/graphql/group-page';
import { mockMe } from '../test-utils/fixtures';
import { mockGraphQLError, mockResult, renderApp, renderWithProviders, screen, within } from '../test-utils/render';

const PERSON_ID = '7a1c7d2e-0000-4c3b-9a55-00000000e001';
const GROUP_ID = '7a1c7d2e-0000-4c3b-9a55-00000000e002';
const UNIT_ID = '7a1c7d2e-0000-4c3b-9a55-00000000e003';
const GP_ID = '7a1c7d2e-0000-4c3b-9a55-00000000e004';

type Group = Unmasked<GroupViewFieldsFragment>;
type Member = Group['members'][number];

const member = (overrides: Partial<Member>): Member => ({
  __typename: 'GroupMemberView',
  id: 'm-coord',
  kind: 'STAFF',
  name: 'Ingrid Solberg',
  userId: 'u-ingrid',
  relativeId: null,
  roleInGroup: null,
  unitId: UNIT_ID,
  unitName: 'Hjemmetjenesten',
  organisation: null,
  anchoredInOwnUnit: true,
  email: 'ingrid@fjordvik.kommune.no',
  joinedAt: '2026-11-01',
  isCoordinator: true,
  ...overrides,
});

const coordinator = member({});
const person = member({ id: 'm-person', kind: 'PERSON', name: 'Linda Sørensen', userId: null, unitId: null, unitName: null, anchoredInOwnUnit: false, email: null, isCoordinator: false, roleInGroup: 'Planeier' });
const gp = member({ id: 'm-gp', name: 'Per Aasen', userId: GP_ID, roleInGroup: 'Fastlege', unitId: UNIT_ID, unitName: 'Fjordvik legesenter', email: 'per@legesenter.no', isCoordinator: false, anchoredInOwnUnit: false });

const group = (overrides: Partial<Group> = {}): Group => ({
  __typename: 'GroupView',
  id: GROUP_ID,
  status: 'ACTIVE',
  establishedAt: '2026-11-01',
  closedAt: null,
  wishNote: 'Vil ha faste møter',
  compositionReviewedAt: '2026-11-01',
  lastNeedReview: null,
  needReviewDue: '2027-11-01',
  needReviewSoon: false,
  compositionReviewDueFor: null,
  canManage: true,
  version: 2,
  members: [coordinator, person],
  ...overrides,
});

type State = Unmasked<PageData>['group'];
const state = (overrides: Partial<State> = {}): State => ({
  __typename: 'GroupState',
  person: { __typename: 'PersonRef', id: PERSON_ID, name: 'Linda Sørensen' },
  establishBlockers: [],
  groupConsentId: 'c-1',
  canManage: true,
  group: null,
  ...overrides,
});

const pageMock = (value: State) => mockResult(GroupPageQuery, { personId: PERSON_ID }, { __typename: 'Query', group: value });
const candidatesMock = mockResult(
  GroupMemberCandidatesQuery,
  { personId: PERSON_ID },
  {
    __typename: 'Query',
    groupMemberCandidates: [
      { __typename: 'GroupMemberCandidate', kind: 'RELATIVE', name: 'Kari Sørensen', userId: null, relativeId: 'r-1', unitId: null, unitName: null, organisation: null, relation: 'PARENT', isMember: false },
      { __typename: 'GroupMemberCandidate', kind: 'STAFF', name: 'Ingrid Solberg', userId: 'u-ingrid', relativeId: null, unitId: UNIT_ID, unitName: 'Hjemmetjenesten', organisation: null, relation: null, isMember: true },
      { __typename: 'GroupMemberCandidate', kind: 'STAFF', name: 'Per Aasen', userId: GP_ID, relativeId: null, unitId: UNIT_ID, unitName: 'Fjordvik legesenter', organisation: null, relation: null, isMember: false },
    ],
    units: [{ __typename: 'UnitRef', id: UNIT_ID, name: 'Fjordvik legesenter' }],
  },
  { maxUsageCount: Number.POSITIVE_INFINITY },
);
const route = `/gruppe/${PERSON_ID}`;

describe('GroupPage', () => {
  it('tells the coordinator why a group cannot be established, and links to the consent page', async () => {
    renderApp({ route, mocks: [mockMe('COORDINATOR'), pageMock(state({ establishBlockers: ['NO_GROUP_CONSENT'], groupConsentId: null }))] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ansvarsgruppe for Linda Sørensen' })).toBeInTheDocument();
    expect(screen.getByText(/Det finnes ikke et gyldig skriftlig samtykke til ansvarsgruppe/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Registrer samtykket til ansvarsgruppe' })).toHaveAttribute('href', `/samtykke/${PERSON_ID}`);
    expect(screen.queryByRole('button', { name: 'Opprett ansvarsgruppen' })).not.toBeInTheDocument();
  });

  it('establishes the group only on the wish: refused in the form without it, then established and shown', async () => {
    const established = group({ version: 1 });
    const { user } = renderApp({
      route,
      mocks: [
        mockMe('COORDINATOR'),
        pageMock(state()),
        mockResult(EstablishGroupMutation, { input: { personId: PERSON_ID, wishedByPerson: true, wishNote: 'Vil ha faste møter' } }, { __typename: 'Mutation', establishGroup: established }),
        pageMock(state({ establishBlockers: ['ALREADY_ACTIVE'], group: established })),
        candidatesMock,
      ],
    });
    const submit = await screen.findByRole('button', { name: 'Opprett ansvarsgruppen' });
    await user.click(submit);
    expect(await screen.findByText('Kryss av når personen ønsker ansvarsgruppe. Uten ønsket opprettes ingen gruppe.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Personen (eller verge) ønsker ansvarsgruppe' }));
    await user.type(screen.getByRole('textbox', { name: /Ønsket med personens egne ord/ }), 'Vil ha faste møter');
    await user.click(submit);
    const table = await screen.findByRole('table', { name: 'Medlemmer av ansvarsgruppen' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([expect.stringContaining('Ingrid Solberg'), expect.stringContaining('Linda Sørensen')]);
    expect(screen.queryByRole('button', { name: 'Opprett ansvarsgruppen' })).not.toBeInTheDocument();
  });

  it('adds a member with the unit filled in from the staff member, checks the form first, and removes a member after asking', async () => {
    const withGp = group({ version: 3, members: [coordinator, person, gp] });
    const { user } = renderApp({
      route,
      mocks: [
        mockMe('COORDINATOR'),
        pageMock(state({ establishBlockers: ['ALREADY_ACTIVE'], group: group() })),
        candidatesMock,
        mockResult(
          AddGroupMemberMutation,
          { groupId: GROUP_ID, version: 2, input: { roleInGroup: 'Fastlege', unitId: UNIT_ID, organisation: '', anchoredInOwnUnit: false, userId: GP_ID } },
          { __typename: 'Mutation', addGroupMember: withGp },
        ),
        mockResult(RemoveGroupMemberMutation, { memberId: 'm-gp', version: 3 }, { __typename: 'Mutation', removeGroupMember: group({ version: 4 }) }),
      ],
    });
    await user.click(await screen.findByText('Legg til medlem'));
    await user.click(screen.getByRole('button', { name: 'Legg til i gruppen' }));
    expect(await screen.findByText('Velg ett av valgene.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'En ansatt i kommunen' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Ansatt/ }), GP_ID);
    expect(screen.getByRole('combobox', { name: 'Enhet i kommunen' })).toHaveValue(UNIT_ID);
    await user.click(screen.getByRole('button', { name: 'Legg til i gruppen' }));
    expect(await screen.findByText('Feltet må fylles ut.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Rolle i gruppen/ }), 'Fastlege');
    await user.click(screen.getByRole('button', { name: 'Legg til i gruppen' }));
    expect(await screen.findByText('Per Aasen er lagt til i gruppen.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Fjern Per Aasen fra gruppen' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Fjerne Per Aasen fra ansvarsgruppen?')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Fjern fra gruppen' }));
    expect(await screen.findByText('Per Aasen er fjernet fra gruppen.')).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: /Per Aasen/ })).not.toBeInTheDocument();
    // The coordinator leads the group and has no remove button.
    expect(screen.queryByRole('button', { name: 'Fjern Ingrid Solberg fra gruppen' })).not.toBeInTheDocument();
  });

  it('shows the CONFLICT message when someone saved first, and the way to the change form when the group is no longer needed', async () => {
    const { user } = renderApp({
      route,
      mocks: [
        mockMe('COORDINATOR'),
        pageMock(state({ establishBlockers: ['ALREADY_ACTIVE'], group: group({ needReviewDue: '2026-01-01', needReviewSoon: true }) })),
        candidatesMock,
        mockGraphQLError(RecordNeedReviewMutation, { groupId: GROUP_ID, version: 2, stillNeeded: true }, { code: 'CONFLICT', message: 'Noen andre har lagret en endring først. Last inn på nytt.' }),
        mockResult(RecordNeedReviewMutation, { groupId: GROUP_ID, version: 2, stillNeeded: false }, { __typename: 'Mutation', recordNeedReview: group({ version: 3, lastNeedReview: '2026-12-03' }) }),
      ],
    });
    expect(await screen.findByText(/Behovet for gruppen skulle vært vurdert innen/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ja, gruppen trengs fortsatt' }));
    expect(await screen.findByText('Noen andre har lagret en endring først. Last inn på nytt.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last inn på nytt' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nei, gruppen trengs ikke lenger' }));
    expect(await screen.findByRole('heading', { name: 'Avslutt gruppen med endringsskjema' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fyll ut endringsskjema for å avslutte gruppen' })).toHaveAttribute('href', `/endring/${PERSON_ID}`);
  });

  it('is read-only for a member: the list without addresses or buttons', async () => {
    const read = group({ canManage: false, members: [{ ...coordinator, email: null }, person, { ...gp, email: null }] });
    renderApp({ route, mocks: [mockMe('SERVICE_PROVIDER'), pageMock(state({ canManage: false, establishBlockers: ['ALREADY_ACTIVE'], group: read }))] });
    const table = await screen.findByRole('table', { name: 'Medlemmer av ansvarsgruppen' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByText('Hvem som er med i ansvarsgruppen, og hvilken rolle de har.')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).queryByRole('button')).toBeNull();
    expect(screen.queryByText('ingrid@fjordvik.kommune.no')).not.toBeInTheDocument();
    expect(screen.queryByText('Legg til medlem')).not.toBeInTheDocument();
  });

  it.each([
    ['nn', 'Ansvarsgruppe for Linda Sørensen', 'Registrer samtykket til ansvarsgruppe'],
    ['en', 'Responsibility group for Linda Sørensen', 'Register the consent to a responsibility group'],
  ] as const)('in %s', async (locale, heading, link) => {
    renderApp({ route, locale, mocks: [mockMe('COORDINATOR'), pageMock(state({ establishBlockers: ['NO_GROUP_CONSENT'], groupConsentId: null }))] });
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: link })).toBeInTheDocument();
  });
});

describe('GroupReviewsDue', () => {
  it('lists the reviews due with a link to each group', async () => {
    renderWithProviders(<GroupReviewsDue />, {
      mocks: [
        mockGroupReviewsDue([
          { __typename: 'GroupReviewDue', groupId: GROUP_ID, reason: 'NEED', needReviewDue: '2026-10-01', transitionDate: null, overdue: true, person: { __typename: 'PersonRef', id: PERSON_ID, name: 'Linda Sørensen' } },
          { __typename: 'GroupReviewDue', groupId: GROUP_ID, reason: 'COMPOSITION', needReviewDue: '2026-10-01', transitionDate: '2027-01-15', overdue: false, person: { __typename: 'PersonRef', id: PERSON_ID, name: 'Linda Sørensen' } },
        ]),
      ],
    });
    const items = await screen.findAllByTestId('group-review-due');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Vurderingen av behovet er forfalt');
    expect(items[1]).toHaveTextContent('Overgang');
    expect(within(items[0]!).getByRole('link', { name: 'Åpne ansvarsgruppen til Linda Sørensen' })).toHaveAttribute('href', `/gruppe/${PERSON_ID}`);
  });
});
