// @Can(action, target?) puts a root field behind the policy: it authorizes before the resolver
// runs and records the decision's access scope for @Access(). Fields without it are denied
// (see schema.ts), and a test checks that every root field has one.
import type { GraphQLResolveInfo } from 'graphql';
import { createMethodMiddlewareDecorator, createParameterDecorator } from 'type-graphql';
import type { Context } from '../context';
import { recordAccess } from '../modules/access-log/access-log.service';
import { authorize, type AccessScope, type Action, type PolicyTarget } from '../modules/auth/policy';
import { AppError } from './errors';
import { isWellFormedId } from './ids';

type TargetOf<TArgs> = (args: TArgs, ctx: Context) => PolicyTarget | undefined | Promise<PolicyTarget | undefined>;

interface PolicyRegistration {
  action: Action;
}

const registry = new Map<Function, Map<string, PolicyRegistration>>();

export function policyFor(resolverClass: Function, methodName: string): PolicyRegistration | undefined {
  return registry.get(resolverClass)?.get(methodName);
}

const pathKey = (info: GraphQLResolveInfo) => `${info.path.typename ?? ''}.${String(info.path.key)}`;

export function Can<TArgs = Record<string, unknown>>(action: Action, target?: TargetOf<TArgs>): MethodDecorator {
  const middleware = createMethodMiddlewareDecorator<Context>(async ({ args, context, info }, next) => {
    let person: PolicyTarget | undefined;
    const lookup = target && (async () => (person = await target(args as TArgs, context)));
    try {
      context.accessByPath.set(pathKey(info), await authorize(context, action, lookup));
    } catch (error) {
      // A refused attempt at a person's data is logged too, so the person sees who tried.
      if (person && error instanceof AppError && error.code === 'FORBIDDEN') await recordDenied(context, person.personId, action);
      throw error;
    }
    return next();
  });
  return (prototype, methodName, descriptor) => {
    const byMethod = registry.get(prototype.constructor) ?? new Map<string, PolicyRegistration>();
    byMethod.set(String(methodName), { action });
    registry.set(prototype.constructor, byMethod);
    middleware(prototype, methodName, descriptor);
  };
}

/** Logs the refused attempt, for a person of the viewer's municipality (others are no one's to see). */
async function recordDenied(ctx: Context, personId: string, action: Action): Promise<void> {
  if (!ctx.viewer || !isWellFormedId(personId)) return;
  if ((await ctx.db.person.count({ where: { id: personId } })) === 0) return;
  await recordAccess(ctx, [personId], action, { denied: true });
}

/** The access scope @Can decided for this root field. */
export function Access() {
  return createParameterDecorator<Context>(({ context, info }) => {
    const scope = context.accessByPath.get(pathKey(info));
    if (!scope) throw new Error(`@Access() used on ${pathKey(info)} without @Can`);
    return scope;
  });
}

export type { AccessScope };
