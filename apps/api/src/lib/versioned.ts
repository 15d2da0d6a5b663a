// Every edit names the version it started from: the update goes through only when the row
// still has that version, and bumps it. A stale save gets CONFLICT, never a silent overwrite.
import { conflict, notFound } from '../graphql/errors';
import type { TenantDb } from './tenant';

/** The scoped client inside ctx.db.$transaction. */
export type Transaction = Parameters<Parameters<TenantDb['$transaction']>[0]>[0];

interface VersionedDelegate {
  updateMany(args: { where: { id: string; version: number }; data: Record<string, unknown> }): Promise<{ count: number }>;
  count(args: { where: { id: string } }): Promise<number>;
}

/**
 * Updates the row `id` if it is still at `expectedVersion`; throws CONFLICT when another save
 * came first and NOT_FOUND when there is no such row (in the tenant).
 */
export async function updateVersioned(
  delegate: VersionedDelegate,
  id: string,
  expectedVersion: number,
  data: Record<string, unknown>,
): Promise<void> {
  const { count } = await delegate.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  if (count === 1) return;
  if ((await delegate.count({ where: { id } })) === 0) throw notFound();
  throw conflict('error.staleVersion');
}
