import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { activeAssignmentFilter } from '../auth/policy';
import type { UnitOverview, UnitRef } from './unit.type';

function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/** The units the viewer leads: their coordinators' load and training needs. */
export async function myUnits(ctx: Context): Promise<UnitOverview[]> {
  const viewer = viewerOf(ctx);
  const [municipality, units] = await Promise.all([
    ctx.db.municipality.findFirstOrThrow({ select: { trainingOfferMonths: true } }),
    ctx.db.unit.findMany({
      where: { leaderId: viewer.userId },
      orderBy: { name: 'asc' },
      include: {
        coordinatorAssigns: {
          where: activeAssignmentFilter(ctx.now),
          select: { coordinatorId: true, isChildCoordinator: true },
        },
        staff: { include: { user: { select: { id: true, name: true, title: true, roles: true, active: true } } } },
        competenceRecords: {
          orderBy: { notifiedAt: 'desc' },
          include: { coordinator: { select: { name: true } } },
        },
      },
    }),
  ]);
  return units.map((unit) => ({
    id: unit.id,
    name: unit.name,
    coordinators: unit.staff
      .map(({ user }) => user)
      .filter((user) => user.active && user.roles.includes('COORDINATOR'))
      .map((user) => {
        const mine = unit.coordinatorAssigns.filter((a) => a.coordinatorId === user.id);
        return {
          userId: user.id,
          name: user.name,
          title: user.title,
          activeAssignments: mine.length,
          childCoordinatorAssignments: mine.filter((a) => a.isChildCoordinator).length,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    competenceNeeds: unit.competenceRecords.map((record) => ({
      id: record.id,
      trainingNeed: record.trainingNeed,
      coordinatorName: record.coordinator?.name ?? null,
      notifiedAt: record.notifiedAt,
      offerDueBy: addMonths(record.notifiedAt, municipality.trainingOfferMonths),
      trainingGivenAt: record.trainingGivenAt,
    })),
  }));
}

/** Every unit of the municipality by name: what a form or filter offers to choose from. */
export async function listUnits(ctx: Context): Promise<UnitRef[]> {
  // Sorted in Norwegian here: PGlite has no ICU collations, so the database would put Å before B.
  const units = await ctx.db.unit.findMany({ select: { id: true, name: true } });
  return units.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
