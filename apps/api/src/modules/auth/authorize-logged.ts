// The policy's decision with a refused attempt at a person's data logged, so the person sees who
// tried. The @Can decorator (GraphQL) and the routes that send files (PDFs) both decide through it.
import type { AccessLogAction } from '@samhandling/shared';
import type { Context } from '../../context';
import { AppError } from '../../graphql/errors';
import { isWellFormedId } from '../../graphql/ids';
import { recordAccess } from '../access-log/access-log.service';
import { authorize, type AccessScope, type Action, type PolicyTarget } from './policy';

export type TargetLookup = () => PolicyTarget | undefined | Promise<PolicyTarget | undefined>;

/**
 * authorize(), and when it refuses a viewer whose target was looked up, an access-log entry
 * marked denied. `loggedAs` names the attempt in the log when it is not the action itself
 * (a download is authorized as a read but logged as an export).
 */
export async function authorizeLogged(ctx: Context, action: Action, target?: TargetLookup, loggedAs: AccessLogAction = action): Promise<AccessScope> {
  let person: PolicyTarget | undefined;
  const lookup = target && (async () => (person = await target()));
  try {
    return await authorize(ctx, action, lookup);
  } catch (error) {
    if (person && error instanceof AppError && error.code === 'FORBIDDEN') await recordDenied(ctx, person.personId, loggedAs);
    throw error;
  }
}

/** Logs the refused attempt, for a person of the viewer's municipality (others are no one's to see). */
async function recordDenied(ctx: Context, personId: string, action: AccessLogAction): Promise<void> {
  if (!ctx.viewer || !isWellFormedId(personId)) return;
  if ((await ctx.db.person.count({ where: { id: personId } })) === 0) return;
  await recordAccess(ctx, [personId], action, { denied: true });
}
