import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Channel, ConsentForm, ReferralSourceKind, ReferralStatus, RequestedService } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { PersonRef } from '../person/person.type';

/**
 * A referral of need ("Melding om behov for koordinerte tjenester"): the case KE handles from
 * receipt to an appointed coordinator. Its relations (person, assessment, decisions, appointment,
 * history) are field resolvers in the modules that own them, each reading the access scope the
 * referral was fetched with (graphql/scope.ts).
 */
@ObjectType()
export class Referral {
  @Field(() => ID)
  id: string;

  /** Not exposed: `person` resolves it through the loader. */
  personId: string;

  @Field(() => String, { nullable: true, description: "KE's journal number, e.g. 2026/0042" })
  journalNumber: string | null;

  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field(() => ReferralSourceKind)
  sourceKind: ReferralSourceKind;

  @Field(() => String)
  sourceName: string;

  @Field(() => String, { nullable: true })
  sourceOrganisation: string | null;

  @Field(() => String, { nullable: true, description: 'In what capacity the reporter reports' })
  reporterCapacity: string | null;

  /** Not exposed: `sourceUnit` resolves it. */
  sourceUnitId: string | null;

  @Field(() => Channel)
  channel: Channel;

  @Field(() => RequestedService)
  requested: RequestedService;

  @Field(() => String, { description: 'Why coordinated services are needed' })
  needDescription: string;

  @Field(() => Date)
  receivedAt: Date;

  @Field(() => Boolean)
  consentToRefer: boolean;

  @Field(() => ConsentForm, { nullable: true })
  consentForm: ConsentForm | null;

  @Field(() => LocalDate, { nullable: true })
  consentDate: Date | null;

  @Field(() => String, { nullable: true, description: 'Who heard or received the consent' })
  consentHeardBy: string | null;

  @Field(() => String, { nullable: true, description: "The person's wish for a coordinator, by name" })
  wishedCoordinator: string | null;

  /** Not exposed: `wishedUnit` resolves it. */
  wishedUnitId: string | null;

  @Field(() => Boolean, { description: 'A hospital inpatient' })
  isInpatient: boolean;

  @Field(() => LocalDate, { nullable: true })
  plannedDischargeDate: Date | null;

  @Field(() => Boolean, { description: 'KE has planned a home visit' })
  homeVisitPlanned: boolean;

  @Field(() => Date, { nullable: true, description: 'When the case was closed without a coordinator' })
  closedAt: Date | null;

  @Field(() => Int, { description: 'The version an edit starts from (a stale one gets CONFLICT)' })
  version: number;
}

@ObjectType()
export class ReferralStatusCount {
  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field(() => Int)
  count: number;
}

/** A referral as the one who submitted it follows it: what and when, and where it stands. */
@ObjectType()
export class SubmittedReferral {
  @Field(() => ID)
  id: string;

  @Field(() => PersonRef)
  person: PersonRef;

  @Field(() => String, { nullable: true })
  journalNumber: string | null;

  @Field(() => ReferralSourceKind)
  sourceKind: ReferralSourceKind;

  @Field(() => RequestedService)
  requested: RequestedService;

  @Field(() => Date)
  receivedAt: Date;

  @Field(() => ReferralStatus)
  status: ReferralStatus;
}

/** A page of KE's inbox. */
@ObjectType()
export class ReferralPage {
  @Field(() => [Referral])
  nodes: Referral[];

  @Field(() => Int, { description: 'Referrals that match the filter, on every page' })
  totalCount: number;

  @Field(() => String, { nullable: true, description: 'Give as `after` for the next page; null on the last' })
  nextCursor: string | null;
}
