// The tenant-scoped client inside an interactive transaction: the scope holds for every statement
// of the transaction, and the statements are one unit (services rely on both, e.g. createReferral).
import { useTestServer } from '../test-support/test-server';
import { tenantClient } from './tenant';

jest.setTimeout(60_000);

const server = useTestServer();

it('scopes every statement of an interactive transaction to the municipality', async () => {
  const prisma = server().database.prisma;
  const home = await prisma.municipality.findFirstOrThrow();
  const other = await prisma.municipality.create({ data: { name: 'Nabovik kommune', number: '9996' } });
  const stranger = await prisma.person.create({
    data: { municipalityId: other.id, firstName: 'Ukjent', lastName: 'Nabo', dateOfBirth: new Date('1980-01-01') },
  });
  const db = tenantClient(prisma, home.id);

  const { seen, found, created } = await db.$transaction(async (tx) => ({
    seen: await tx.person.findMany({ select: { municipalityId: true } }),
    found: await tx.person.findFirst({ where: { id: stranger.id } }),
    // No municipality given: the scope adds it.
    created: await tx.person.create({
      data: { firstName: 'Innenfor', lastName: 'Transaksjon', dateOfBirth: new Date('2001-01-01') } as never,
    }),
  }));

  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every((row) => row.municipalityId === home.id)).toBe(true);
  expect(found).toBeNull();
  expect(created.municipalityId).toBe(home.id);
  await prisma.person.delete({ where: { id: created.id } });
});

it('rolls back every statement of a failed transaction on the scoped client', async () => {
  const prisma = server().database.prisma;
  const home = await prisma.municipality.findFirstOrThrow();
  const db = tenantClient(prisma, home.id);
  const before = await prisma.person.count();
  const failing = db.$transaction(async (tx) => {
    await tx.person.create({ data: { firstName: 'Rull', lastName: 'Tilbake', dateOfBirth: new Date('1990-01-01') } as never });
    // Against a check on Referral: consent without its form.
    await tx.referral.create({
      data: {
        personId: (await tx.person.findFirstOrThrow({ where: { lastName: 'Tilbake' } })).id,
        sourceKind: 'PERSON',
        sourceName: 'Rull Tilbake',
        channel: 'ORAL',
        requested: 'BOTH',
        needDescription: 'Brudd på en regel i databasen.',
        consentToRefer: true,
        consentForm: null,
      } as never,
    });
  });
  await expect(failing).rejects.toThrow(/Referral_consent_form_recorded/);
  expect(await prisma.person.count()).toBe(before);
  expect(await prisma.person.count({ where: { lastName: 'Tilbake' } })).toBe(0);
});
