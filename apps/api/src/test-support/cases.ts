// Cases written straight to the test database: a new person with their referral and (unless
// `none`) KE's decision in force, and a person ready for a plan (granted one, with the demo
// coordinator Ingrid Solberg since two days).
import { DEMO_MUNICIPALITY, DEMO_UNITS, DEMO_USERNAMES } from '../demo/personas';
import type { Prisma } from '../generated/prisma/client';
import type { Db } from '../lib/db';
import { asDate, dayFromToday as day } from './dates';

type Grants = { coordinator?: boolean; childCoordinator?: boolean; plan?: boolean };

export interface CaseOptions {
  /** Age in years (50 unless given); `unborn` for an expected child. */
  age?: number;
  unborn?: boolean;
  grants?: Grants | 'denied' | 'none';
  wishedCoordinator?: string;
  wishedUnitId?: string;
  /** The person's names, so a test can tell its persons apart (`Testperson<n> Testesen` unless given). */
  firstName?: string;
  lastName?: string;
}

let serial = 0;

const idOf = async (prisma: Db, username: string) => (await prisma.user.findUniqueOrThrow({ where: { username } })).id;

/** A referral the person sent in writing, with their consent, decided. */
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

/** A decided case (or, with `grants: 'none'`, one in assessment). */
export async function makeCase(prisma: Db, options: CaseOptions = {}) {
  serial += 1;
  const municipalityId = (await prisma.municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id;
  const person = await prisma.person.create({
    data: {
      municipalityId,
      firstName: options.firstName ?? `Testperson${serial}`,
      lastName: options.lastName ?? 'Testesen',
      dateOfBirth: options.unborn ? null : asDate(day(-365 * (options.age ?? 50) - 30)),
      expectedBirthDate: options.unborn ? asDate(day(60)) : null,
    },
  });
  const referral = await prisma.referral.create({
    data: {
      ...referralData(person, `2026/9${String(serial).padStart(3, '0')}`),
      status: options.grants === 'none' ? 'IN_ASSESSMENT' : 'DECIDED',
      wishedCoordinator: options.wishedCoordinator ?? null,
      wishedUnitId: options.wishedUnitId ?? null,
    },
  });
  if (options.grants === 'none') return { personId: person.id, referralId: referral.id, decisionId: null };
  const denied = options.grants === 'denied';
  const grants: Grants = options.grants === 'denied' ? {} : (options.grants ?? { coordinator: true, plan: true });
  const decision = await prisma.decision.create({
    data: {
      municipalityId,
      referralId: referral.id,
      personId: person.id,
      outcome: denied ? 'DENIED' : 'GRANTED',
      grantsCoordinator: grants.coordinator ?? false,
      grantsChildCoordinator: grants.childCoordinator ?? false,
      grantsIndividualPlan: grants.plan ?? false,
      longTermNeed: !denied,
      coordinatedServices: true,
      reasons: 'Begrunnelse for vedtaket, med vurdering av vilkårene.',
      appealInformation: denied ? 'Du kan klage innen tre uker til Statsforvalteren.' : null,
      decidedById: await idOf(prisma, DEMO_USERNAMES.systemCoordinator),
    },
  });
  return { personId: person.id, referralId: referral.id, decisionId: decision.id };
}

export interface PlanPersonOptions extends Pick<CaseOptions, 'age' | 'unborn' | 'firstName' | 'lastName'> {
  grantsPlan?: boolean;
  coordinator?: boolean;
}

/** A person whose decision grants a coordinator and (unless told otherwise) an individual plan; gives their id. */
export async function makePlanPerson(prisma: Db, options: PlanPersonOptions = {}): Promise<string> {
  const { grantsPlan, coordinator, ...person } = options;
  const { personId } = await makeCase(prisma, { ...person, grants: { coordinator: true, plan: grantsPlan ?? true } });
  if (coordinator ?? true) {
    const { municipalityId } = await prisma.person.findUniqueOrThrow({ where: { id: personId }, select: { municipalityId: true } });
    const unitId = (await prisma.unit.findFirstOrThrow({ where: { name: DEMO_UNITS.homeCare } })).id;
    await prisma.coordinatorAssignment.create({
      data: { municipalityId, personId, coordinatorId: await idOf(prisma, DEMO_USERNAMES.coordinator), unitId, startDate: asDate(day(-2)) },
    });
  }
  return personId;
}
