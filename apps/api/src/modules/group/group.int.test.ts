// Responsibility groups over HTTP against a real database: established only on the person's
// wish, with an active coordinator and a valid written group consent; members added, edited and
// removed from the group's version; the reviews due on the homes; closing on a change form; and
// what members, KE and others see of the group as the policy and the consent allow.
import { DEMO_MUNICIPALITY, DEMO_UNITS, DEMO_USERNAMES } from '../../demo/personas';
import type { Db } from '../../lib/db';
import { makePlanPerson } from '../../test-support/cases';
import { asDate, dayFromToday as day } from '../../test-support/dates';
import { useTestServer, type ApiClient, type GraphQLResponse } from '../../test-support/test-server';

jest.setTimeout(120_000);

const server = useTestServer();
const prisma = () => server().database.prisma as Db;

let municipalityId: string;
const units = {} as Record<'homeCare' | 'gpOffice' | 'physio', string>;
const users = {} as Record<'ingrid' | 'gp' | 'physio', string>;
const clients = {} as Record<'ke' | 'ingrid' | 'marte' | 'gp' | 'physio' | 'citizen', ApiClient>;

beforeAll(async () => {
  municipalityId = (await prisma().municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id;
  units.homeCare = (await prisma().unit.findFirstOrThrow({ where: { name: DEMO_UNITS.homeCare } })).id;
  units.gpOffice = (await prisma().unit.findFirstOrThrow({ where: { name: DEMO_UNITS.gpOffice } })).id;
  units.physio = (await prisma().unit.findFirstOrThrow({ where: { name: DEMO_UNITS.physio } })).id;
  users.ingrid = (await prisma().user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.coordinator } })).id;
  users.gp = (await prisma().user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.gp } })).id;
  users.physio = (await prisma().user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.physio } })).id;
  clients.ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
  clients.ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  clients.marte = await server().signIn(DEMO_USERNAMES.disabilityCoordinator);
  clients.gp = await server().signIn(DEMO_USERNAMES.gp);
  clients.physio = await server().signIn(DEMO_USERNAMES.physio);
  clients.citizen = await server().signIn(DEMO_USERNAMES.citizen);
});

const VIEW = `id status establishedAt closedAt wishedByPerson wishNote consentId compositionReviewedAt lastNeedReview needReviewDue
  needReviewSoon compositionReviewDueFor canManage version person { id }
  members { id kind name userId relativeId roleInGroup unitId unitName organisation anchoredInOwnUnit email joinedAt isCoordinator }`;
const STATE = `query ($p: ID!) { group(personId: $p) { person { id name } establishBlockers groupConsentId canManage group { ${VIEW} } } }`;
const ESTABLISH = `mutation ($input: EstablishGroupInput!) { establishGroup(input: $input) { ${VIEW} } }`;
const ADD = `mutation ($g: ID!, $v: Int!, $input: GroupMemberInput!) { addGroupMember(groupId: $g, version: $v, input: $input) { ${VIEW} } }`;
const UPDATE = `mutation ($m: ID!, $v: Int!, $input: GroupMemberInput!) { updateGroupMember(memberId: $m, version: $v, input: $input) { ${VIEW} } }`;
const REMOVE = `mutation ($m: ID!, $v: Int!) { removeGroupMember(memberId: $m, version: $v) { ${VIEW} } }`;
const COMPOSITION = `mutation ($g: ID!, $v: Int!) { recordCompositionReview(groupId: $g, version: $v) { ${VIEW} } }`;
const NEED = `mutation ($g: ID!, $v: Int!, $still: Boolean!) { recordNeedReview(groupId: $g, version: $v, stillNeeded: $still) { ${VIEW} } }`;
const DUE = '{ groupReviewsDue { groupId person { id } reason needReviewDue transitionDate overdue } }';

type Member = { id: string; kind: string; name: string; userId: string | null; roleInGroup: string | null; email: string | null; isCoordinator: boolean };
type View = { id: string; version: number; status: string; members: Member[]; [key: string]: unknown };

