// The policy's "today" is the date in Oslo. From midnight in Oslo until midnight UTC (an hour in
// winter, two in summer) the date in UTC is still yesterday; the server here serves its requests
// at such a moment (its clock), so a policy on the UTC date fails these tests.
import { localDateAsUtcMidnight, osloToday } from '@samhandling/shared';
import { DEMO_PERSONS, DEMO_USERNAMES } from '../../demo/personas';
import { useTestServer } from '../../test-support/test-server';

jest.setTimeout(60_000);

const DAY_MS = 86_400_000;

/** The latest 23:30 UTC that has passed: Oslo (UTC+1 or UTC+2) is already on the next day. */
function lastHalfPastElevenUtc(): Date {
  const now = new Date();
  const tonight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 23, 30);
  return new Date(tonight <= now.getTime() ? tonight : tonight - DAY_MS);
}

const at = lastHalfPastElevenUtc();
/** Today in Oslo at the server's clock. */
const osloDay = osloToday(at);
/** The date in UTC at the server's clock: yesterday in Oslo. */
const utcDay = at.toISOString().slice(0, 10);
const server = useTestServer({}, () => at);

const CASELOAD = 'query { myCaseload { person { id age } } }';
const PERSON = 'query ($p: ID!) { person(personId: $p) { relation } }';
const codeOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code ?? 'OK';

it('runs at a moment when the date in Oslo is a day ahead of the date in UTC', () => {
  expect(localDateAsUtcMidnight(osloDay).getTime() - localDateAsUtcMidnight(utcDay).getTime()).toBe(DAY_MS);
});

it('a coordinator assignment is in force from its first day in Oslo until its last', async () => {
  const prisma = server().database.prisma;
  const ingrid = await prisma.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.coordinator } });
  const newPerson = (firstName: string, dateOfBirth: Date) =>
    prisma.person.create({ data: { municipalityId: ingrid.municipalityId, firstName, lastName: 'Midnatt', dateOfBirth } });
  // Turns 40 today in Oslo (still 39 by the date in UTC).
  const starting = await newPerson('Starter', localDateAsUtcMidnight(`${Number(osloDay.slice(0, 4)) - 40}${osloDay.slice(4)}`));
  const ending = await newPerson('Slutter', new Date('1980-01-01'));
  await prisma.coordinatorAssignment.createMany({
    data: [
      // Starts today in Oslo: tomorrow by the date in UTC.
      { municipalityId: ingrid.municipalityId, personId: starting.id, coordinatorId: ingrid.id, startDate: localDateAsUtcMidnight(osloDay) },
      // Ended yesterday in Oslo: today by the date in UTC.
      {
        municipalityId: ingrid.municipalityId,
        personId: ending.id,
        coordinatorId: ingrid.id,
        startDate: new Date(localDateAsUtcMidnight(osloDay).getTime() - 30 * DAY_MS),
        endDate: localDateAsUtcMidnight(utcDay),
      },
    ],
  });

  const client = await server().signIn(DEMO_USERNAMES.coordinator);
  const { myCaseload } = await client.data(CASELOAD);
  const ids = myCaseload.map((entry: { person: { id: string } }) => entry.person.id);
  expect({ starting: ids.includes(starting.id), ending: ids.includes(ending.id) }).toEqual({ starting: true, ending: false });
  expect(myCaseload.find((entry: { person: { id: string } }) => entry.person.id === starting.id).person.age).toBe(40);

  expect(await client.data(PERSON, { p: starting.id })).toEqual({ person: { relation: 'COORDINATOR' } });
  expect(codeOf(await client.gql(PERSON, { p: ending.id }))).toBe('FORBIDDEN');
});

it('an information-exchange consent holds until the end of its last day in Oslo', async () => {
  const prisma = server().database.prisma;
  const kjell = await prisma.person.findFirstOrThrow({ where: DEMO_PERSONS.renewalDue });
  const gp = await server().signIn(DEMO_USERNAMES.gp); // a member of Kjell's group
  const endConsentOn = (day: string) =>
    prisma.consent.updateMany({
      where: { personId: kjell.id, scope: 'INFORMATION_EXCHANGE', withdrawnAt: null },
      data: { periodEnd: localDateAsUtcMidnight(day) },
    });
  expect((await endConsentOn(osloDay)).count).toBeGreaterThan(0);
  expect(await gp.data(PERSON, { p: kjell.id })).toEqual({ person: { relation: 'GROUP_MEMBER' } });
  // Ended yesterday in Oslo (the date in UTC): no longer in force.
  await endConsentOn(utcDay);
  expect(codeOf(await gp.gql(PERSON, { p: kjell.id }))).toBe('FORBIDDEN');
});
