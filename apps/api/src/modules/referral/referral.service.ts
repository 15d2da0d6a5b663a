import type { Context } from '../../context';
import type { Transaction } from '../../lib/versioned';
import { viewerOf } from '../../context';
import { badInput, type FieldError } from '../../graphql/errors';
import type { Role } from '../../generated/prisma/client';
import { POLICY, type Relationship } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import { recordAccess } from '../access-log/access-log.service';
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

export async function createReferral(ctx: Context, input: CreateReferralInput): Promise<SubmittedReferral> {
  const viewer = viewerOf(ctx);
  const fields: FieldError[] = [];
  if (!input.personId === !input.newPerson) fields.push({ field: 'personId', messageKey: 'validation.personOrNewPerson' });
  if (input.newPerson && !input.newPerson.dateOfBirth && !input.newPerson.expectedBirthDate) {
    fields.push({ field: 'newPerson.dateOfBirth', messageKey: 'validation.birthDateRequired' });
  }
  if (input.consentToRefer && !input.consentForm) fields.push({ field: 'consentForm', messageKey: 'validation.consentFormRequired' });
  if (fields.length > 0) throw badInput(fields);

  // One transaction: a referral that fails leaves no new person behind.
  const { referral, shownAs } = await ctx.db.$transaction(async (tx) => {
    const person = input.personId ? { id: input.personId, shownAs: undefined } : await personForReferral(tx, viewer, input.newPerson!);
    const created = await tx.referral.create({
      data: {
        municipalityId: viewer.municipalityId,
        personId: person.id,
        sourceKind: input.sourceKind,
        sourceName: input.sourceName.trim(),
        sourceOrganisation: input.sourceOrganisation?.trim() || null,
        channel: input.channel,
        requested: input.requested,
        needDescription: input.needDescription.trim(),
        consentToRefer: input.consentToRefer,
        consentForm: input.consentForm ?? null,
        homeVisitPlanned: input.homeVisitPlanned ?? false,
        registeredById: viewer.userId,
      },
      include: { person: { select: PERSON_REF_SELECT } },
    });
    return { referral: created, shownAs: person.shownAs };
  });
  await recordAccess(ctx, [referral.personId], 'referral.create');
  const { person, ...rest } = referral;
  return { ...rest, person: toPersonRef(shownAs ?? person, ctx.now) };
}

type PersonFields = Parameters<typeof toPersonRef>[0];

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
): Promise<{ id: string; shownAs?: PersonFields }> {
  const data = {
    municipalityId: viewer.municipalityId,
    firstName: given.firstName.trim(),
    lastName: given.lastName.trim(),
    nationalId: given.nationalId ?? null,
    dateOfBirth: given.dateOfBirth ?? null,
    expectedBirthDate: given.expectedBirthDate ?? null,
  };
  if (!data.nationalId) return tx.person.create({ data, select: { id: true } });
  // ON CONFLICT DO NOTHING: a concurrent referral for the same number waits for this one, and
  // then finds the person, rather than failing on the unique index.
  const [created] = await tx.person.createManyAndReturn({ data: [data], skipDuplicates: true, select: { id: true } });
  if (created) return created;
  const registered = await tx.person.findFirstOrThrow({ where: { nationalId: data.nationalId }, select: PERSON_REF_SELECT });
  if (normalName(registered.firstName) === normalName(data.firstName) && normalName(registered.lastName) === normalName(data.lastName)) {
    return mayListPersons(viewer) ? { id: registered.id } : { id: registered.id, shownAs: { ...data, id: registered.id } };
  }
  if (mayListPersons(viewer)) throw badInput([{ field: 'newPerson.nationalId', messageKey: 'validation.nationalIdTaken' }]);
  return { id: registered.id, shownAs: { ...data, id: registered.id } };
}

/** Whether the viewer's role may see every person of the municipality (the referral inbox). */
function mayListPersons(viewer: Viewer): boolean {
  return (POLICY['referral.list'] as Partial<Record<Role, Relationship>>)[viewer.activeRole] === 'tenant';
}
