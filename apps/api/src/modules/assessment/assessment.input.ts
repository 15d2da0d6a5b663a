import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { AssessmentProposal } from '../../graphql/enums';

const tooLong = (max: number) => ({ message: 'validation.tooLong', context: { max } });

/** The whole assessment as the form holds it: a field left out (or null) is not judged yet. */
@InputType()
export class AssessmentInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  longTermNeed?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000, tooLong(4000))
  longTermNeedNote?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  coordinatedServices?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000, tooLong(4000))
  coordinatedServicesNote?: string | null;

  @Field(() => AssessmentProposal, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(AssessmentProposal), { message: 'validation.invalidChoice' })
  proposal?: AssessmentProposal | null;
}
