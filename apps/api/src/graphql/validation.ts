// Input validation with class-validator. Messages are message keys; the error plugin
// translates them, so each field gets a message in the caller's language.
import { registerDecorator, validate, type ValidationArguments, type ValidationError } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { checkNationalId, isApiMessageKey, NATIONAL_ID_MESSAGES, osloToday, type ApiMessageKey, type MessageParams } from '@samhandling/shared';
import { badInput, type FieldError } from './errors';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
      const params = (error.contexts?.[constraint] ?? {}) as MessageParams;
      return { field, messageKey: isApiMessageKey(message) ? message : 'validation.invalid', params } satisfies FieldError;
    });
    return [...own.slice(0, 1), ...flatten(error.children ?? [], field)];
  });
}

export const validateInput: ValidatorFn = async (argValue) => {
  if (argValue === null || typeof argValue !== 'object') return;
  const errors = await validate(argValue, { forbidUnknownValues: false, validationError: { target: false, value: false } });
  if (errors.length > 0) throw badInput(flatten(errors));
};

// Validation runs just before the resolver, so the clock here is the request's moment to within
// milliseconds; class-validator has no way to hand constraints the request's own `now`.
const today = () => osloToday();
const asLocalDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : undefined);

/**
 * A national identity number (packages/shared/src/national-id.ts), with a message per problem.
 * When the object has a date of birth in `dateOfBirthProperty`, the number must agree with it.
 * The number itself never goes into the error (validateInput drops values).
 */
export function IsNationalId(dateOfBirthProperty?: string) {
  const check = ({ value, object }: ValidationArguments) =>
    checkNationalId(String(value), {
      today: today(),
      dateOfBirth: dateOfBirthProperty ? asLocalDate((object as Record<string, unknown>)[dateOfBirthProperty]) : undefined,
    });
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isNationalId',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => typeof value === 'string' && check(args).valid,
        defaultMessage: (args: ValidationArguments) => {
          const result = typeof args.value === 'string' ? check(args) : undefined;
          return NATIONAL_ID_MESSAGES[result && !result.valid ? result.problem : 'format'];
        },
      },
    });
}

/** A LocalDate that is not after today in Oslo (a date of birth). */
export function NotAfterToday(messageKey: ApiMessageKey) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'notAfterToday',
      target: target.constructor,
      propertyName,
      options: { message: messageKey },
      validator: { validate: (value: unknown) => (asLocalDate(value) ?? '') <= today() },
    });
}
