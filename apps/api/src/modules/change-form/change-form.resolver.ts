import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Access, Can, type AccessScope } from '../../graphql/can.decorator';
import { DeclineForm } from '../appointment/appointment.type';
import { personRefOf } from '../person/person.loaders';
import { PersonRef } from '../person/person.type';
import { SubmitChangeFormInput } from './change-form.input';
import { changeFormSubject, changeFormTarget, registerChangeForm, submitChangeForm, unregisteredChangeForms } from './change-form.service';
import { ChangeFormNode, ChangeFormSubject } from './change-form.type';

@Resolver()
export class ChangeFormResolver {
  @Query(() => [ChangeFormNode], { description: 'Change forms waiting for KE to register them, the oldest first' })
  @Can('changeForm.unregistered')
  unregisteredChangeForms(@Ctx() ctx: Context): Promise<ChangeFormNode[]> {
    return unregisteredChangeForms(ctx);
  }

  @Query(() => ChangeFormSubject, { description: "What a change form for the person can be about: coordinators in force, plan, group, earlier forms" })
  @Can<{ personId: string }>('changeForm.submit', ({ personId }) => ({ personId }))
  changeFormSubject(@Arg('personId', () => ID) personId: string, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<ChangeFormSubject> {
    return changeFormSubject(ctx, personId, access);
  }

  @Mutation(() => ChangeFormNode, { description: 'Submit a change of coordinator or a closing; it takes effect at once and waits for KE to register it' })
  @Can<{ input: SubmitChangeFormInput }>('changeForm.submit', ({ input }) => ({ personId: input.personId }))
  submitChangeForm(
    @Arg('input', () => SubmitChangeFormInput) input: SubmitChangeFormInput,
    @Access() access: AccessScope,
    @Ctx() ctx: Context,
  ): Promise<ChangeFormNode> {
    return submitChangeForm(ctx, input, access);
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

@Resolver(() => ChangeFormSubject)
export class ChangeFormSubjectFieldsResolver {
  @FieldResolver(() => PersonRef, { description: 'The person the form is about' })
  async person(@Root() subject: ChangeFormSubject, @Ctx() ctx: Context): Promise<PersonRef> {
    return personRefOf(ctx, subject.personId, 'change form subject');
  }
}
