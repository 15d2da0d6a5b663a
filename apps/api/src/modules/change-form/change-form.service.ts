// Change forms (endringsskjema): reported by the coordinator or unit leader, registered at KE.
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { conflict, notFound } from '../../graphql/errors';
import { recordAccess } from '../access-log/access-log.service';
import { DECLINE_FORM_SELECT } from '../appointment/appointment.service';
import type { DeclineForm } from '../appointment/appointment.type';
import { recordHistory } from '../history/history.service';
import type { ChangeFormNode } from './change-form.type';

/** The person a change form is about, for the policy; none when there is no such form (denied). */
export async function changeFormTarget(ctx: Context, changeFormId: string): Promise<{ personId: string } | undefined> {
  const form = await ctx.db.changeForm.findUnique({ where: { id: changeFormId }, select: { personId: true } });
  return form ?? undefined;
}

/** KE's list of forms not yet registered, the oldest first: this list is KE's notice of them. */
export async function unregisteredChangeForms(ctx: Context): Promise<ChangeFormNode[]> {
  const viewer = viewerOf(ctx);
  const forms = await ctx.db.changeForm.findMany({
    where: { municipalityId: viewer.municipalityId, registeredAt: null },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    select: { ...DECLINE_FORM_SELECT, personId: true },
  });
  await recordAccess(
    ctx,
    forms.map((form) => form.personId),
    'changeForm.unregistered',
  );
  return forms;
}

/** KE registers a change form a coordinator submitted; a form registered already is a CONFLICT. */
export async function registerChangeForm(ctx: Context, changeFormId: string): Promise<DeclineForm> {
  const viewer = viewerOf(ctx);
  const { personId, node } = await ctx.db.$transaction(async (tx) => {
    // Conditional: of two registrations at once, one goes through.
    const { count } = await tx.changeForm.updateMany({
      where: { id: changeFormId, registeredAt: null },
      data: { registeredAt: ctx.now, registeredById: viewer.userId },
    });
    const form = await tx.changeForm.findUnique({
      where: { id: changeFormId },
      select: { ...DECLINE_FORM_SELECT, personId: true, fromAssignment: { select: { decision: { select: { referralId: true } } } } },
    });
    if (!form) throw notFound();
    if (count === 0) throw conflict('appointment.error.alreadyRegistered');
    await recordHistory(tx, ctx, {
      personId: form.personId,
      referralId: form.fromAssignment?.decision?.referralId ?? null,
      entity: 'ChangeForm',
      entityId: form.id,
      action: 'changeForm.registered',
      before: { registeredAt: null },
      after: { registeredAt: ctx.now },
    });
    const { personId, fromAssignment: _from, ...node } = form;
    return { personId, node };
  });
  await recordAccess(ctx, [personId], 'changeForm.register');
  return node;
}