const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const fieldsOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.fields ?? [];

/** A written group consent as Salangen's form asks (told of all three), or as given in `overrides`. */
async function groupConsent(personId: string, overrides: Record<string, unknown> = {}) {
  return prisma().consent.create({
    data: {
      municipalityId,
      personId,
      scope: 'RESPONSIBILITY_GROUP',
      form: 'WRITTEN',
      givenAt: new Date(),
      informedOfComposition: true,
      informedOfWayOfWorking: true,
      informedOfInformationExchange: true,
      ...overrides,
    },
  });
}

const exchangeConsent = (personId: string) =>
  prisma().consent.create({ data: { municipalityId, personId, scope: 'INFORMATION_EXCHANGE', form: 'WRITTEN', givenAt: new Date() } });

/** A person of Ingrid's with an open plan, a valid group consent and an established group. */
async function personWithGroup(options: { exchange?: boolean } = {}) {
  const personId = await makePlanPerson(prisma(), { lastName: 'Gruppe' });
  await prisma().individualPlan.create({ data: { municipalityId, personId, status: 'ACTIVE', periodStart: asDate(day(-2)) } });
  await groupConsent(personId);
  if (options.exchange ?? true) await exchangeConsent(personId);
  const { establishGroup } = await clients.ingrid.data<{ establishGroup: View }>(ESTABLISH, { input: { personId, wishedByPerson: true, wishNote: 'Ønsker faste møter.' } });
  return { personId, group: establishGroup };
}

const gpInput = { userId: '', roleInGroup: 'Fastlege', unitId: '', anchoredInOwnUnit: true };
const withGp = () => ({ ...gpInput, userId: users.gp, unitId: units.gpOffice });

