// A change of coordinator under way shows on both coordinators' caseloads and on the plan.
import { osloDate, osloTodayAsDate } from '@samhandling/shared';
import { DEMO_FACTS, DEMO_PERSONS, DEMO_USERNAMES } from '../../demo/personas';
import { useTestServer } from '../../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();

const today = osloTodayAsDate();
const inDays = (offset: number) => osloDate(new Date(today.getTime() + offset * 86_400_000));
const TERJE_HANDOVER = { fromName: 'Lars Brekke', toName: 'Ingrid Solberg', overlapUntil: inDays(14) };
const CASELOAD = 'query { myCaseload { person { name } endsOn handover { fromName toName overlapUntil } } }';

it('shows the handover on the caseload of the coordinator handing over and the one taking over', async () => {
  for (const username of [DEMO_USERNAMES.coordinator, DEMO_USERNAMES.mentalHealthCoordinator]) {
    const client = await server().signIn(username);
    const { myCaseload } = await client.data(CASELOAD);
    const terje = myCaseload.find((entry: { person: { name: string } }) => entry.person.name === DEMO_FACTS.coordinatorChangePersonName);
    expect({ username, handover: terje.handover }).toEqual({ username, handover: TERJE_HANDOVER });
    const others = myCaseload.filter((entry: { person: { name: string } }) => entry !== terje);
    expect(others.every((entry: { handover: unknown }) => entry.handover === null)).toBe(true);
  }
});

it('shows the handover with the plan, and the end date on the card of the coordinator handing over', async () => {
  const ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  const terje = await server().database.prisma.person.findFirstOrThrow({ where: DEMO_PERSONS.coordinatorChange });
  const query = 'query ($p: ID!) { plan(personId: $p) { coordinators { name until } coordinatorHandover { fromName toName overlapUntil } } }';
  const { plan } = await ingrid.data(query, { p: terje.id });
  expect(plan.coordinatorHandover).toEqual(TERJE_HANDOVER);
  expect(plan.coordinators).toEqual([
    { name: 'Lars Brekke', until: inDays(14) },
    { name: 'Ingrid Solberg', until: null },
  ]);

  const sofie = await server().database.prisma.person.findFirstOrThrow({ where: DEMO_PERSONS.citizen });
  expect((await ingrid.data(query, { p: sofie.id })).plan.coordinatorHandover).toBeNull();
});
