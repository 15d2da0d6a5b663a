import { osloToday } from '@samhandling/shared';
import type { Context } from '../../context';
import type { Transaction } from '../../lib/versioned';
import { viewerOf } from '../../context';
import { badInput, type FieldError } from '../../graphql/errors';
import type { Role } from '../../generated/prisma/client';
import { POLICY, type Relationship } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import { recordAccess } from '../access-log/access-log.service';
import { recordHistory } from '../history/history.service';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import type { CreateReferralInput, NewPersonInput } from './referral.input';
import type { SubmittedReferral } from './referral.type';


/**
 * The person a referral is about, for the policy: a known person, or none yet (a new person).
 * Without a known person the policy denies citizens, who report only for themselves or a ward.
 */
export function referralTarget(input: CreateReferralInput) {
  return input.personId ? { personId: input.personId } : undefined;
}

/** Source kinds a citizen may report as: themselves, or as a relative of a ward. */
const CITIZEN_SOURCE_KINDS = new Set(['PERSON', 'RELATIVE']);

/** An unborn child: an expected birth date and no date of birth. */
export const isUnborn = (person: NewPersonInput) => Boolean(person.expectedBirthDate && !person.dateOfBirth);

/** The rules across fields, and the units named, checked before anything is written. */
async function referralProblems(ctx: Context, viewer: Viewer, input: CreateReferralInput): Promise<FieldError[]> {
  const fields: FieldError[] = [];
  if (!input.personId === !input.newPerson) fields.push({ field: 'personId', messageKey: 'validation.personOrNewPerson' });
  if (input.newPerson && !input.newPerson.dateOfBirth && !input.newPerson.expectedBirthDate) {
    fields.push({ field: 'newPerson.dateOfBirth', messageKey: 'validation.birthDateRequired' });
  }
  if (input.newPerson && isUnborn(input.newPerson) && !input.newPerson.parent) {
    fields.push({ field: 'newPerson.parent.name', messageKey: 'validation.parentRequired' });
  }
  if (viewer.activeRole === 'CITIZEN' && !CITIZEN_SOURCE_KINDS.has(input.sourceKind)) {
    fields.push({ field: 'sourceKind', messageKey: 'validation.invalidChoice' });
  }
  if (!input.consentToRefer) fields.push({ field: 'consentToRefer', messageKey: 'validation.consentRequired' });
  else if (!input.consentForm) fields.push({ field: 'consentForm', messageKey: 'validation.consentFormRequired' });
  if (input.isInpatient && !input.plannedDischargeDate) {
    fields.push({ field: 'plannedDischargeDate', messageKey: 'validation.dischargeDateRequired' });
  }
  const unitFields = (['sourceUnitId', 'wishedUnitId'] as const).filter((field) => input[field]);
  if (unitFields.length > 0) {
    // The tenant client finds only the municipality's own units.
    const ids = [...new Set(unitFields.map((field) => input[field]!))];
    const found = new Set((await ctx.db.unit.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((unit) => unit.id));
    for (const field of unitFields) if (!found.has(input[field]!)) fields.push({ field, messageKey: 'validation.unknownUnit' });
  }
  return fields;
}

/**
 * The next journal number of the municipality for the year, e.g. 2026/0042: taken in the
 * caller's transaction, so two referrals never get the same one and a failed one takes none.
 * Raw SQL passes by the tenant client's filter, so the municipality is named here.
 */
async function nextJournalNumber(tx: Transaction, municipalityId: string, year: number): Promise<string> {
  const [row] = await tx.$queryRaw<Array<{ last: number }>>`
    INSERT INTO "JournalCounter" ("municipalityId", "year", "last") VALUES (${municipalityId}::uuid, ${year}, 1)
    ON CONFLICT ("municipalityId", "year") DO UPDATE SET "last" = "JournalCounter"."last" + 1
    RETURNING "last"`;
  return `${year}/${String(row!.last).padStart(4, '0')}`;
}

export async function createReferral(ctx: Context, input: CreateReferralInput): Promise<SubmittedReferral> {
  const viewer = viewerOf(ctx);
  const fields = await referralProblems(ctx, viewer, input);
  if (fields.length > 0) throw badInput(fields);

  const services = (input.currentServices ?? []).map((item, position) => ({
    position,
    service: item.service.trim(),
    provider: item.provider?.trim() || null,
  }));
  // One transaction: a referral that fails leaves no new person, relative, number or history behind.
  const { referral, shownAs } = await ctx.db.$transaction(async (tx) => {
    const person = input.personId
      ? { id: input.personId, created: false }
      : await personForReferral(tx, viewer, input.newPerson!);
    const journalNumber = await nextJournalNumber(tx, viewer.municipalityId, Number(osloToday(ctx.now).slice(0, 4)));
    const data = {
      personId: person.id,
      journalNumber,
      sourceKind: input.sourceKind,
      sourceName: input.sourceName.trim(),
      sourceOrganisation: input.sourceOrganisation?.trim() || null,
      reporterCapacity: input.reporterCapacity?.trim() || null,
      sourceUnitId: input.sourceUnitId ?? null,
      channel: input.channel,
      requested: input.requested,
      needDescription: input.needDescription.trim(),
      consentToRefer: input.consentToRefer,
      consentForm: input.consentForm ?? null,
      consentDate: input.consentDate ?? null,
      consentHeardBy: input.consentHeardBy?.trim() || null,
      wishedCoordinator: input.wishedCoordinator?.trim() || null,
      wishedUnitId: input.wishedUnitId ?? null,
      isInpatient: input.isInpatient ?? false,
      plannedDischargeDate: input.isInpatient ? input.plannedDischargeDate! : null,
      homeVisitPlanned: input.homeVisitPlanned ?? false,
    };
    const created = await tx.referral.create({
      data: {
        ...data,
        municipalityId: viewer.municipalityId,
        receivedAt: ctx.now,
        registeredById: viewer.userId,
        currentServices: { create: services.map((item) => ({ ...item, municipalityId: viewer.municipalityId })) },
      },
      include: { person: { select: PERSON_REF_SELECT } },
    });
    // An unborn child's parent, as a relative with parental responsibility (no account: it gives no access).
    const parent = person.created && input.newPerson && isUnborn(input.newPerson) ? input.newPerson.parent : undefined;
    if (parent) {
      await tx.relative.create({
        data: {
          municipalityId: viewer.municipalityId,
          personId: person.id,
          name: parent.name.trim(),
          phone: parent.phone?.trim() || null,
          relation: 'PARENT',
          isGuardian: true,
        },
      });
    }
    await recordHistory(tx, ctx, {
      personId: person.id,
      referralId: created.id,
      entity: 'Referral',
      entityId: created.id,
      action: 'referral.received',
      // Never the national id.
      after: {
        ...data,
        currentServices: services.map(({ service, provider }) => ({ service, provider })),
        ...(parent ? { parent: { name: parent.name.trim(), phone: parent.phone?.trim() || null } } : {}),
        ...(person.shownAs ? { personAsGiven: givenNames(person.shownAs) } : {}),
      },
    });
    return { referral: created, shownAs: person.shownAs };
  });
  await recordAccess(ctx, [referral.personId], 'referral.create');
  return toSubmittedReferral({ ...referral, person: shownAs ?? referral.person }, ctx.now);
}

/** What the history keeps of the person as the submitter gave them (no national id). */
function givenNames(person: PersonFields) {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    dateOfBirth: person.dateOfBirth ? person.dateOfBirth.toISOString().slice(0, 10) : null,
    expectedBirthDate: person.expectedBirthDate ? person.expectedBirthDate.toISOString().slice(0, 10) : null,
  };
}

