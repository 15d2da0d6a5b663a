// The committed SDL matches the resolvers, and every root field is behind the policy.
import { readFileSync } from 'node:fs';
import { emitSchemaSdl, SCHEMA_FILE } from './scripts/emit-schema';
import { rootFieldPolicies } from './schema';
import { POLICY } from './modules/auth/policy';

it('apps/api/schema.graphql is up to date', async () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await emitSchemaSdl());
});

it('every root field names an action of the policy', async () => {
  // Descriptions left out: a line of one may look like a field ("  Coordinator: own persons' ...").
  const sdl = (await emitSchemaSdl()).replace(/"""[\s\S]*?"""/g, '');
  const rootFields = [...sdl.matchAll(/^type (Query|Mutation) \{([^}]*)\}/gm)].flatMap(([, kind, body]) =>
    [...body!.matchAll(/^ {2}(\w+)[(:]/gm)].map(([, name]) => `${kind}.${name}`),
  );
  const policies = rootFieldPolicies();
  expect(rootFields.length).toBeGreaterThan(10);
  for (const field of rootFields) {
    expect([field, policies.has(field)]).toEqual([field, true]);
    expect(Object.keys(POLICY)).toContain(policies.get(field));
  }
});
