// A consent's files over HTTP against a real database: the signed form uploaded as a raw body
// (its type sniffed from its first bytes, at most 10 MB, never for an oral consent, a new one
// replacing the old with history) and downloaded back byte for byte; the person's copy of the
// consent as a PDF, read back as text; who may do each (every role), and the access log.
import { createHash } from 'node:crypto';
import { DEMO_PERSONS, DEMO_UNITS, DEMO_USERNAMES } from '../../demo/personas';
import type { Db } from '../../lib/db';
import { dayFromToday as day } from '../../test-support/dates';
import { expectPdfA, readPdf } from '../../test-support/pdf';
import { useTestServer, type ApiClient } from '../../test-support/test-server';

jest.setTimeout(180_000);

const server = useTestServer();
const prisma = () => server().database.prisma as Db;

const MB = 1024 * 1024;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
/** A file of `size` bytes that starts as a PDF does. */
const pdfOfSize = (size: number) => {
  const file = Buffer.alloc(size, 0x20);
  file.write('%PDF-1.7\n');
  file.write('%%EOF\n', size - 6);
  return file;
};

type Client = 'ingrid' | 'ke' | 'lars' | 'unitLeader' | 'gp' | 'citizen' | 'guardian';
const clients = {} as Record<Client, ApiClient>;
let sofieId: string;
let writtenConsentId: string;
let oralConsentId: string;
let signedForm: Buffer;

beforeAll(async () => {
  clients.ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  clients.ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
  clients.lars = await server().signIn(DEMO_USERNAMES.mentalHealthCoordinator);
  clients.unitLeader = await server().signIn(DEMO_USERNAMES.unitLeader);
  clients.gp = await server().signIn(DEMO_USERNAMES.gp);
  clients.citizen = await server().signIn(DEMO_USERNAMES.citizen);
  clients.guardian = await server().signIn(DEMO_USERNAMES.guardian);
  sofieId = (await prisma().person.findFirstOrThrow({ where: DEMO_PERSONS.citizen })).id;
  writtenConsentId = (await prisma().consent.findFirstOrThrow({ where: { personId: sofieId, scope: 'INFORMATION_EXCHANGE', withdrawnAt: null } })).id;
  const ragnhild = await prisma().person.findFirstOrThrow({ where: DEMO_PERSONS.draftPlan });
  oralConsentId = (await prisma().consent.findFirstOrThrow({ where: { personId: ragnhild.id, form: 'ORAL' } })).id;
  // A real PDF for the signed form: the consent's own copy.
  signedForm = Buffer.from(await (await clients.ingrid.fetch(`/api/consents/${writtenConsentId}/pdf`)).arrayBuffer());
});