/** The columns of a SubmittedReferral, with its person as lists show them. */
export const SUBMITTED_SELECT = {
  id: true,
  journalNumber: true,
  sourceKind: true,
  requested: true,
  receivedAt: true,
  status: true,
  person: { select: PERSON_REF_SELECT },
} as const;

export function toSubmittedReferral(
  referral: Omit<SubmittedReferral, 'person'> & { person: PersonFields },
  now: Date,
): SubmittedReferral {
  const { id, journalNumber, sourceKind, requested, receivedAt, status, person } = referral;
  return { id, journalNumber, sourceKind, requested, receivedAt, status, person: toPersonRef(person, now) };
}

export type PersonFields = Parameters<typeof toPersonRef>[0];

/** A name as people type it: case, spacing and Unicode form do not matter. */
const normalName = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');

/**
 * The person a referral with a new person is about: created, or, when the national id is already
 * registered in the municipality, the registered person.
 *
 * A national id already registered must not answer differently to someone who may not see the
 * municipality's persons, or the form would tell anyone which numbers are known. So:
 * - the names given match the registered person's: the referral is theirs;
 * - they do not, and the viewer may see every person (the referral inbox): a field message says
 *   the number belongs to someone else (validation.nationalIdTaken);
 * - they do not, and the viewer may not: the referral is stored on the registered person, and
 *   the answer shows the person as given, the same answer as for a new person. The
 *   municipality's coordinating unit sees the referral under the registered person.
 * `shownAs` is what the answer shows when that is not the stored person.
 */
async function personForReferral(
  tx: Transaction,
  viewer: Viewer,
  given: NewPersonInput,
): Promise<{ id: string; created: boolean; shownAs?: PersonFields }> {
  const data = {
    municipalityId: viewer.municipalityId,
    firstName: given.firstName.trim(),
    lastName: given.lastName.trim(),
    nationalId: given.nationalId ?? null,
    dateOfBirth: given.dateOfBirth ?? null,
    expectedBirthDate: given.expectedBirthDate ?? null,
  };
  if (!data.nationalId) return { ...(await tx.person.create({ data, select: { id: true } })), created: true };
  // ON CONFLICT DO NOTHING: a concurrent referral for the same number waits for this one, and
  // then finds the person, rather than failing on the unique index.
  const [created] = await tx.person.createManyAndReturn({ data: [data], skipDuplicates: true, select: { id: true } });
  if (created) return { ...created, created: true };
  const registered = await tx.person.findFirstOrThrow({ where: { nationalId: data.nationalId }, select: PERSON_REF_SELECT });
  if (normalName(registered.firstName) === normalName(data.firstName) && normalName(registered.lastName) === normalName(data.lastName)) {
    return mayListPersons(viewer) ? { id: registered.id, created: false } : { id: registered.id, created: false, shownAs: { ...data, id: registered.id } };
  }
  if (mayListPersons(viewer)) throw badInput([{ field: 'newPerson.nationalId', messageKey: 'validation.nationalIdTaken' }]);
  return { id: registered.id, created: false, shownAs: { ...data, id: registered.id } };
}

/** Whether the viewer's role may see every person of the municipality (the referral inbox). */
export function mayListPersons(viewer: Viewer): boolean {
  return (POLICY['referral.list'] as Partial<Record<Role, Relationship>>)[viewer.activeRole] === 'tenant';
}
