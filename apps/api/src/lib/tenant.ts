// Tenant scoping in one place: a Prisma client bound to one municipality adds
// `municipalityId` to every filter and every created row, so no query of a request can cross
// tenants. Services get only this scoped client (context.ts); the raw client is for start-up,
// sessions and the seed.
import type { Db } from './db';

const FILTERED_OPERATIONS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'delete',
  'deleteMany',
  'upsert',
]);

type Row = Record<string, unknown>;

function withTenant(data: unknown, municipalityId: string): unknown {
  if (Array.isArray(data)) return data.map((item) => withTenant(item, municipalityId));
  if (data && typeof data === 'object' && !('municipality' in data)) {
    return { ...(data as Row), municipalityId };
  }
  return data;
}

export function scopeToMunicipality(prisma: Db, municipalityId: string) {
  return prisma.$extends({
    name: 'tenant-scope',
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const scoped = { ...(args as Row) };
          const tenantKey = model === 'Municipality' ? 'id' : 'municipalityId';
          if (FILTERED_OPERATIONS.has(operation)) {
            scoped.where = { ...((scoped.where as Row | undefined) ?? {}), [tenantKey]: municipalityId };
          }
          if (model !== 'Municipality') {
            if (operation === 'create' || operation === 'createMany' || operation === 'createManyAndReturn') {
              scoped.data = withTenant(scoped.data, municipalityId);
            }
            if (operation === 'upsert') {
              scoped.create = withTenant(scoped.create, municipalityId);
            }
          }
          return query(scoped as typeof args);
        },
      },
    },
  });
}

export type TenantDb = ReturnType<typeof scopeToMunicipality>;

// One scoped client per municipality, made once: extending a client costs more than most queries.
const tenantClients = new WeakMap<Db, Map<string, TenantDb>>();

/** The client scoped to a municipality, shared by all its requests. */
export function tenantClient(prisma: Db, municipalityId: string): TenantDb {
  let byMunicipality = tenantClients.get(prisma);
  if (!byMunicipality) {
    byMunicipality = new Map();
    tenantClients.set(prisma, byMunicipality);
  }
  let client = byMunicipality.get(municipalityId);
  if (!client) {
    client = scopeToMunicipality(prisma, municipalityId);
    byMunicipality.set(municipalityId, client);
  }
  return client;
}
