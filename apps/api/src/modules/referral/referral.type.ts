import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Channel, ReferralSourceKind, ReferralStatus, RequestedService } from '../../graphql/enums';
import { PersonRef } from '../person/person.type';

@ObjectType()
export class ReferralSummary {
  @Field(() => ID)
  id: string;

  @Field(() => PersonRef)
  person: PersonRef;

  @Field(() => ReferralSourceKind)
  sourceKind: ReferralSourceKind;

  @Field(() => String)
  sourceName: string;

  @Field(() => Channel)
  channel: Channel;

  @Field(() => RequestedService)
  requested: RequestedService;

  @Field(() => Date)
  receivedAt: Date;

  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field(() => String, { nullable: true })
  journalNumber: string | null;

  @Field(() => Boolean)
  consentToRefer: boolean;
}

@ObjectType()
export class ReferralStatusCount {
  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field(() => Int)
  count: number;
}
