// @Can(action, target?) puts a root field behind the policy: it authorizes before the resolver
// runs (a refused attempt at a person's data is logged) and records the decision's access scope
// for @Access(). Fields without it are denied (see schema.ts), and a test checks that every root
// field has one.
import type { GraphQLResolveInfo } from 'graphql';
import { createMethodMiddlewareDecorator, createParameterDecorator } from 'type-graphql';
import type { Context } from '../context';
import { authorizeLogged } from '../modules/auth/authorize-logged';
import type { AccessScope, Action, PolicyTarget } from '../modules/auth/policy';

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
    const lookup = target && (() => target(args as TArgs, context));
    context.accessByPath.set(pathKey(info), await authorizeLogged(context, action, lookup));
    return next();
  });
  return (prototype, methodName, descriptor) => {
    const byMethod = registry.get(prototype.constructor) ?? new Map<string, PolicyRegistration>();
    byMethod.set(String(methodName), { action });
    registry.set(prototype.constructor, byMethod);
    middleware(prototype, methodName, descriptor);
  };
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
