// The access scope travels with the object (docs/architecture.md, "The schema as a graph").
// A person's data enters the graph only through a field that calls the policy; that field puts
// the scope it got on every object it returns, in a property the schema does not expose, and
// each child field resolver reads its parent's scope and filters by it. A new query path then
// cannot reach a child without having passed the policy: an object without a scope fails.
import type { AccessScope } from '../modules/auth/policy';

const SCOPE = Symbol('accessScope');

export type Scoped<T extends object> = T & { readonly [SCOPE]: AccessScope };

/** The object, carrying the scope the policy decided for it. */
export function withScope<T extends object>(object: T, scope: AccessScope): Scoped<T> {
  Object.defineProperty(object, SCOPE, { value: scope, enumerable: false });
  return object as Scoped<T>;
}

/** Each object of a list, carrying the scope. */
export function allWithScope<T extends object>(objects: readonly T[], scope: AccessScope): Array<Scoped<T>> {
  return objects.map((object) => withScope(object, scope));
}

/** The scope its parent field decided; an object that never passed the policy has none. */
export function scopeOf(object: object): AccessScope {
  const scope = (object as Partial<Scoped<object>>)[SCOPE];
  if (!scope) throw new Error('an object without an access scope reached a child field resolver');
  return scope;
}

/** Whether the scope is the municipality's coordinating unit (KE), which sees the whole case. */
export const isTenantScope = (scope: AccessScope): boolean => scope.relationship === 'tenant';