const documentUrl = (consentId: string) => `/api/consents/${consentId}/document`;
const upload = (client: ApiClient, consentId: string, body: Buffer, contentType: string, fileName?: string) =>
  client.fetch(`${documentUrl(consentId)}${fileName ? `?fileName=${encodeURIComponent(fileName)}` : ''}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: new Uint8Array(body),
  });
const errorOf = async (response: Response) => ((await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> }).errors[0]!;
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
const stored = () => prisma().consentDocument.findUnique({ where: { consentId: writtenConsentId } });
const logged = (action: string, username: string, denied = false) =>
  prisma().accessLogEntry.count({ where: { personId: sofieId, action, denied, actor: { username } } });

describe('uploading the signed form', () => {
  it('is refused for every role but the coordinator of the person and KE, before the file is read, and logged', async () => {
    for (const client of [clients.lars, clients.unitLeader, clients.gp, clients.citizen, clients.guardian]) {
      const response = await upload(client, writtenConsentId, signedForm, 'application/pdf');
      expect(response.status).toBe(403);
      expect((await errorOf(response)).extensions.code).toBe('FORBIDDEN');
    }
    const anonymous = await upload(server().anonymous(), writtenConsentId, signedForm, 'application/pdf');
    expect(anonymous.status).toBe(401);
    expect(await stored()).toBeNull();
    expect(await logged('consent.documentUpload', DEMO_USERNAMES.mentalHealthCoordinator, true)).toBe(1);
  });

  it('refuses a file whose content is not the type it claims: a PNG sent as a PDF', async () => {
    const response = await upload(clients.ingrid, writtenConsentId, PNG, 'application/pdf');
    expect(response.status).toBe(415);
    const error = await errorOf(response);
    expect(error.message).toBe('Innholdet i filen er ikke en PDF, som filtypen sier. Last opp den signerte erklæringen som PDF, PNG eller JPEG.');
    const asJpeg = await upload(clients.ingrid, writtenConsentId, signedForm, 'image/jpeg');
    expect(asJpeg.status).toBe(415);
    expect(await stored()).toBeNull();
  });

  it('refuses other types and an empty file', async () => {
    for (const type of ['text/plain', 'image/gif', 'application/json']) {
      const response = await upload(clients.ingrid, writtenConsentId, type === 'application/json' ? Buffer.from('{"a":1}') : PNG, type);
      expect([type, response.status]).toEqual([type, 415]);
      expect((await errorOf(response)).message).toBe('Filen må være en PDF, PNG eller JPEG.');
    }
    const empty = await upload(clients.ingrid, writtenConsentId, Buffer.alloc(0), 'application/pdf');
    expect(empty.status).toBe(400);
    expect(await stored()).toBeNull();
  });

  it('refuses a file over 10 MB with 413 and a clear message, and takes one of exactly 10 MB', async () => {
    const tooLarge = await upload(clients.ingrid, writtenConsentId, pdfOfSize(10 * MB + 1), 'application/pdf');
    expect(tooLarge.status).toBe(413);
    const error = await errorOf(tooLarge);
    expect(error.message).toBe('Filen er for stor. Den kan være høyst 10 MB.');
    expect((await errorOf(await upload(clients.ingrid.withLocale('en'), writtenConsentId, pdfOfSize(10 * MB + 1), 'application/pdf'))).message).toBe(
      'The file is too large. It can be at most 10 MB.',
    );
    expect(await stored()).toBeNull();
    const largest = await upload(clients.ingrid, writtenConsentId, pdfOfSize(10 * MB), 'application/pdf', 'stor.pdf');
    expect(largest.status).toBe(201);
    expect((await stored())?.byteSize).toBe(10 * MB);
  });

  it('stores a valid PDF, which comes back byte for byte, and a new upload replaces it with history', async () => {
    const response = await upload(clients.ingrid, writtenConsentId, signedForm, 'application/pdf; charset=binary', 'C:\\skann\\Samtykke Sofie – signert.pdf');
    expect(response.status).toBe(201);
    const { consent } = (await response.json()) as { consent: { document: { fileName: string; mediaType: string; byteSize: number; sha256: string; url: string } } };
    expect(consent.document).toMatchObject({
      fileName: 'Samtykke Sofie – signert.pdf',
      mediaType: 'application/pdf',
      byteSize: signedForm.length,
      sha256: sha256(signedForm),
      url: documentUrl(writtenConsentId),
    });
    for (const client of [clients.citizen, clients.ingrid, clients.ke]) {
      const download = await client.fetch(documentUrl(writtenConsentId));
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-disposition')).toBe('attachment; filename="Samtykke Sofie _ signert.pdf"');
      expect(download.headers.get('cache-control')).toBe('no-store');
      expect(Buffer.from(await download.arrayBuffer()).equals(signedForm)).toBe(true);
    }
    expect(await logged('consent.documentDownload', DEMO_USERNAMES.citizen)).toBe(1);
    expect(await logged('consent.documentUpload', DEMO_USERNAMES.coordinator)).toBeGreaterThanOrEqual(1);

    const replaced = await upload(clients.ke, writtenConsentId, JPEG, 'image/jpeg');
    expect(replaced.status).toBe(201);
    const again = await clients.citizen.fetch(documentUrl(writtenConsentId));
    expect(again.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await again.arrayBuffer()).equals(JPEG)).toBe(true);
    expect((await stored())?.fileName).toBe(`samtykke-${day(0)}.jpg`);
    const history = await prisma().historyEntry.findMany({ where: { entityId: writtenConsentId }, orderBy: { at: 'asc' } });
    const last = history[history.length - 1]!;
    expect(last.action).toBe('consent.documentReplaced');
    expect(last.before).toMatchObject({ fileName: 'Samtykke Sofie – signert.pdf', sha256: sha256(signedForm) });
    expect(last.after).toMatchObject({ mediaType: 'image/jpeg', sha256: sha256(JPEG), byteSize: JPEG.length });
    // The person's list of consents says a form is stored.
    const { consents } = await clients.citizen.data<{ consents: Array<{ id: string; document: { mediaType: string } | null }> }>(
      'query ($p: ID!) { consents(personId: $p) { id document { mediaType } } }',
      { p: sofieId },
    );
    expect(consents.find((c) => c.id === writtenConsentId)?.document).toEqual({ mediaType: 'image/jpeg' });
  });

  it('is not for an oral consent', async () => {
    const response = await upload(clients.ingrid, oralConsentId, PNG, 'image/png');
    expect(response.status).toBe(409);
    expect((await errorOf(response)).message).toBe('Et muntlig samtykke har ingen signert erklæring å laste opp.');
    expect(await prisma().consentDocument.count({ where: { consentId: oralConsentId } })).toBe(0);
  });

  it('an unknown consent is 404, a malformed id 400', async () => {
    expect((await upload(clients.ingrid, '6f1c7d2e-1111-4c3b-9a55-000000000000', PNG, 'image/png')).status).toBe(404);
    expect((await upload(clients.ingrid, 'not-an-id', PNG, 'image/png')).status).toBe(400);
  });
});

describe('downloading the signed form', () => {
  it('is for the person or guardian, the coordinator and KE; the others are FORBIDDEN and logged', async () => {
    for (const client of [clients.lars, clients.unitLeader, clients.gp, clients.guardian]) {
      const response = await client.fetch(documentUrl(writtenConsentId));
      expect(response.status).toBe(403);
    }
    expect((await server().anonymous().fetch(documentUrl(writtenConsentId))).status).toBe(401);
    // Logged for a role the rule has, with no relationship to the person (the others learn nothing of the consent).
    expect(await logged('consent.documentDownload', DEMO_USERNAMES.mentalHealthCoordinator, true)).toBe(1);
    expect(await logged('consent.documentDownload', DEMO_USERNAMES.gp, true)).toBe(0);
  });

  it('is 404 when no form is stored', async () => {
    const planConsent = await prisma().consent.findFirstOrThrow({ where: { personId: sofieId, scope: 'INDIVIDUAL_PLAN' } });
    const response = await clients.citizen.fetch(documentUrl(planConsent.id));
    expect(response.status).toBe(404);
  });
});

describe("the person's copy as PDF", () => {
  const pdfOf = (client: ApiClient, consentId: string, lang?: string) => client.fetch(`/api/consents/${consentId}/pdf${lang ? `?lang=${lang}` : ''}`);

  it('says who consented, to what, the period, what they were told and the restrictions in words, in PDF/A', async () => {
    const response = await pdfOf(clients.citizen, writtenConsentId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const body = Buffer.from(await response.arrayBuffer());
    expectPdfA(body);
    const { text, title } = await readPdf(body);
    expect(title).toBe('Samtykke for Sofie Berg');
    for (const expected of [
      'Fjordvik kommune',
      'Samtykke: Utveksling av opplysninger',
      'Sofie Berg selv',
      'Skriftlig',
      'Gjelder',
      'Utvekslingen av taushetsbelagte opplysninger Ja',
      'Opplysninger om Sofies økonomi og gjeldsordning',
      'Gjelder: livsområdet økonomi',
      'Holdes tilbake fra: alle som deltar i arbeidet',
      'Ingrid Solberg',
      'Du kan når som helst trekke samtykket tilbake',
    ]) {
      expect([expected, text.includes(expected)]).toEqual([expected, true]);
    }
    expect(await logged('consent.export', DEMO_USERNAMES.citizen)).toBeGreaterThanOrEqual(1);
  });

  it('names the goal, unit, oral hearer, guardian and young person’s view, and a withdrawal; KE sees the goal unnamed', async () => {
    const emil = await prisma().person.findFirstOrThrow({ where: DEMO_PERSONS.guardianChild });
    const jonas = await server().signIn(DEMO_USERNAMES.childCoordinator);
    const mother = await prisma().relative.findFirstOrThrow({ where: { personId: emil.id, isGuardian: true } });
    const goal = await prisma().goal.findFirstOrThrow({ where: { plan: { personId: emil.id }, removedAt: null } });
    const school = await prisma().unit.findFirstOrThrow({ where: { name: DEMO_UNITS.school } });
    await prisma().consent.updateMany({ where: { personId: emil.id, scope: 'INFORMATION_EXCHANGE', withdrawnAt: null }, data: { withdrawnAt: new Date() } });
    const { registerConsent } = await jonas.data<{ registerConsent: { id: string } }>(
      'mutation ($input: RegisterConsentInput!) { registerConsent(input: $input) { id } }',
      {
        input: {
          personId: emil.id,
          scope: 'INFORMATION_EXCHANGE',
          form: 'ORAL',
          givenAt: day(0),
          heardAt: new Date().toISOString(),
          givenByRelativeId: mother.id,
          youngPersonView: 'Emil vil selv fortelle læreren om anfallene.',
          youngPersonAgrees: true,
          informedOfInformationExchange: true,
          restrictions: [{ kind: 'MATTER', goalId: goal.id, unitId: school.id, description: 'Målet holdes utenfor skolen' }],
        },
      },
    );
    const { text } = await readPdf(Buffer.from(await (await pdfOf(jonas, registerConsent.id, 'nb')).arrayBuffer()));
    for (const expected of [
      'Emil Dahl',
      `${mother.name}, verge eller foresatt, for Emil Dahl`,
      'Muntlig',
      'Tatt imot av Jonas Lie',
      'Emil vil selv fortelle læreren om anfallene.',
      'Er enig i samtykket.',
      'Målet holdes utenfor skolen',
      `Gjelder: målet «${goal.description}»`,
      `Holdes tilbake fra: ${DEMO_UNITS.school}`,
    ]) {
      expect([expected, text.includes(expected)]).toEqual([expected, true]);
    }
    const forKe = await readPdf(Buffer.from(await (await pdfOf(clients.ke, registerConsent.id)).arrayBuffer()));
    expect(forKe.text).toContain('Gjelder: et mål i planen');
    expect(forKe.text).not.toContain(goal.description);

    await jonas.data('mutation ($id: ID!) { withdrawConsent(consentId: $id) { id } }', { id: registerConsent.id });
    const english = await readPdf(Buffer.from(await (await pdfOf(clients.guardian, registerConsent.id, 'en')).arrayBuffer()));
    expect(english.text).toContain('Withdrawn on');
    expect(english.text).toContain('Received by Jonas Lie');
    const nynorsk = await readPdf(Buffer.from(await (await pdfOf(clients.guardian, registerConsent.id, 'nn')).arrayBuffer()));
    expect(nynorsk.text).toContain('Trekt tilbake');
  });

  it('is for those who may list the consents; a refused attempt is logged; a bad language is 400', async () => {
    for (const client of [clients.lars, clients.unitLeader, clients.gp, clients.guardian]) {
      expect((await pdfOf(client, writtenConsentId)).status).toBe(403);
    }
    expect((await pdfOf(server().anonymous(), writtenConsentId)).status).toBe(401);
    expect(await logged('consent.export', DEMO_USERNAMES.mentalHealthCoordinator, true)).toBe(1);
    expect((await pdfOf(clients.ingrid, writtenConsentId, 'de')).status).toBe(400);
    expect((await pdfOf(clients.ingrid, '6f1c7d2e-1111-4c3b-9a55-000000000000')).status).toBe(404);
  });
});
