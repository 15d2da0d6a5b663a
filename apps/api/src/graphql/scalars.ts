// LocalDate: a calendar date without time (YYYY-MM-DD), as birth dates, deadlines and plan
// periods are. Stored as a PostgreSQL date, which Prisma hands over as midnight UTC.
import { localDateAsUtcMidnight } from '@samhandling/shared';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function parseLocalDate(value: string): Date {
  const date = localDateAsUtcMidnight(value);
  if (!DATE_PATTERN.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`Invalid date: ${value}`, { extensions: { code: 'BAD_USER_INPUT', messageKey: 'validation.invalidDate' } });
  }
  return date;
}

export const LocalDate = new GraphQLScalarType<Date, string>({
  name: 'LocalDate',
  description: 'A calendar date, YYYY-MM-DD',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && DATE_PATTERN.test(value)) return value;
    throw new GraphQLError('LocalDate cannot represent this value');
  },
  parseValue(value) {
    if (typeof value !== 'string') throw new GraphQLError('LocalDate must be a string');
    return parseLocalDate(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('LocalDate must be a string');
    return parseLocalDate(ast.value);
  },
});
