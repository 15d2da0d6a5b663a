// Registering a consent: the shape of the input and the rules that need no data (class-validator).
// The rules that need the person, the plan or the municipality are in consent-register.service.ts.
import {
  ArrayMaxSize,
  IsBoolean,
  IsDefined,
  IsIn,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import type { ApiMessageKey } from '@samhandling/shared';
import { Field, ID, InputType } from 'type-graphql';
import { ConsentForm, ConsentScope, LifeArea, RestrictionKind } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { NotAfterToday } from '../../graphql/validation';

const tooLong = (max: number) => ({ message: 'validation.tooLong', context: { max } });
const notBlank = { message: 'validation.required' };
const invalid = { message: 'validation.invalid' };
const choice = { message: 'validation.invalidChoice' };

/** At most this many restrictions on one consent. */
export const MAX_RESTRICTIONS = 50;

/** What a restriction names: a matter (life area, goal, sub-plan) and an environment (unit, organisation). */
export function restrictionTargets(r: Pick<ConsentRestrictionInput, 'lifeArea' | 'goalId' | 'subPlanId' | 'unitId' | 'organisation'>) {
  const matters = [r.lifeArea, r.goalId, r.subPlanId].filter((value) => value !== undefined && value !== null).length;
  const environments = [r.unitId, r.organisation?.trim() || null].filter((value) => value !== undefined && value !== null).length;
  return { matters, environments };
}

/** The problem with a restriction's targets for its kind, if any. */
export function restrictionProblem(r: ConsentRestrictionInput): ApiMessageKey | null {
  const { matters, environments } = restrictionTargets(r);
  if (matters > 1) return 'consent.error.restrictionOneMatter';
  if (environments > 1) return 'consent.error.restrictionOneEnvironment';
  if (r.kind === 'MATTER' && matters === 0) return 'consent.error.restrictionNeedsMatter';
  if (r.kind === 'PROFESSIONAL_ENVIRONMENT' && environments === 0) return 'consent.error.restrictionNeedsEnvironment';
  return null;
}

/** On `kind`: the restriction names what its kind needs, and one of each at most. */
function NamesItsTargets() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'namesItsTargets',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (_value: unknown, args: ValidationArguments) => restrictionProblem(args.object as ConsentRestrictionInput) === null,
        defaultMessage: (args: ValidationArguments) => restrictionProblem(args.object as ConsentRestrictionInput) ?? 'validation.invalid',
      },
    });
}

/** A LocalDate not before another LocalDate property of the same object (when both are given). */
function NotBefore(property: string, messageKey: ApiMessageKey) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'notBefore',
      target: target.constructor,
      propertyName,
      options: { message: messageKey },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const other = (args.object as Record<string, unknown>)[property];
          return !(value instanceof Date) || !(other instanceof Date) || value.getTime() >= other.getTime();
        },
      },
    });
}

/** A moment not in the future. */
function NotInFuture(messageKey: ApiMessageKey) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'notInFuture',
      target: target.constructor,
      propertyName,
      options: { message: messageKey },
      validator: { validate: (value: unknown) => !(value instanceof Date) || value.getTime() <= Date.now() },
    });
}

/**
 * One thing the person refused to share (Herøy's form: "Eg kan nekte utveksling av opplysningar
 * om særskilte forhold, eller frå særskilte fagmiljø"): a matter (a life area, a goal or a sub-plan
 * of the plan), a professional environment (a unit or an external organisation), or a matter
 * withheld from one environment only.
 */
@InputType()
export class ConsentRestrictionInput {
  @Field(() => RestrictionKind)
  @IsIn(Object.values(RestrictionKind), choice)
  @NamesItsTargets()
  kind: RestrictionKind;

  @Field(() => String, { description: 'The restriction in words, as the person put it' })
  @Matches(/\S/, notBlank)
  @MaxLength(500, tooLong(500))
  description: string;

  @Field(() => LifeArea, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(LifeArea), choice)
  lifeArea?: LifeArea | null;

  @Field(() => ID, { nullable: true, description: "A goal of the person's plan" })
  @IsOptional()
  @IsUUID(undefined, invalid)
  goalId?: string | null;

  @Field(() => ID, { nullable: true, description: "A sub-plan of the person's plan" })
  @IsOptional()
  @IsUUID(undefined, invalid)
  subPlanId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A unit of the municipality' })
  @IsOptional()
  @IsUUID(undefined, invalid)
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'An external organisation, by name (as on User.organisation)' })
  @IsOptional()
  @MaxLength(200, tooLong(200))
  organisation?: string | null;
}

@InputType()
export class RegisterConsentInput {
  @Field(() => ID)
  @IsUUID(undefined, invalid)
  personId: string;

  @Field(() => ConsentScope)
  @IsIn(Object.values(ConsentScope), choice)
  scope: ConsentScope;

  @Field(() => ConsentForm)
  @IsIn(Object.values(ConsentForm), choice)
  form: ConsentForm;

  @Field(() => LocalDate, { description: 'The day the consent was given; not after today' })
  @NotAfterToday('consent.error.givenInFuture')
  givenAt: Date;

  @Field(() => ID, { nullable: true, description: 'The guardian who consented for the person; null: the person. Required under 16' })
  @IsOptional()
  @IsUUID(undefined, invalid)
  givenByRelativeId?: string | null;

  @Field(() => String, { nullable: true, description: "A guardian's consent for a young person: the young person's own view; required at 16 and 17" })
  @IsOptional()
  @MaxLength(2000, tooLong(2000))
  youngPersonView?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the young person agrees with the consent' })
  @IsOptional()
  @IsBoolean(invalid)
  youngPersonAgrees?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'An oral consent: when it was heard; required for ORAL, on the day given' })
  @ValidateIf((input: RegisterConsentInput) => input.form === 'ORAL' || (input.heardAt !== undefined && input.heardAt !== null))
  @IsDefined({ message: 'consent.error.heardAtRequired' })
  @NotInFuture('consent.error.heardInFuture')
  heardAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'An oral consent: the staff member who heard it; by default the one registering it' })
  @IsOptional()
  @IsUUID(undefined, invalid)
  heardById?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "For INDIVIDUAL_PLAN, without a period given: the open plan's period" })
  @IsOptional()
  periodStart?: Date | null;

  @Field(() => LocalDate, { nullable: true, description: 'The last day; null: until withdrawn' })
  @IsOptional()
  @NotBefore('periodStart', 'consent.error.periodEndBeforeStart')
  periodEnd?: Date | null;

  @Field(() => Boolean, { defaultValue: false, description: "Told of the responsibility group's composition (seed 002)" })
  @IsBoolean(invalid)
  informedOfComposition: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "Told of the responsibility group's way of working" })
  @IsBoolean(invalid)
  informedOfWayOfWorking: boolean;

  @Field(() => Boolean, { defaultValue: false, description: 'Told of the exchange of confidential information' })
  @IsBoolean(invalid)
  informedOfInformationExchange: boolean;

  @Field(() => String, { nullable: true, description: 'Where a signed consent is kept outside Samhandling' })
  @IsOptional()
  @MaxLength(200, tooLong(200))
  documentReference?: string | null;

  @Field(() => [ConsentRestrictionInput], { defaultValue: [], description: 'For INFORMATION_EXCHANGE: what the person refused to share' })
  @ArrayMaxSize(MAX_RESTRICTIONS, { message: 'consent.error.tooManyRestrictions', context: { max: MAX_RESTRICTIONS } })
  @ValidateNested({ each: true })
  restrictions: ConsentRestrictionInput[];
}
