// Builds the GraphQL schema from the modules' resolvers. Every root field must carry @Can:
// a global middleware denies any root field without one (deny by default). Another refuses a
// malformed id in any argument before the policy or the resolver looks anything up.
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type MiddlewareFn } from 'type-graphql';
import type { Context } from './context';
import { policyFor } from './graphql/can.decorator';
import './graphql/enums';
import { forbidden } from './graphql/errors';
import { rejectMalformedIds } from './graphql/ids';
import { validateInput } from './graphql/validation';
import { AccessLogResolver } from './modules/access-log/access-log.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { ConsentResolver } from './modules/consent/consent.resolver';
import { CoordinatorResolver } from './modules/coordinator/coordinator.resolver';
import { GroupResolver } from './modules/group/group.resolver';
import { KeResolver } from './modules/ke/ke.resolver';
import { PersonRefResolver, PersonResolver } from './modules/person/person.resolver';
import { PlanResolver } from './modules/plan/plan.resolver';
import { ReferralResolver } from './modules/referral/referral.resolver';
import { UnitResolver } from './modules/unit/unit.resolver';

export const RESOLVERS = [
  AuthResolver,
  ReferralResolver,
  KeResolver,
  CoordinatorResolver,
  UnitResolver,
  GroupResolver,
  PersonResolver,
  PersonRefResolver,
  PlanResolver,
  ConsentResolver,
  AccessLogResolver,
] as const;

/** Root fields ("Query.me") and the policy action each is behind; unlisted fields have none. */
export function rootFieldPolicies(): Map<string, string> {
  const storage = getMetadataStorage();
  const result = new Map<string, string>();
  const add = (kind: string, entries: typeof storage.queries) => {
    for (const entry of entries) {
      const policy = policyFor(entry.target, entry.methodName);
      if (policy) result.set(`${kind}.${entry.schemaName}`, policy.action);
    }
  };
  add('Query', storage.queries);
  add('Mutation', storage.mutations);
  return result;
}

function denyRootFieldsWithoutPolicy(): MiddlewareFn<Context> {
  const roots = new Set(['Query', 'Mutation', 'Subscription']);
  let policies: Map<string, string> | undefined;
  return ({ info }, next) => {
    policies ??= rootFieldPolicies();
    if (roots.has(info.parentType.name) && !policies.has(`${info.parentType.name}.${info.fieldName}`)) {
      throw forbidden();
    }
    return next();
  };
}

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...RESOLVERS],
    validateFn: validateInput,
    globalMiddlewares: [denyRootFieldsWithoutPolicy(), rejectMalformedIds],
    emitSchemaFile: false,
  });
  return schema;
}
