import { Field, ID, ObjectType } from 'type-graphql';
import { MeasureView } from '../plan/plan.type';
import { PersonRef } from '../person/person.type';

/** A responsibility group the signed-in service provider is a member of. */
@ObjectType()
export class ParticipationEntry {
  @Field(() => ID)
  groupId: string;

  @Field(() => PersonRef)
  person: PersonRef;

  @Field(() => String, { nullable: true })
  roleInGroup: string | null;

  @Field(() => Boolean, {
    description: "False when the person's consent does not let this provider see the plan (withdrawn or restricted)",
  })
  hasAccess: boolean;

  @Field(() => [MeasureView], { description: 'Measures in the plan the provider is responsible for (empty without access)' })
  myMeasures: MeasureView[];

  @Field(() => Date, { nullable: true })
  nextMeetingAt: Date | null;
}
