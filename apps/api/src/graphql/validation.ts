// Input validation with class-validator. Messages are message keys; the error plugin
// translates them, so each field gets a message in the caller's language.
import { validate, type ValidationError } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { isMessageKey, type MessageParams } from '@samhandling/shared';
import { badInput, type FieldError } from './errors';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
      const params = (error.contexts?.[constraint] ?? {}) as MessageParams;
      return { field, messageKey: isMessageKey(message) ? message : 'validation.invalid', params } satisfies FieldError;
    });
    return [...own.slice(0, 1), ...flatten(error.children ?? [], field)];
  });
}

export const validateInput: ValidatorFn = async (argValue) => {
  if (argValue === null || typeof argValue !== 'object') return;
  const errors = await validate(argValue, { forbidUnknownValues: false, validationError: { target: false, value: false } });
  if (errors.length > 0) throw badInput(flatten(errors));
};
