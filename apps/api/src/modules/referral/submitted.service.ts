// The submitter's side of referrals: what they have sent and where it stands, finding the person
// a referral is about, and the units a reporter works in or a coordinator is wished from.
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import type { Prisma } from '../../generated/prisma/client';
import { recordAccess } from '../access-log/access-log.service';
import { activeAssignmentFilter } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import type { PersonRef } from '../person/person.type';
import { mayListPersons, SUBMITTED_SELECT, toSubmittedReferral, type PersonFields } from './referral.service';
import type { SubmittedReferral } from './referral.type';

/** At most this many persons in one search answer. */
export const PERSON_SEARCH_LIMIT = 20;

interface AsGiven {
  personAsGiven?: { firstName: string; lastName: string; dateOfBirth: string | null; expectedBirthDate: string | null };
}

/**
 * The viewer's referrals whose person was stored as a registered person other than the one the
 * viewer named (referral.service.ts, personForReferral), with the person as the viewer gave them.
 */
async function personsAsGiven(ctx: Context, viewer: Viewer, referralIds: string[]): Promise<Map<string, PersonFields>> {
  if (referralIds.length === 0) return new Map();
  const entries = await ctx.db.historyEntry.findMany({
    where: { referralId: { in: referralIds }, action: 'referral.received', actorId: viewer.userId },
    select: { referralId: true, personId: true, after: true },
  });
  const given = new Map<string, PersonFields>();
  for (const entry of entries) {
    const person = (entry.after as AsGiven | null)?.personAsGiven;
    if (!entry.referralId || !person) continue;
    given.set(entry.referralId, {
      id: entry.personId,
      firstName: person.firstName,
      lastName: person.lastName,
      dateOfBirth: person.dateOfBirth ? new Date(`${person.dateOfBirth}T00:00:00Z`) : null,
      expectedBirthDate: person.expectedBirthDate ? new Date(`${person.expectedBirthDate}T00:00:00Z`) : null,
    });
  }
  return given;
}

/** The referrals the viewer submitted, newest first, each with its status. */
export async function mySubmittedReferrals(ctx: Context): Promise<SubmittedReferral[]> {
  const viewer = viewerOf(ctx);
  const referrals = await ctx.db.referral.findMany({
    where: { registeredById: viewer.userId },
    select: SUBMITTED_SELECT,
    orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
  });
  // Only a role that may not see every person can have been shown a person other than the stored one.
  const given = mayListPersons(viewer) ? new Map<string, PersonFields>() : await personsAsGiven(ctx, viewer, referrals.map((r) => r.id));
  await recordAccess(ctx, referrals.map((r) => r.person.id), 'referral.listOwn');
  return referrals.map((referral) => toSubmittedReferral({ ...referral, person: given.get(referral.id) ?? referral.person }, ctx.now));
}

/**
 * The persons a staff member without the inbox is connected to: those they coordinate today,
 * those whose active responsibility group they are a member of, and those they registered a
 * referral for (unless it was stored on a registered person other than the one they named).
 */
async function connectedPersons(ctx: Context, viewer: Viewer): Promise<Prisma.PersonWhereInput> {
  const own = await ctx.db.referral.findMany({ where: { registeredById: viewer.userId }, select: { id: true, personId: true } });
  const given = await personsAsGiven(ctx, viewer, own.map((r) => r.id));
  const registeredFor = [...new Set(own.filter((r) => !given.has(r.id)).map((r) => r.personId))];
  return {
    OR: [
      { coordinatorAssigns: { some: { coordinatorId: viewer.userId, ...activeAssignmentFilter(ctx.now) } } },
      { groups: { some: { status: 'ACTIVE', members: { some: { userId: viewer.userId, leftAt: null } } } } },
      { id: { in: registeredFor } },
    ],
  };
}

/**
 * Persons by name (every word must be part of the first or the last name, case aside) or by
 * exact date of birth, or both: the system coordinator among all of the municipality's persons,
 * other staff among the persons they are connected to. Never the national id.
 */
export async function searchPersons(ctx: Context, query: string | undefined, dateOfBirth: Date | undefined): Promise<PersonRef[]> {
  const viewer = viewerOf(ctx);
  const words = (query ?? '').slice(0, 200).normalize('NFC').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  if (words.length === 0 && !dateOfBirth) return [];
  const conditions: Prisma.PersonWhereInput[] = words.map((word) => ({
    OR: [{ firstName: { contains: word, mode: 'insensitive' } }, { lastName: { contains: word, mode: 'insensitive' } }],
  }));
  if (dateOfBirth) conditions.push({ dateOfBirth });
  if (!mayListPersons(viewer)) conditions.push(await connectedPersons(ctx, viewer));
  const persons = await ctx.db.person.findMany({
    where: { AND: conditions },
    select: PERSON_REF_SELECT,
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    take: PERSON_SEARCH_LIMIT,
  });
  await recordAccess(ctx, persons.map((p) => p.id), 'person.search');
  return persons.map((person) => toPersonRef(person, ctx.now));
}
