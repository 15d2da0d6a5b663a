// Adding a member, or editing one: who (a staff member, a relative, the person, someone outside;
// fixed once added), the role, the unit or organisation and whether the place is anchored with
// the member's own leader. The same rules as the API's, checked before sending.
import { useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { ChoiceGroup, CheckboxField, FormActions, InputField, maxLengthRule, requiredTextRule, SelectField, setApiFieldErrors } from '../../../components/form';
import type { GroupMemberCandidatesQuery, GroupMemberInput, GroupViewFieldsFragment, InviteeKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { AddGroupMemberMutation, UpdateGroupMemberMutation } from '../graphql/group-page';

const SHORT = 200;
const KINDS: InviteeKind[] = ['STAFF', 'RELATIVE', 'PERSON', 'EXTERNAL'];
// The same shape the API's class-validator accepts, loosely: something@domain.tld.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Member = GroupViewFieldsFragment['members'][number];
export type Candidates = GroupMemberCandidatesQuery;

interface Values {
  kind: InviteeKind | '';
  userId: string;
  relativeId: string;
  externalName: string;
  externalEmail: string;
  roleInGroup: string;
  unitId: string;
  organisation: string;
  anchoredInOwnUnit: boolean;
}

const valuesOf = (member: Member | null): Values => ({
  kind: member?.kind ?? '',
  userId: member?.userId ?? '',
  relativeId: member?.relativeId ?? '',
  externalName: member?.kind === 'EXTERNAL' ? member.name : '',
  externalEmail: member?.kind === 'EXTERNAL' ? (member.email ?? '') : '',
  roleInGroup: member?.roleInGroup ?? '',
  unitId: member?.unitId ?? '',
  organisation: member?.organisation ?? '',
  anchoredInOwnUnit: member?.anchoredInOwnUnit ?? false,
});

const professional = (kind: Values['kind']) => kind === 'STAFF' || kind === 'EXTERNAL';

/** What the form sends: the chosen kind's field only when adding; who stays when editing. */
function inputOf(values: Values, editing: boolean): GroupMemberInput {
  const common: GroupMemberInput = {
    roleInGroup: values.roleInGroup,
    unitId: professional(values.kind) ? values.unitId || null : null,
    organisation: professional(values.kind) ? values.organisation : null,
    anchoredInOwnUnit: values.anchoredInOwnUnit,
  };
  const external = values.kind === 'EXTERNAL' ? { externalName: values.externalName, externalEmail: values.externalEmail } : {};
  if (editing) return { ...common, ...external };
  return {
    ...common,
    ...external,
    ...(values.kind === 'STAFF' ? { userId: values.userId } : {}),
    ...(values.kind === 'RELATIVE' ? { relativeId: values.relativeId } : {}),
    ...(values.kind === 'PERSON' ? { isPerson: true } : {}),
  };
}

const FORM_FIELDS = ['userId', 'relativeId', 'externalName', 'externalEmail', 'roleInGroup', 'unitId', 'organisation'] as const;

export function MemberForm({
  groupId,
  version,
  member,
  candidates,
  onDone,
  onCancel,
  onReload,
}: {
  groupId: string;
  version: number;
  /** The member to edit; null adds one. */
  member: Member | null;
  candidates: Candidates;
  onDone: (name: string) => void;
  onCancel?: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const editing = member !== null;
  const [add, added] = useMutation(AddGroupMemberMutation);
  const [update, updated] = useMutation(UpdateGroupMemberMutation);
  const mutation = editing ? updated : added;
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    watch,
    reset,
    formState: { errors },
  } = useForm<Values>({ defaultValues: valuesOf(member) });
  const kind = watch('kind');
  const staff = candidates.groupMemberCandidates.filter((c) => c.kind === 'STAFF');
  const relatives = candidates.groupMemberCandidates.filter((c) => c.kind === 'RELATIVE');
  const label = (c: { name: string; isMember: boolean }) => (c.isMember ? t('web.groupMember.alreadyMember', { name: c.name }) : c.name);

  const onSubmit = handleSubmit(async (values) => {
    added.reset();
    updated.reset();
    const input = inputOf(values, editing);
    try {
      if (member) await update({ variables: { memberId: member.id, version, input } });
      else await add({ variables: { groupId, version, input } });
    } catch (failure) {
      // "Exactly one kind" names userId: in the add form that is the choice of kind.
      setApiFieldErrors(failure, setError, (field) => (field === 'userId' && values.kind !== 'STAFF' ? (editing ? null : 'kind') : (FORM_FIELDS as readonly string[]).includes(field) ? (field as (typeof FORM_FIELDS)[number]) : null));
      return;
    }
    const name =
      member?.name ??
      (values.kind === 'STAFF'
        ? (staff.find((c) => c.userId === values.userId)?.name ?? '')
        : values.kind === 'RELATIVE'
          ? (relatives.find((c) => c.relativeId === values.relativeId)?.name ?? '')
          : values.kind === 'EXTERNAL'
            ? values.externalName
            : t('web.groupMembers.kind.PERSON'));
    if (!editing) reset(valuesOf(null));
    onDone(name);
  });

  const unitOrOrganisation = (organisation: string, form: Values) =>
    !professional(form.kind) || !!form.unitId || !!organisation.trim() || t('web.groupMember.unitOrOrganisation');

  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={member ? t('web.groupMember.editTitle', { name: member.name }) : t('web.groupMember.add')}>
      {!editing && (
        <ChoiceGroup
          legend={t('web.groupMember.kind')}
          required
          options={KINDS.map((value) => ({ value, label: t(`web.groupMember.kind.${value}`) }))}
          error={errors.kind?.message}
          {...register('kind', { required: t('web.form.chooseOne') })}
        />
      )}
      {!editing && kind === 'STAFF' && (
        <SelectField
          label={t('web.groupMember.staff')}
          required
          placeholder={t('web.form.choose')}
          options={staff.map((c) => ({ value: c.userId!, label: c.unitName ? `${label(c)} – ${c.unitName}` : label(c) }))}
          error={errors.userId?.message}
          {...register('userId', {
            required: t('web.form.chooseOne'),
            onChange: (event: { target: { value: string } }) => {
              // The staff member's unit (or outside organisation) as a start.
              const chosen = staff.find((c) => c.userId === event.target.value);
              setValue('unitId', chosen?.unitId ?? '');
              setValue('organisation', chosen?.organisation ?? '');
            },
          })}
        />
      )}
      {!editing && kind === 'RELATIVE' && (
        <SelectField
          label={t('web.groupMember.relative')}
          required
          placeholder={t('web.form.choose')}
          description={relatives.length === 0 ? t('web.groupMember.noRelatives') : undefined}
          options={relatives.map((c) => ({ value: c.relativeId!, label: label(c) }))}
          error={errors.relativeId?.message}
          {...register('relativeId', { required: t('web.form.chooseOne') })}
        />
      )}
      {kind === 'EXTERNAL' && (
        <>
          <InputField label={t('web.groupMember.externalName')} required error={errors.externalName?.message} {...register('externalName', requiredTextRule(t, SHORT))} />
          <InputField
            label={t('web.groupMember.externalEmail')}
            description={t('web.groupMember.externalEmailHelp')}
            type="email"
            error={errors.externalEmail?.message}
            {...register('externalEmail', { ...maxLengthRule(t, SHORT), validate: (value) => !value.trim() || EMAIL.test(value.trim()) || t('web.groupMember.emailInvalid') })}
          />
        </>
      )}
      {kind !== '' && (
        <>
          <InputField
            label={t('web.groupMember.role')}
            description={t('web.groupMember.roleHelp')}
            required
            error={errors.roleInGroup?.message}
            {...register('roleInGroup', requiredTextRule(t, SHORT))}
          />
          {professional(kind) && (
            <>
              <SelectField
                label={t('web.groupMember.unit')}
                placeholder={t('web.form.choose')}
                options={candidates.units.map((unit) => ({ value: unit.id, label: unit.name }))}
                error={errors.unitId?.message}
                {...register('unitId')}
              />
              <InputField
                label={t('web.groupMember.organisation')}
                description={t('web.groupMember.unitOrOrganisation')}
                error={errors.organisation?.message}
                {...register('organisation', { ...maxLengthRule(t, SHORT), validate: unitOrOrganisation })}
              />
              <CheckboxField label={t('web.groupMember.anchored')} {...register('anchoredInOwnUnit')} />
            </>
          )}
        </>
      )}
      <FormActions
        submit={editing ? t('web.groupMember.submitEdit') : t('web.groupMember.submitAdd')}
        loading={mutation.loading}
        error={mutation.error}
        onReload={onReload}
        onCancel={onCancel}
      />
    </form>
  );
}
