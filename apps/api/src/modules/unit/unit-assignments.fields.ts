// The coordinator assignments of a leader's units, for reporting a change of coordinator or a
// closing on them. Read only when asked for (the persons' names are their data: logged).
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { defineLoader } from '../../lib/loaders';
import { recordAccess } from '../access-log/access-log.service';
import { activeAssignmentFilter } from '../auth/policy';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import { UnitAssignment, UnitOverview } from './unit.type';

const assignmentsByUnit = defineLoader<string, UnitAssignment[]>(async (ctx, unitIds) => {
  const rows = await ctx.db.coordinatorAssignment.findMany({
    where: { unitId: { in: [...unitIds] }, ...activeAssignmentFilter(ctx.now) },
    orderBy: { startDate: 'asc' },
    select: { id: true, unitId: true, startDate: true, endDate: true, coordinator: { select: { name: true } }, person: { select: PERSON_REF_SELECT } },
  });
  await recordAccess(
    ctx,
    rows.map((row) => row.person.id),
    'unit.assignments',
  );
  // By name in Norwegian, here: PGlite has no ICU collations (as in listUnits).
  const byName = rows
    .map((row) => ({ row, name: `${row.person.firstName} ${row.person.lastName}` }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
    .map(({ row }) => row);
  return unitIds.map((unitId) =>
    byName
      .filter((row) => row.unitId === unitId)
      .map((row) => ({ id: row.id, person: toPersonRef(row.person, ctx.now), coordinatorName: row.coordinator.name, startDate: row.startDate, endDate: row.endDate })),
  );
});

@Resolver(() => UnitOverview)
export class UnitAssignmentsResolver {
  @FieldResolver(() => [UnitAssignment], { description: "The unit's coordinator assignments in force today, by the person's name" })
  assignments(@Root() unit: UnitOverview, @Ctx() ctx: Context): Promise<UnitAssignment[]> {
    // myUnits returns only units the viewer leads (unit.overview, own).
    return assignmentsByUnit(ctx).load(unit.id);
  }
}
