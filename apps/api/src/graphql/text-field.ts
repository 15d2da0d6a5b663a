import { IsOptional, MaxLength } from 'class-validator';
import { Field } from 'type-graphql';

/**
 * An optional text input field of at most `max` characters: left out, it is not changed; null
 * or empty, it is emptied. Too long gets the field message `validation.tooLong`.
 */
export function OptionalText(max: number, description?: string): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { nullable: true, description })(target, key);
    IsOptional()(target, key);
    MaxLength(max, { message: 'validation.tooLong', context: { max } })(target, key);
  };
}
