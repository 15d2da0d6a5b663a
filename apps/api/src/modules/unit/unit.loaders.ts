import { defineLoader, oneBy } from '../../lib/loaders';
import type { StaffRef, UnitRef } from './unit.type';

export const unitById = defineLoader<string, UnitRef | null>(async (ctx, ids) => {
  const rows = await ctx.db.unit.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return oneBy(ids, rows, (row) => row.id);
});

export const staffById = defineLoader<string, StaffRef | null>(async (ctx, ids) => {
  const rows = await ctx.db.user.findMany({
    where: { id: { in: [...ids] }, kind: 'STAFF' },
    select: { id: true, name: true, title: true, phone: true, email: true },
  });
  return oneBy(ids, rows, (row) => row.id);
});
