// A malformed id is the caller's mistake on every field that takes one. The cases are generated
// from the schema, so a new field with an id argument is covered without being listed here.
import {
  getNamedType,
  getNullableType,
  GraphQLID,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { DEMO_USERNAMES } from '../demo/personas';
import { buildAppSchema } from '../schema';
import { containsId } from './ids';
import { useTestServer, type ApiClient } from '../test-support/test-server';

jest.setTimeout(60_000);

const MALFORMED = 'not-a-uuid';

// Values that pass GraphQL's own checks, so only the id is wrong.
const SCALAR_VALUES: Record<string, unknown> = {
  String: 'Tekst for testen',
  Boolean: true,
  Int: 1,
  Float: 1,
  LocalDate: '2020-01-01',
  DateTimeISO: '2020-01-01T00:00:00.000Z',
};

/** A value of the type with a malformed id in every id position; the field paths of those ids. */
function valueWithMalformedIds(type: GraphQLInputType, path: string): { value: unknown; idPaths: string[] } {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = valueWithMalformedIds(nullable.ofType, `${path}.0`);
    return { value: [item.value], idPaths: item.idPaths };
  }
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    const idPaths: string[] = [];
    for (const field of Object.values(nullable.getFields())) {
      if (!isNonNullType(field.type) && !containsId(field.type)) continue;
      // Fields of an input object are named without the argument (as class-validator does).
      const inner = valueWithMalformedIds(field.type, path ? `${path}.${field.name}` : field.name);
      value[field.name] = inner.value;
      idPaths.push(...inner.idPaths);
    }
    return { value, idPaths };
  }
  if (nullable === GraphQLID) return { value: MALFORMED, idPaths: [path] };
  if (isEnumType(nullable)) return { value: nullable.getValues()[0]!.value as unknown, idPaths: [] };
  if (isScalarType(nullable) && nullable.name in SCALAR_VALUES) return { value: SCALAR_VALUES[nullable.name], idPaths: [] };
  throw new Error(`no test value for ${String(nullable)}: add one`);
}

interface Case {
  field: string;
  document: string;
  variables: Record<string, unknown>;
  idPaths: string[];
}

function casesFrom(schema: GraphQLSchema): Case[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([operation, type]) =>
    Object.values(type?.getFields() ?? {})
      .filter((field) => field.args.some((argument) => containsId(argument.type)))
      .map((field) => {
        const args = field.args.filter((argument: GraphQLArgument) => isNonNullType(argument.type) || containsId(argument.type));
        const variables: Record<string, unknown> = {};
        const idPaths: string[] = [];
        for (const argument of args) {
          const prefix = isInputObjectType(getNullableType(argument.type)) ? '' : argument.name;
          const { value, idPaths: paths } = valueWithMalformedIds(argument.type, prefix);
          variables[argument.name] = value;
          idPaths.push(...paths);
        }
        const definitions = args.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(', ');
        const passed = args.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
        const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
        return {
          field: `${type!.name}.${field.name}`,
          document: `${operation} (${definitions}) { ${field.name}(${passed})${selection} }`,
          variables,
          idPaths,
        };
      }),
  );
}

const server = useTestServer();
let cases: Case[] = [];

beforeAll(async () => {
  cases = casesFrom(await buildAppSchema());
});

/** Every row of every table but sessions (signing in writes those). */
async function snapshot(): Promise<Record<string, unknown>> {
  const prisma = server().database.prisma as unknown as Record<string, { findMany?: () => Promise<unknown[]> }>;
  const models = Object.keys(prisma).filter((key) => !key.startsWith('$') && !key.startsWith('_') && key !== 'session');
  const tables: Record<string, unknown> = {};
  for (const model of models) {
    if (typeof prisma[model]?.findMany === 'function') tables[model] = await prisma[model].findMany();
  }
  return tables;
}

it('finds the fields that take an id', () => {
  expect(cases.map((c) => c.field)).toEqual(
    expect.arrayContaining(['Query.plan', 'Query.consents', 'Query.accessLog', 'Mutation.withdrawConsent', 'Mutation.createReferral']),
  );
});

it.each([
  ['a signed-in user', () => server().signIn(DEMO_USERNAMES.systemCoordinator)],
  ['an anonymous caller', async () => server().anonymous()],
])('every field answers a malformed id with BAD_USER_INPUT for %s, and nothing is written', async (_who, clientFor) => {
  const client: ApiClient = await clientFor();
  const before = await snapshot();
  expect(Object.keys(before).length).toBeGreaterThan(10);
  for (const { field, document, variables, idPaths } of cases) {
    const result = await client.gql(document, variables);
    expect([field, result.errors?.[0]?.extensions?.code]).toEqual([field, 'BAD_USER_INPUT']);
    expect([field, result.errors?.[0]?.extensions?.fields]).toEqual([
      field,
      idPaths.map((path) => ({ field: path, message: 'Verdien er ikke gyldig.' })),
    ]);
  }
  expect(await snapshot()).toEqual(before);
});

it('takes an id written inline in the document too, in the caller’s language', async () => {
  const ke = (await server().signIn(DEMO_USERNAMES.systemCoordinator)).withLocale('en');
  const result = await ke.gql('mutation { withdrawConsent(consentId: "abc") { id } }');
  expect(result.errors).toEqual([
    expect.objectContaining({
      message: 'Some of what you entered is not valid.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'consentId', message: 'The value is not valid.' }] },
    }),
  ]);
});

it('lets a well-formed id through to the policy and the resolver', async () => {
  const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
  const result = await ke.gql('mutation { withdrawConsent(consentId: "00000000-0000-4000-8000-000000000000") { id } }');
  expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});