describe('establishing a group', () => {
  it('is refused without a valid written group consent, and the state says why; the consent must say the person was told all three', async () => {
    const personId = await makePlanPerson(prisma(), { lastName: 'Samtykke' });
    const state = (await clients.ingrid.data(STATE, { p: personId })).group;
    expect(state).toMatchObject({ establishBlockers: ['NO_GROUP_CONSENT'], groupConsentId: null, canManage: true, group: null });

    const refused = await clients.ingrid.gql(ESTABLISH, { input: { personId, wishedByPerson: true } });
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/^Det finnes ikke et gyldig skriftlig samtykke til ansvarsgruppe/);
    const inEnglish = await clients.ingrid.withLocale('en').gql(ESTABLISH, { input: { personId, wishedByPerson: true } });
    expect(inEnglish.errors?.[0]?.message).toMatch(/composition of the group, its way of working and the exchange of confidential information/);
    const inNynorsk = await clients.ingrid.withLocale('nn').gql(ESTABLISH, { input: { personId, wishedByPerson: true } });
    expect(inNynorsk.errors?.[0]?.message).toMatch(/^Det finst ikkje eit gyldig skriftleg samtykke/);

    // Not enough: told only of the composition, withdrawn, or ended.
    await groupConsent(personId, { informedOfWayOfWorking: false, informedOfInformationExchange: false });
    // Withdrawn a minute after it was given: one clock reading for both, so the withdrawal never comes first.
    const givenAt = new Date(Date.now() - 60_000);
    await groupConsent(personId, { givenAt, withdrawnAt: new Date(givenAt.getTime() + 60_000) });
    await groupConsent(personId, { periodStart: asDate(day(-30)), periodEnd: asDate(day(-1)) });
    expect((await clients.ingrid.data(STATE, { p: personId })).group.establishBlockers).toEqual(['NO_GROUP_CONSENT']);
    expect(codeOf(await clients.ingrid.gql(ESTABLISH, { input: { personId, wishedByPerson: true } }))).toBe('CONFLICT');
    expect(await prisma().responsibilityGroup.count({ where: { personId } })).toBe(0);

    const valid = await groupConsent(personId);
    expect((await clients.ingrid.data(STATE, { p: personId })).group).toMatchObject({ establishBlockers: [], groupConsentId: valid.id });
  });

  it('is refused without the person’s wish, with the message at the field', async () => {
    const personId = await makePlanPerson(prisma(), { lastName: 'Ønske' });
    await groupConsent(personId);
    const refused = await clients.ingrid.gql(ESTABLISH, { input: { personId, wishedByPerson: false } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(refused)).toEqual([{ field: 'input.wishedByPerson', message: expect.stringMatching(/^En ansvarsgruppe opprettes bare når personen/) }]);
    expect(await prisma().responsibilityGroup.count({ where: { personId } })).toBe(0);
  });

  it('needs an active coordinator: KE sees the blocker, and no one else may establish it', async () => {
    const personId = await makePlanPerson(prisma(), { lastName: 'Utenkoordinator', coordinator: false });
    await groupConsent(personId);
    const state = (await clients.ke.data(STATE, { p: personId })).group;
    expect(state).toMatchObject({ establishBlockers: ['NO_ACTIVE_COORDINATOR'], canManage: false });
    expect(codeOf(await clients.ingrid.gql(ESTABLISH, { input: { personId, wishedByPerson: true } }))).toBe('FORBIDDEN');
    expect(codeOf(await clients.ke.gql(ESTABLISH, { input: { personId, wishedByPerson: true } }))).toBe('FORBIDDEN');
    // Another coordinator than the person's.
    const ingrids = await makePlanPerson(prisma(), { lastName: 'Annenkoordinator' });
    await groupConsent(ingrids);
    expect(codeOf(await clients.marte.gql(ESTABLISH, { input: { personId: ingrids, wishedByPerson: true } }))).toBe('FORBIDDEN');
    expect(await prisma().responsibilityGroup.count({ where: { personId: { in: [personId, ingrids] } } })).toBe(0);
  });

  it('on the wish, with consent: the coordinator and the person are its first members, with history; a second is refused', async () => {
    const { personId, group } = await personWithGroup();
    expect(group).toMatchObject({ status: 'ACTIVE', establishedAt: day(0), wishedByPerson: true, wishNote: 'Ønsker faste møter.', compositionReviewedAt: day(0), version: 1, canManage: true });
    expect(group.members.map((m) => [m.kind, m.isCoordinator])).toEqual([
      ['STAFF', true],
      ['PERSON', false],
    ]);
    expect(group.members[0]).toMatchObject({ userId: users.ingrid, unitId: units.homeCare, unitName: DEMO_UNITS.homeCare, anchoredInOwnUnit: true });
    const history = await prisma().historyEntry.findMany({ where: { personId }, orderBy: { id: 'asc' } });
    expect(history.map((h) => h.action)).toEqual(['group.established', 'group.memberAdded', 'group.memberAdded']);
    expect(history[0]!.planId).not.toBeNull();
    expect(await prisma().accessLogEntry.count({ where: { personId, action: 'group.manage', actor: { username: DEMO_USERNAMES.coordinator } } })).toBe(1);

    const again = await clients.ingrid.gql(ESTABLISH, { input: { personId, wishedByPerson: true } });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toBe('Personen har allerede en aktiv ansvarsgruppe.');
    expect((await clients.ingrid.data(STATE, { p: personId })).group.establishBlockers).toEqual(['ALREADY_ACTIVE']);
  });
});

