// What the coordinator sends to establish a group and to add or edit a member. A member is
// exactly one of: a staff user, a relative of the person, the person, or someone outside
// named in text (the service checks it, and the database's GroupMember_one_kind too).
import { IsBoolean, IsEmail, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OptionalText } from '../../graphql/text-field';

const anId = { message: 'validation.invalid' };

export const GROUP_SHORT_TEXT = 200;
export const GROUP_NOTE_TEXT = 2000;

@InputType()
export class EstablishGroupInput {
  @Field(() => ID)
  @IsUUID(undefined, anId)
  personId: string;

  @Field(() => Boolean, { description: 'The person (or guardian) wishes the group; a group is established only on that wish' })
  @IsBoolean()
  wishedByPerson: boolean;

  @OptionalText(GROUP_NOTE_TEXT, "The wish in the person's own words, or as told to the coordinator")
  wishNote?: string | null;
}

@InputType()
export class GroupMemberInput {
  @Field(() => ID, { nullable: true, description: 'A staff user of the municipality' })
  @IsOptional()
  @IsUUID(undefined, anId)
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: "One of the person's relatives" })
  @IsOptional()
  @IsUUID(undefined, anId)
  relativeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The person themself' })
  @IsOptional()
  @IsBoolean()
  isPerson?: boolean | null;

  @OptionalText(GROUP_SHORT_TEXT, 'Someone outside the municipality, by name')
  externalName?: string | null;

  @OptionalText(GROUP_SHORT_TEXT, "An outside member's e-mail, for invitations")
  @ValidateIf((input: GroupMemberInput) => !!input.externalEmail?.trim())
  @IsEmail(undefined, { message: 'group.error.invalidEmail' })
  externalEmail?: string | null;

  @OptionalText(GROUP_SHORT_TEXT, 'The part the member plays in the group')
  roleInGroup?: string | null;

  @Field(() => ID, { nullable: true, description: 'The municipal unit the member comes from' })
  @IsOptional()
  @IsUUID(undefined, anId)
  unitId?: string | null;

  @OptionalText(GROUP_SHORT_TEXT, 'An outside organisation, by name')
  organisation?: string | null;

  @Field(() => Boolean, { nullable: true, description: "The place in the group is anchored with the leader of the member's own unit" })
  @IsOptional()
  @IsBoolean()
  anchoredInOwnUnit?: boolean | null;
}
