import { defineLoader, oneBy } from '../../lib/loaders';
import { PERSON_REF_SELECT, toPersonRef } from './person.mapper';
import type { Person } from './person.type';

/** Persons by id, with what the Person node shows (the national id only for maskedNationalId). */
export const personById = defineLoader<string, Person | null>(async (ctx, ids) => {
  const rows = await ctx.db.person.findMany({
    where: { id: { in: [...ids] } },
    select: { ...PERSON_REF_SELECT, preferredLanguage: true, needsInterpreter: true, nationalId: true },
  });
  return oneBy(ids, rows, (row) => row.id).map((row) =>
    row
      ? {
          ...toPersonRef(row, ctx.now),
          dateOfBirth: row.dateOfBirth,
          preferredLanguage: row.preferredLanguage,
          needsInterpreter: row.needsInterpreter,
          nationalId: row.nationalId,
        }
      : null,
  );
});
