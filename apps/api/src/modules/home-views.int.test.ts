// Each role's home view returns the seeded municipality's data, and reads are access-logged.
import { DEMO_FACTS, DEMO_USERNAMES } from '../demo/personas';
import { useTestServer } from '../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();



it('KE sees referrals by status and the register counts', async () => {
  const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
  const { keOverview, referrals } = await ke.data(
    'query { keOverview { referralCounts { status count } activePlans draftPlans activeGroups personsWithCoordinator unregisteredChangeForms } referrals(filter: { statuses: [RECEIVED] }) { nodes { person { name } sourceKind status } } }',
  );
  const counts = Object.fromEntries(keOverview.referralCounts.map((c: { status: string; count: number }) => [c.status, c.count]));
  expect(counts).toEqual(DEMO_FACTS.referralsByStatus);
  expect(keOverview.activePlans).toBe(DEMO_FACTS.plansByStatus.ACTIVE);
  expect(keOverview.draftPlans).toBe(DEMO_FACTS.plansByStatus.DRAFT);
  expect(keOverview.activeGroups).toBe(DEMO_FACTS.activeGroupCount);
  expect(keOverview.personsWithCoordinator).toBe(DEMO_FACTS.personsWithActiveCoordinator);
  expect(keOverview.unregisteredChangeForms).toBe(DEMO_FACTS.unregisteredChangeForms);
  expect(referrals.nodes).toHaveLength(DEMO_FACTS.referralsByStatus.RECEIVED);
  expect(new Set(referrals.nodes.map((r: { sourceKind: string }) => r.sourceKind))).toEqual(new Set(DEMO_FACTS.receivedReferralSourceKinds));
});

it('a coordinator sees their caseload, and each read is in the person’s access log', async () => {
  const ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  const { myCaseload } = await ingrid.data('query { myCaseload { person { id name } planStatus openMeasures } }');
  expect(myCaseload).toHaveLength(DEMO_FACTS.ingridCaseloadSize);
  const sofie = myCaseload.find((entry: { person: { name: string } }) => entry.person.name === DEMO_FACTS.citizenPersonName);
  expect(sofie.planStatus).toBe('ACTIVE');
  const logged = await server().database.prisma.accessLogEntry.findMany({
    where: { personId: sofie.person.id, action: 'caseload.read', actor: { username: DEMO_USERNAMES.coordinator } },
  });
  expect(logged).toHaveLength(1);
  expect(logged[0]!.actorRole).toBe('COORDINATOR');
});

it('the citizen sees their plan in full, and who has read it', async () => {
  const citizen = await server().signIn(DEMO_USERNAMES.citizen);
  const { actingFor, me } = await citizen.data('query { actingFor { id name } me { personId } }');
  expect(actingFor).toHaveLength(1);
  const personId = actingFor[0].id;
  expect(me.personId).toBe(personId);
  const ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  await ingrid.data('query ($p: ID!) { plan(personId: $p) { id } }', { p: personId });
  const { plan, accessLog } = await citizen.data(
    'query ($p: ID!) { plan(personId: $p) { status goals { kind } measures { responsible } coordinators { name } hiddenLifeAreas } accessLog(personId: $p) { entries { actorName action count } } }',
    { p: personId },
  );
  expect(plan.status).toBe('ACTIVE');
  expect(plan.goals.filter((g: { kind: string }) => g.kind === 'LONG_TERM')).toHaveLength(DEMO_FACTS.sofieLongTermGoals);
  expect(plan.goals.filter((g: { kind: string }) => g.kind === 'SHORT_TERM')).toHaveLength(DEMO_FACTS.sofieShortTermGoals);
  expect(plan.measures).toHaveLength(DEMO_FACTS.sofieMeasures);
  expect(plan.measures.every((m: { responsible: string }) => m.responsible.length > 0)).toBe(true);
  expect(plan.coordinators.map((c: { name: string }) => c.name)).toContain('Ingrid Solberg');
  expect(plan.hiddenLifeAreas).toEqual([]);
  expect(accessLog.entries).toEqual(expect.arrayContaining([{ actorName: 'Ingrid Solberg', action: 'plan.read', count: 1 }]));
});

it('a service provider sees their groups and measures, less what the consent hides', async () => {
  const per = await server().signIn(DEMO_USERNAMES.gp);
  const { myParticipation } = await per.data('query { myParticipation { person { name } hasAccess myMeasures { description } } }');
  expect(myParticipation).toHaveLength(DEMO_FACTS.perLegeActiveGroupCount);
  const sofie = myParticipation.find((p: { person: { name: string } }) => p.person.name === DEMO_FACTS.citizenPersonName);
  expect(sofie.hasAccess).toBe(true);
  // Sofie refused exchange on one matter: the provider's view of her plan hides that life area.
  const personId = (await server().database.prisma.person.findFirstOrThrow({ where: { firstName: 'Sofie', lastName: 'Berg' } })).id;
  const restriction = await server().database.prisma.consentRestriction.findFirst({
    where: { kind: 'MATTER', consent: { personId, scope: 'INFORMATION_EXCHANGE', withdrawnAt: null } },
  });
  const { plan } = await per.data('query ($p: ID!) { plan(personId: $p) { goals { lifeArea } hiddenLifeAreas } }', { p: personId });
  if (restriction?.lifeArea) {
    expect(plan.hiddenLifeAreas).toEqual([restriction.lifeArea]);
    expect(plan.goals.map((g: { lifeArea: string | null }) => g.lifeArea)).not.toContain(restriction.lifeArea);
  } else {
    expect(plan.hiddenLifeAreas).toEqual([]);
  }
});

it('a unit leader sees the unit’s coordinators and training needs', async () => {
  const ola = await server().signIn(DEMO_USERNAMES.unitLeader);
  const { myUnits } = await ola.data('query { myUnits { name coordinators { name activeAssignments } competenceNeeds { notifiedAt offerDueBy } } }');
  expect(myUnits.map((u: { name: string }) => u.name)).toEqual(['Hjemmetjenesten']);
  const ingrid = myUnits[0].coordinators.find((c: { name: string }) => c.name === 'Ingrid Solberg');
  expect(ingrid.activeAssignments).toBe(DEMO_FACTS.ingridCaseloadSize);
  for (const need of myUnits[0].competenceNeeds) {
    const months = (new Date(need.offerDueBy).getTime() - new Date(need.notifiedAt).getTime()) / (30.44 * 86400_000);
    expect(Math.round(months)).toBe(6);
  }
});
