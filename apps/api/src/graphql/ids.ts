// Every id in the schema is a UUID (the database's primary keys), but for the history's entries,
// which are numbered in the order they are written. Arguments of type ID are checked here, on
// every field that has them, before its resolver, its policy or any lookup runs: a malformed id
// is the caller's mistake (BAD_USER_INPUT with the field), not a database error.
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  GraphQLID,
  isInputObjectType,
  isListType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
} from 'graphql';
import { isUuid } from '@samhandling/shared';
import { badInput, type FieldError } from './errors';

export const isWellFormedId = (value: unknown): value is string => typeof value === 'string' && isUuid(value);

/** Arguments that name a history entry: a positive whole number, within PostgreSQL's bigint. */
const SEQUENCE_ID_ARGUMENTS = new Set(['historyEntryId']);
export const isWellFormedSequenceId = (value: unknown): value is string =>
  typeof value === 'string' && /^[1-9][0-9]{0,17}$/.test(value);

/** Throws BAD_USER_INPUT for the field unless the value is a well-formed id. */
export function requireWellFormedId(field: string, value: unknown): void {
  if (!isWellFormedId(value)) throw badInput([{ field, messageKey: 'validation.invalid' }]);
}

/** Whether a value of the type can hold an id (in itself, a list or an input object). */
export function containsId(type: GraphQLInputType, seen = new Set<GraphQLInputType>()): boolean {
  const named = getNamedType(type);
  if (named === GraphQLID) return true;
  if (!isInputObjectType(named) || seen.has(named)) return false;
  seen.add(named);
  return Object.values(named.getFields()).some((field) => containsId(field.type, seen));
}

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);

function malformedIds(type: GraphQLInputType, value: unknown, field: string): FieldError[] {
  if (value === null || value === undefined) return [];
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((item, index) => malformedIds(nullable.ofType, item, join(field, String(index))));
  }
  if (isInputObjectType(nullable)) {
    const record = value as Record<string, unknown>;
    return Object.values(nullable.getFields()).flatMap((inner) => malformedIds(inner.type, record[inner.name], join(field, inner.name)));
  }
  return nullable === GraphQLID && !isWellFormedId(value) ? [{ field, messageKey: 'validation.invalid' }] : [];
}

/**
 * Wraps the resolver of a field that takes ids so a malformed one is refused first, or returns
 * undefined for a field without id arguments. Fields of an input object are named as
 * class-validator names them (`personId` inside `input`), so the web shows the message by the
 * same field either way.
 */
export function checkingIdArguments<TSource, TContext>(field: GraphQLField<TSource, TContext>): GraphQLFieldResolver<TSource, TContext> | undefined {
  const idArguments = field.args.filter((argument) => containsId(argument.type));
  if (idArguments.length === 0) return undefined;
  const resolve = field.resolve ?? defaultFieldResolver;
  return (source, args: Record<string, unknown>, context, info) => {
    const errors = idArguments.flatMap((argument) => {
      const value = args[argument.name];
      if (SEQUENCE_ID_ARGUMENTS.has(argument.name)) {
        return value === null || value === undefined || isWellFormedSequenceId(value) ? [] : [{ field: argument.name, messageKey: 'validation.invalid' as const }];
      }
      return malformedIds(argument.type, value, isInputObjectType(getNullableType(argument.type)) ? '' : argument.name);
    });
    if (errors.length > 0) throw badInput(errors);
    return resolve(source, args, context, info);
  };
}
