// Prisma's enums, exposed in the GraphQL schema under the same names. Registering all of them is
// harmless: the schema lists only those a type uses.
import { registerEnumType } from 'type-graphql';
import * as prismaEnums from '../generated/prisma/enums';

for (const [name, values] of Object.entries(prismaEnums)) {
  registerEnumType(values, { name });
}

export * from '../generated/prisma/enums';