describe('members', () => {
  it('are added, edited and removed from the group’s version; a stale version is CONFLICT and changes nothing', async () => {
    const { personId, group } = await personWithGroup();
    const relative = await prisma().relative.create({ data: { municipalityId, personId, name: 'Kari Gruppe', relation: 'PARENT', email: 'kari@example.no' } });

    const withGp = (await clients.ingrid.data(ADD, { g: group.id, v: 1, input: { ...gpInput, userId: users.gp, unitId: units.gpOffice } })).addGroupMember as View;
    expect(withGp.version).toBe(2);
    const gp = withGp.members.find((m) => m.userId === users.gp)!;
    expect(gp).toMatchObject({ kind: 'STAFF', name: 'Per Aasen', roleInGroup: 'Fastlege', isCoordinator: false });

    const stale = await clients.ingrid.gql(ADD, { g: group.id, v: 1, input: { relativeId: relative.id, roleInGroup: 'Mor' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(await prisma().groupMember.count({ where: { groupId: group.id } })).toBe(3);

    const withRelative = (await clients.ingrid.data(ADD, { g: group.id, v: 2, input: { relativeId: relative.id, roleInGroup: 'Mor' } })).addGroupMember as View;
    const withExternal = (
      await clients.ingrid.data(ADD, {
        g: group.id,
        v: withRelative.version,
        input: { externalName: 'Inger Dale', externalEmail: 'inger@dagsenter.no', organisation: 'Fjordvik dagsenter', roleInGroup: 'Kontaktperson' },
      })
    ).addGroupMember as View;
    expect(withExternal.members.map((m) => m.kind)).toEqual(['STAFF', 'PERSON', 'EXTERNAL', 'RELATIVE', 'STAFF']);
    // The coordinator sees addresses for invitations.
    expect(withExternal.members.find((m) => m.kind === 'RELATIVE')!.email).toBe('kari@example.no');
    expect(withExternal.members.find((m) => m.kind === 'EXTERNAL')!.email).toBe('inger@dagsenter.no');

    const v = withExternal.version;
    const updated = (await clients.ingrid.data(UPDATE, { m: gp.id, v, input: { roleInGroup: 'Fastlege og medisinsk ansvarlig', anchoredInOwnUnit: false } })).updateGroupMember as View;
    expect(updated.version).toBe(v + 1);
    expect(updated.members.find((m) => m.id === gp.id)).toMatchObject({ roleInGroup: 'Fastlege og medisinsk ansvarlig', anchoredInOwnUnit: false, unitId: units.gpOffice });
    expect(codeOf(await clients.ingrid.gql(UPDATE, { m: gp.id, v, input: { roleInGroup: 'Gammel' } }))).toBe('CONFLICT');
    const otherWho = await clients.ingrid.gql(UPDATE, { m: gp.id, v: v + 1, input: { userId: users.physio } });
    expect(fieldsOf(otherWho)).toEqual([{ field: 'input.userId', message: 'Hvem medlemmet er, kan ikke endres. Fjern medlemmet og legg til et nytt.' }]);

    const external = updated.members.find((m) => m.kind === 'EXTERNAL')!;
    expect(codeOf(await clients.ingrid.gql(REMOVE, { m: external.id, v }))).toBe('CONFLICT');
    const removed = (await clients.ingrid.data(REMOVE, { m: external.id, v: v + 1 })).removeGroupMember as View;
    expect(removed.members.map((m) => m.id)).not.toContain(external.id);
    expect((await prisma().groupMember.findUniqueOrThrow({ where: { id: external.id } })).leftAt).toEqual(asDate(day(0)));
    const coordinator = removed.members.find((m) => m.isCoordinator)!;
    const keepCoordinator = await clients.ingrid.gql(REMOVE, { m: coordinator.id, v: removed.version });
    expect(codeOf(keepCoordinator)).toBe('CONFLICT');
    expect(keepCoordinator.errors?.[0]?.message).toMatch(/^Koordinatoren leder ansvarsgruppen/);

    const group1 = await prisma().responsibilityGroup.findUniqueOrThrow({ where: { id: group.id } });
    expect(group1.version).toBe(removed.version);
    const actions = (await prisma().historyEntry.findMany({ where: { personId }, orderBy: { id: 'asc' } })).map((h) => h.action);
    expect(actions.slice(3)).toEqual(['group.memberAdded', 'group.memberAdded', 'group.memberAdded', 'group.memberUpdated', 'group.memberRemoved']);
  });

  it('a member is exactly one of user, relative, person or outside, with role and unit or organisation; checked both ways', async () => {
    const { group } = await personWithGroup();
    const other = await makePlanPerson(prisma(), { lastName: 'Annen' });
    const strangersRelative = await prisma().relative.create({ data: { municipalityId, personId: other, name: 'Fremmed', relation: 'SIBLING' } });
    const cases: Array<[Record<string, unknown>, Array<{ field: string; message: string }>]> = [
      [{ userId: users.gp, externalName: 'Per', roleInGroup: 'Lege', unitId: units.gpOffice }, [{ field: 'input.userId', message: expect.stringMatching(/^Velg nøyaktig én/) }]],
      [{ roleInGroup: 'Lege' }, [{ field: 'input.userId', message: expect.stringMatching(/^Velg nøyaktig én/) }]],
      [{ userId: users.gp }, [
        { field: 'input.roleInGroup', message: 'Feltet må fylles ut.' },
        { field: 'input.organisation', message: 'Oppgi enheten eller organisasjonen medlemmet kommer fra.' },
      ]],
      [{ userId: users.gp, roleInGroup: 'Lege', unitId: units.gpOffice, externalEmail: 'per@example.no' }, [{ field: 'input.externalEmail', message: expect.stringMatching(/^E-post registreres her bare/) }]],
      [{ relativeId: strangersRelative.id, roleInGroup: 'Bror' }, [{ field: 'input.relativeId', message: 'Velg en av personens pårørende.' }]],
      [{ externalName: 'Ola', roleInGroup: 'Nabo', organisation: 'Nabolaget', externalEmail: 'ikke-en-adresse' }, [{ field: 'input.externalEmail', message: 'E-postadressen er ikke gyldig.' }]],
    ];
    for (const [input, fields] of cases) {
      const result = await clients.ingrid.gql(ADD, { g: group.id, v: 1, input });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(fields);
    }
    expect((await prisma().responsibilityGroup.findUniqueOrThrow({ where: { id: group.id } })).version).toBe(1);
    await clients.ingrid.data(ADD, { g: group.id, v: 1, input: withGp() });
    const twice = await clients.ingrid.gql(ADD, { g: group.id, v: 2, input: withGp() });
    expect(twice.errors?.[0]).toMatchObject({ message: 'Dette er allerede et medlem av gruppen.', extensions: { code: 'CONFLICT' } });
  });

  it('only the person’s coordinator edits the group', async () => {
    const { group } = await personWithGroup();
    for (const client of [clients.marte, clients.ke, clients.gp, clients.citizen]) {
      expect(codeOf(await client.gql(ADD, { g: group.id, v: 1, input: withGp() }))).toBe('FORBIDDEN');
      expect(codeOf(await client.gql(COMPOSITION, { g: group.id, v: 1 }))).toBe('FORBIDDEN');
    }
    expect((await prisma().responsibilityGroup.findUniqueOrThrow({ where: { id: group.id } })).version).toBe(1);
  });
});

describe('who sees the group', () => {
  it('a member with the exchange consent, and KE, read it without addresses; a member without consent, or shut out by it, does not', async () => {
    const { personId, group } = await personWithGroup();
    await clients.ingrid.data(ADD, { g: group.id, v: 1, input: withGp() });
    await clients.ingrid.data(ADD, { g: group.id, v: 2, input: { userId: users.physio, roleInGroup: 'Fysioterapeut', unitId: units.physio } });
    for (const client of [clients.gp, clients.physio, clients.ke]) {
      const state = (await client.data(STATE, { p: personId })).group;
      expect(state.canManage).toBe(false);
      expect(state.group.canManage).toBe(false);
      expect(state.group.members).toHaveLength(4);
      expect(state.group.members.every((m: Member) => m.email === null)).toBe(true);
    }
    expect(await prisma().accessLogEntry.count({ where: { personId, action: 'group.read', actor: { username: DEMO_USERNAMES.gp } } })).toBe(1);

    // A restriction that shuts out the physiotherapy unit denies its member the group.
    const exchange = await prisma().consent.findFirstOrThrow({ where: { personId, scope: 'INFORMATION_EXCHANGE' } });
    await prisma().consentRestriction.create({
      data: { municipalityId, consentId: exchange.id, kind: 'PROFESSIONAL_ENVIRONMENT', description: 'Ikke fysioterapi', unitId: units.physio },
    });
    const shut = await clients.physio.gql(STATE, { p: personId });
    expect(codeOf(shut)).toBe('FORBIDDEN');
    expect(shut.data?.group ?? null).toBeNull();
    expect((await clients.gp.data(STATE, { p: personId })).group.group.members).toHaveLength(4);

    // Withdrawn: no member sees the group any longer; a provider outside it never did.
    await prisma().consent.update({ where: { id: exchange.id }, data: { withdrawnAt: new Date() } });
    expect(codeOf(await clients.gp.gql(STATE, { p: personId }))).toBe('FORBIDDEN');
    expect(await prisma().accessLogEntry.count({ where: { personId, action: 'group.read', denied: true, actor: { username: DEMO_USERNAMES.gp } } })).toBe(1);
    const outside = await personWithGroup();
    expect(codeOf(await clients.gp.gql(STATE, { p: outside.personId }))).toBe('FORBIDDEN');
  });
});

describe('reviews due', () => {
  it('lists the need review when due (overdue after the municipality’s months) and a composition to review at a transition; recording clears them', async () => {
    const { personId, group } = await personWithGroup();
    const { group: marteGroup } = await personWithGroup();
    // Established 13 months ago; the composition was reviewed then too.
    await prisma().responsibilityGroup.updateMany({
      where: { id: { in: [group.id, marteGroup.id] } },
      data: { establishedAt: asDate(day(-396)), compositionReviewedAt: asDate(day(-396)) },
    });
    const plan = await prisma().individualPlan.findFirstOrThrow({ where: { personId, status: 'ACTIVE' } });
    await prisma().planTransition.create({ data: { municipalityId, planId: plan.id, kind: 'WORK', date: asDate(day(30)) } });
    await prisma().planTransition.create({ data: { municipalityId, planId: plan.id, kind: 'OWN_HOME', date: asDate(day(200)) } });

    const due = (await clients.ingrid.data(DUE)).groupReviewsDue.filter((d: { groupId: string }) => d.groupId === group.id);
    expect(due).toEqual([
      { groupId: group.id, person: { id: personId }, reason: 'NEED', needReviewDue: day(-31), transitionDate: null, overdue: true },
      { groupId: group.id, person: { id: personId }, reason: 'COMPOSITION', needReviewDue: day(-31), transitionDate: day(30), overdue: false },
    ].map((d) => ({ ...d, needReviewDue: expect.any(String) })));
    expect((await clients.ke.data(DUE)).groupReviewsDue.map((d: { groupId: string }) => d.groupId)).toEqual(expect.arrayContaining([group.id, marteGroup.id]));
    expect((await clients.marte.data(DUE)).groupReviewsDue.map((d: { groupId: string }) => d.groupId)).not.toContain(group.id);
    expect(await prisma().accessLogEntry.count({ where: { personId, action: 'group.reviewsDue', actor: { username: DEMO_USERNAMES.coordinator } } })).toBe(1);

    const state = (await clients.ingrid.data(STATE, { p: personId })).group.group;
    expect(state).toMatchObject({ needReviewSoon: true, compositionReviewDueFor: day(30) });
    const reviewed = (await clients.ingrid.data(COMPOSITION, { g: group.id, v: 1 })).recordCompositionReview as View;
    expect(reviewed).toMatchObject({ compositionReviewedAt: day(0), compositionReviewDueFor: null, version: 2 });
    const needed = (await clients.ingrid.data(NEED, { g: group.id, v: 2, still: true })).recordNeedReview as View;
    expect(needed).toMatchObject({ lastNeedReview: day(0), needReviewSoon: false, status: 'ACTIVE', version: 3 });
    expect(codeOf(await clients.ingrid.gql(NEED, { g: group.id, v: 2, still: true }))).toBe('CONFLICT');
    expect((await clients.ingrid.data(DUE)).groupReviewsDue.map((d: { groupId: string }) => d.groupId)).not.toContain(group.id);
    const actions = (await prisma().historyEntry.findMany({ where: { entityId: group.id }, orderBy: { id: 'asc' } })).map((h) => [h.action, h.entityVersion]);
    expect(actions).toEqual([
      ['group.established', 1],
      ['group.compositionReviewed', 2],
      ['group.needReviewed', 3],
    ]);

    // Not needed any longer: recorded, and the group stays until the closing change form.
    const notNeeded = (await clients.ingrid.data(NEED, { g: group.id, v: 3, still: false })).recordNeedReview as View;
    expect(notNeeded).toMatchObject({ status: 'ACTIVE', version: 4 });
  });
});

describe('closing the group', () => {
  const SUBMIT = 'mutation ($input: SubmitChangeFormInput!) { submitChangeForm(input: $input) { id registeredAt } }';

  it('is a change form: it closes the group (raising its version), KE registers it, and a new group can be established after', async () => {
    const { personId, group } = await personWithGroup();
    await clients.ingrid.data(ADD, { g: group.id, v: 1, input: withGp() });
    const { submitChangeForm } = await clients.ingrid.data(SUBMIT, {
      input: { personId, kind: 'CLOSING_RESPONSIBILITY_GROUP', effectiveDate: day(0), reason: 'Behovet er dekket.', reportedBy: 'COORDINATOR' },
    });
    expect(submitChangeForm.registeredAt).toBeNull();
    const closed = await prisma().responsibilityGroup.findUniqueOrThrow({ where: { id: group.id } });
    expect(closed).toMatchObject({ status: 'CLOSED', version: 3 });

    const state = (await clients.ingrid.data(STATE, { p: personId })).group;
    expect(state.establishBlockers).toEqual([]);
    expect(state.group).toMatchObject({ id: group.id, status: 'CLOSED', canManage: false });
    expect(state.group.members).toHaveLength(3);
    expect(codeOf(await clients.ingrid.gql(ADD, { g: group.id, v: 2, input: { isPerson: true, roleInGroup: 'x' } }))).toBe('CONFLICT');
    const onClosed = await clients.ingrid.gql(COMPOSITION, { g: group.id, v: 3 });
    expect(onClosed.errors?.[0]?.message).toBe('Ansvarsgruppen er avsluttet og kan ikke endres.');

    const registered = await clients.ke.data('mutation ($id: ID!) { registerChangeForm(changeFormId: $id) { registeredAt } }', { id: submitChangeForm.id });
    expect(registered.registerChangeForm.registeredAt).not.toBeNull();
    expect((await prisma().responsibilityGroup.findUniqueOrThrow({ where: { id: group.id } })).status).toBe('CLOSED');

    const again = (await clients.ingrid.data(ESTABLISH, { input: { personId, wishedByPerson: true } })).establishGroup as View;
    expect(again.id).not.toBe(group.id);
    expect((await clients.ingrid.data(STATE, { p: personId })).group.group.id).toBe(again.id);
  });
});

describe('member candidates', () => {
  it('lists the person’s relatives and active staff, marking current members, for the coordinator only', async () => {
    const { personId, group } = await personWithGroup();
    await prisma().relative.create({ data: { municipalityId, personId, name: 'Anne Gruppe', relation: 'SPOUSE' } });
    await clients.ingrid.data(ADD, { g: group.id, v: 1, input: withGp() });
    const Q = 'query ($p: ID!) { groupMemberCandidates(personId: $p) { kind name userId relativeId unitId unitName relation isMember } }';
    const candidates = (await clients.ingrid.data(Q, { p: personId })).groupMemberCandidates;
    expect(candidates[0]).toMatchObject({ kind: 'RELATIVE', name: 'Anne Gruppe', relation: 'SPOUSE', isMember: false });
    expect(candidates).toContainEqual(expect.objectContaining({ kind: 'STAFF', userId: users.gp, isMember: true }));
    expect(candidates).toContainEqual(expect.objectContaining({ kind: 'STAFF', userId: users.physio, unitName: DEMO_UNITS.physio, isMember: false }));
    expect(codeOf(await clients.gp.gql(Q, { p: personId }))).toBe('FORBIDDEN');
  });
});
