// A person's case as tests need it, written straight to the database: a referral from the person
// (decided unless told otherwise) and, for the plan's tests, a decision in force that grants a
// coordinator and a plan, with a coordinator assigned.
import type { Prisma } from '../generated/prisma/client';
import type { Db } from '../lib/db';
import { asDate, dayFromToday } from './dates';

/** A referral the person sent in writing, with their consent. */
export function referralData(
  person: { id: string; municipalityId: string; firstName: string },
  journalNumber: string,
): Prisma.ReferralUncheckedCreateInput {
  return {
    municipalityId: person.municipalityId,
    personId: person.id,
    sourceKind: 'PERSON',
    sourceName: person.firstName,
    channel: 'WRITTEN',
    requested: 'BOTH',
    needDescription: 'Trenger koordinerte tjenester fra flere.',
    consentToRefer: true,
    consentForm: 'WRITTEN',
    status: 'DECIDED',
    journalNumber,
  };
}

export interface GrantedPersonInput {
  municipalityId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  journalNumber: string;
  /** KE's system coordinator, who decided. */
  decidedById: string;
  /** Whether the decision grants a plan too (it does unless told otherwise). */
  grantsPlan?: boolean;
  /** The coordinator assigned two days ago, from a unit; none when left out. */
  coordinator?: { userId: string; unitId: string };
}

/** A new person with a decided referral and a granted decision in force; gives the person's id. */
export async function createGrantedPerson(prisma: Db, input: GrantedPersonInput): Promise<string> {
  const { municipalityId } = input;
  const person = await prisma.person.create({
    data: { municipalityId, firstName: input.firstName, lastName: input.lastName, dateOfBirth: asDate(input.dateOfBirth) },
  });
  const referral = await prisma.referral.create({ data: referralData(person, input.journalNumber) });
  await prisma.decision.create({
    data: {
      municipalityId,
      referralId: referral.id,
      personId: person.id,
      outcome: 'GRANTED',
      grantsCoordinator: true,
      grantsIndividualPlan: input.grantsPlan ?? true,
      longTermNeed: true,
      coordinatedServices: true,
      reasons: 'Vilkårene er oppfylt.',
      decidedById: input.decidedById,
    },
  });
  if (input.coordinator) {
    await prisma.coordinatorAssignment.create({
      data: { municipalityId, personId: person.id, coordinatorId: input.coordinator.userId, unitId: input.coordinator.unitId, startDate: asDate(dayFromToday(-2)) },
    });
  }
  return person.id;
}
