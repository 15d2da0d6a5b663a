import { ObjectType } from 'type-graphql';
import { DeclineForm } from '../appointment/appointment.type';

/** A change form waiting in KE's list; `person` resolves the person it is about. */
@ObjectType()
export class ChangeFormNode extends DeclineForm {
  /** Not exposed: `person` resolves it. */
  personId: string;
}
