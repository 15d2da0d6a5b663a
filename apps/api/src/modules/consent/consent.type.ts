import { GuardianRef } from '../plan/plan-consent.fields';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConsentForm, ConsentScope, LifeArea, RestrictionKind } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { PersonRef } from '../person/person.type';

@ObjectType()
export class ConsentRestrictionView {
  @Field(() => RestrictionKind)
  kind: RestrictionKind;

  @Field(() => String)
  description: string;

  @Field(() => String, { nullable: true, description: 'The professional environment (a unit) the restriction names' })
  unitName: string | null;

  @Field(() => String, { nullable: true, description: 'The professional environment (an external organisation) the restriction names' })
  organisation: string | null;

  @Field(() => LifeArea, { nullable: true })
  lifeArea: LifeArea | null;

  @Field(() => ID, { nullable: true, description: 'The goal of the plan the restriction covers' })
  goalId: string | null;

  @Field(() => ID, { nullable: true, description: 'The sub-plan the restriction covers' })
  subPlanId: string | null;
}

/** The signed form stored with a written consent (the file itself is downloaded over HTTP). */
@ObjectType()
export class ConsentDocumentView {
  @Field(() => String)
  fileName: string;

  @Field(() => String, { description: 'application/pdf, image/png or image/jpeg, as found in the file' })
  mediaType: string;

  @Field(() => Int)
  byteSize: number;

  @Field(() => String, { description: 'Hex SHA-256 of the file' })
  sha256: string;

  @Field(() => Date)
  uploadedAt: Date;

  @Field(() => String, { description: 'GET: the file; POST: a new file replacing it' })
  url: string;
}

@ObjectType()
export class ConsentView {
  @Field(() => ID)
  id: string;

  @Field(() => ConsentScope)
  scope: ConsentScope;

  @Field(() => ConsentForm)
  form: ConsentForm;

  @Field(() => Date)
  givenAt: Date;

  @Field(() => String, { nullable: true, description: 'The guardian who gave it, when not the person' })
  givenByName: string | null;

  @Field(() => String, { nullable: true, description: 'An oral consent: who heard it' })
  heardByName: string | null;

  @Field(() => Date, { nullable: true, description: 'An oral consent: when it was heard' })
  heardAt: Date | null;

  @Field(() => String, { nullable: true, description: "A guardian's consent for a young person: the young person's own view" })
  youngPersonView: string | null;

  @Field(() => Boolean, { nullable: true })
  youngPersonAgrees: boolean | null;

  @Field(() => LocalDate, { nullable: true })
  periodStart: Date | null;

  @Field(() => LocalDate, { nullable: true })
  periodEnd: Date | null;

  @Field(() => Boolean)
  informedOfComposition: boolean;

  @Field(() => Boolean)
  informedOfWayOfWorking: boolean;

  @Field(() => Boolean)
  informedOfInformationExchange: boolean;

  @Field(() => String, { nullable: true, description: 'Where a signed consent is kept outside Samhandling' })
  documentReference: string | null;

  @Field(() => ConsentDocumentView, { nullable: true, description: 'The signed form stored in Samhandling' })
  document: ConsentDocumentView | null;

  @Field(() => String, { nullable: true })
  registeredByName: string | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { description: 'The copy for the person, as PDF (add ?lang=nb|nn|en)' })
  pdfUrl: string;

  @Field(() => [ConsentRestrictionView])
  restrictions: ConsentRestrictionView[];
}

/** Why a person is on the list of consents to see to. */
export enum ConsentAlertKind {
  /** An active or draft plan without a consent to the individual plan in force. */
  PLAN_CONSENT_MISSING = 'PLAN_CONSENT_MISSING',
  /** An active responsibility group without a consent to the group in force. */
  GROUP_CONSENT_MISSING = 'GROUP_CONSENT_MISSING',
  /** An active responsibility group without a consent to information exchange in force. */
  EXCHANGE_CONSENT_MISSING = 'EXCHANGE_CONSENT_MISSING',
  /** A consent still needed ends within the municipality's notice (consentExpiryNoticeDays), with none to follow it. */
  CONSENT_EXPIRING = 'CONSENT_EXPIRING',
}
registerEnumType(ConsentAlertKind, { name: 'ConsentAlertKind' });

@ObjectType()
export class ConsentAlert {
  @Field(() => PersonRef)
  person: PersonRef;

  @Field(() => ConsentAlertKind)
  kind: ConsentAlertKind;

  @Field(() => ConsentScope, { description: 'The consent missing or expiring' })
  scope: ConsentScope;

  @Field(() => ID, { nullable: true, description: 'The expiring consent' })
  consentId: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The expiring consent's last day" })
  periodEnd: Date | null;

  @Field(() => Int, { nullable: true, description: 'Days from today to periodEnd' })
  daysLeft: number | null;

  @Field(() => ID, { nullable: true, description: 'The plan that needs the consent' })
  planId: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsibility group that needs the consent' })
  groupId: string | null;
}

/** Who a consent is registered for, and who may give it for them. */
@ObjectType()
export class ConsentSubject {
  /** Not exposed: `person` resolves it. */
  personId: string;

  @Field(() => [GuardianRef], { description: 'Who may consent for the person: their guardians' })
  guardians: GuardianRef[];
}
