import { Field, Int, ObjectType } from 'type-graphql';
import { ReferralStatusCount } from '../referral/referral.type';

/** KE's registers at a glance. */
@ObjectType()
export class KeOverview {
  @Field(() => [ReferralStatusCount])
  referralCounts: ReferralStatusCount[];

  @Field(() => Int, { description: 'Persons with a coordinator in force today' })
  personsWithCoordinator: number;

  @Field(() => Int, { description: 'Coordinators with at least one assignment in force' })
  activeCoordinators: number;

  @Field(() => Int)
  activePlans: number;

  @Field(() => Int)
  draftPlans: number;

  @Field(() => Int)
  activeGroups: number;

  @Field(() => Int, { description: 'Change forms not yet registered at KE' })
  unregisteredChangeForms: number;

  @Field(() => Int, { description: 'Training needs notified and not yet met' })
  openTrainingNeeds: number;
}
