import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { recordAccess } from '../access-log/access-log.service';
import { personsActedFor } from '../auth/policy';
import { PERSON_REF_SELECT, toPersonRef } from './person.mapper';
import type { PersonRef } from './person.type';

/** A citizen's own person and the persons they are guardian of. */
export async function actingFor(ctx: Context): Promise<PersonRef[]> {
  const ids = await personsActedFor(ctx.db, viewerOf(ctx));
  const persons = await ctx.db.person.findMany({ where: { id: { in: ids } }, select: PERSON_REF_SELECT });
  await recordAccess(ctx, ids, 'person.read');
  return ids.flatMap((id) => persons.filter((p) => p.id === id).map(toPersonRef));
}
