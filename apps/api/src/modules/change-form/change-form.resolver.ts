import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Can } from '../../graphql/can.decorator';
import { DeclineForm } from '../appointment/appointment.type';
import { personRefOf } from '../person/person.loaders';
import { PersonRef } from '../person/person.type';
import { changeFormTarget, registerChangeForm, unregisteredChangeForms } from './change-form.service';
import { ChangeFormNode } from './change-form.type';

@Resolver()
export class ChangeFormResolver {
  @Query(() => [ChangeFormNode], { description: 'Change forms waiting for KE to register them, the oldest first' })
  @Can('changeForm.unregistered')
  unregisteredChangeForms(@Ctx() ctx: Context): Promise<ChangeFormNode[]> {
    return unregisteredChangeForms(ctx);
  }

  @Mutation(() => DeclineForm, { description: 'KE registers a change form a coordinator submitted' })
  @Can<{ changeFormId: string }>('changeForm.register', ({ changeFormId }, ctx) => changeFormTarget(ctx, changeFormId))
  registerChangeForm(@Arg('changeFormId', () => ID) changeFormId: string, @Ctx() ctx: Context): Promise<DeclineForm> {
    return registerChangeForm(ctx, changeFormId);
  }
}

@Resolver(() => ChangeFormNode)
export class ChangeFormFieldsResolver {
  @FieldResolver(() => PersonRef, { description: 'The person the form is about' })
  async person(@Root() form: ChangeFormNode, @Ctx() ctx: Context): Promise<PersonRef> {
    return personRefOf(ctx, form.personId, `change form ${form.id}`);
  }
}
