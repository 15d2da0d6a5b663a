import { IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ConsentForm } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';

/** The person's consent to the plan, as the coordinator heard or received it. */
@InputType()
export class PlanConsentInput {
  @Field(() => ConsentForm)
  @IsIn(Object.values(ConsentForm), { message: 'validation.invalidChoice' })
  form: ConsentForm;

  @Field(() => LocalDate, { description: 'The day the consent was given; not in the future' })
  givenAt: Date;

  @Field(() => ID, { nullable: true, description: 'A guardian who consented for the person; null: the person' })
  @IsOptional()
  @IsUUID(undefined, { message: 'validation.invalid' })
  givenByRelativeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Where a signed consent is kept' })
  @IsOptional()
  @MaxLength(200, { message: 'validation.tooLong', context: { max: 200 } })
  documentReference?: string | null;

  @Field(() => String, { nullable: true, description: "From 16, when a guardian consents: the young person's own view" })
  @IsOptional()
  @MaxLength(2000, { message: 'validation.tooLong', context: { max: 2000 } })
  youngPersonView?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the young person agrees' })
  @IsOptional()
  youngPersonAgrees?: boolean | null;
}
