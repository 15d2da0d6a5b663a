import type { Context } from '../../context';
import type { Prisma } from '../../generated/prisma/client';
import { defineLoader, groupBy, oneBy } from '../../lib/loaders';
import { PERSON_REF_SELECT, toPersonRef } from './person.mapper';
import type { CoordinatorPeriod, Person, PersonRef, PlanPeriod } from './person.type';

/** What the Person node shows (the national id only for maskedNationalId). */
export const PERSON_NODE_SELECT = { ...PERSON_REF_SELECT, preferredLanguage: true, needsInterpreter: true, nationalId: true } as const;

type PersonNodeRow = Prisma.PersonGetPayload<{ select: typeof PERSON_NODE_SELECT }>;

export function toPerson(row: PersonNodeRow, now: Date): Person {
  return {
    ...toPersonRef(row, now),
    dateOfBirth: row.dateOfBirth,
    preferredLanguage: row.preferredLanguage,
    needsInterpreter: row.needsInterpreter,
    nationalId: row.nationalId,
  };
}

/** Persons by id. A query that read them already (a joined list) primes it. */
export const personById = defineLoader<string, Person | null>(async (ctx, ids) => {
  const rows = await ctx.db.person.findMany({ where: { id: { in: [...ids] } }, select: PERSON_NODE_SELECT });
  return oneBy(ids, rows, (row) => row.id).map((row) => (row ? toPerson(row, ctx.now) : null));
});

/** The person a record is about, as a reference (batched); `record` names the record if it has none. */
export async function personRefOf(ctx: Context, personId: string, record: string): Promise<PersonRef> {
  const person = await personById(ctx).load(personId);
  if (!person) throw new Error(`${record} without its person`);
  const { id, name, firstName, age, isChild, expectedBirthDate } = person;
  return { id, name, firstName, age, isChild, expectedBirthDate };
}

/** Every coordinator a person has had, the newest first. */
export const coordinatorPeriodsByPerson = defineLoader<string, CoordinatorPeriod[]>(async (ctx, personIds) => {
  const rows = await ctx.db.coordinatorAssignment.findMany({
    where: { personId: { in: [...personIds] } },
    orderBy: [{ startDate: 'desc' }, { createdAt: 'desc' }],
    select: {
      id: true,
      personId: true,
      isChildCoordinator: true,
      startDate: true,
      endDate: true,
      coordinator: { select: { name: true } },
      unit: { select: { name: true } },
    },
  });
  return groupBy(personIds, rows, (row) => row.personId).map((group) =>
    group.map((row) => ({
      id: row.id,
      coordinatorName: row.coordinator.name,
      unitName: row.unit?.name ?? null,
      isChildCoordinator: row.isChildCoordinator,
      startDate: row.startDate,
      endDate: row.endDate,
    })),
  );
});

/** A person's plans as the register holds them (status and period), the newest first. */
export const planPeriodsByPerson = defineLoader<string, PlanPeriod[]>(async (ctx, personIds) => {
  const rows = await ctx.db.individualPlan.findMany({
    where: { personId: { in: [...personIds] } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, personId: true, status: true, periodStart: true, periodEnd: true, createdAt: true, closedAt: true },
  });
  return groupBy(personIds, rows, (row) => row.personId).map((group) => group.map(({ personId: _personId, ...plan }) => plan));
});
