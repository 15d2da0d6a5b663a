// The plan's sub-plans (IOP, relay log, crisis plan …): documents of their own, linked to the plan
// with who owns them (a unit, or a person named) and where they are. Each field saves itself.
import { useMutation } from '@apollo/client/react';
import { Card, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ChoiceGroup, FormActions, InputField, maxLengthRule, requiredTextRule, SelectField, setApiFieldErrors, TextareaField } from '../../../components/form';
import { useFragment, type FragmentType } from '../../../gql';
import type { LifeArea, PlanSubPlansFragment as PlanSubPlans, SubPlanInput, SubPlanKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { AutosaveField } from '../editor/AutosaveField';
import { LIFE_AREAS } from '../editor/GoalsEditor';
import { AddSubPlanMutation, PlanSubPlansFragment, RemoveSubPlanMutation, RestoreSubPlanMutation } from './graphql';
import { RemovePart } from './RemovePart';
import { usePartEditing, type PartEditing } from './usePartEditing';

type SubPlan = PlanSubPlans['subPlans'][number];
type Unit = { id: string; name: string };

export const SUB_PLAN_KINDS: SubPlanKind[] = ['IOP', 'RELAY_LOG', 'REHABILITATION_PLAN', 'MEASURE_PLAN', 'CRISIS_PLAN', 'TREATMENT_PLAN', 'OTHER'];
const SHORT = 200;
const LONG = 8000;

export function SubPlansEditor(props: { plan: FragmentType<typeof PlanSubPlansFragment>; units: readonly Unit[] }) {
  const plan = useFragment(PlanSubPlansFragment, props.plan);
  const { t } = useI18n();
  const editing = usePartEditing();
  return (
    <div className="app-stack">
      <Paragraph data-size="sm">{t('web.planParts.subPlans.intro')}</Paragraph>
      {plan.subPlans.length === 0 ? (
        <p className="app-muted">{t('web.planParts.subPlans.none')}</p>
      ) : (
        <ul className="app-card-list">
          {plan.subPlans.map((subPlan) => (
            <li key={subPlan.id}>
              <SubPlanCard subPlan={subPlan} units={props.units} editing={editing} />
            </li>
          ))}
        </ul>
      )}
      <Details>
        <Details.Summary>{t('web.planParts.subPlans.add')}</Details.Summary>
        <Details.Content>
          <AddSubPlanForm planId={plan.id} units={props.units} />
        </Details.Content>
      </Details>
    </div>
  );
}

const unitOptions = (units: readonly Unit[]) => units.map((unit) => ({ value: unit.id, label: unit.name }));

function SubPlanCard({ subPlan, units, editing }: { subPlan: SubPlan; units: readonly Unit[]; editing: PartEditing }) {
  const { t } = useI18n();
  const save = (input: (value: string | null) => SubPlanInput) => (value: string | null, version: number) => editing.subPlan(subPlan.id, input(value), version);
  const key = (field: string) => `subPlan:${subPlan.id}:${field}`;
  return (
    <Card data-color="neutral" asChild>
      <article aria-label={subPlan.title} className="app-stack" data-testid="sub-plan-card">
        <div className="app-tags">
          <Heading level={3} data-size="2xs">
            {subPlan.title}
          </Heading>
          <Tag data-size="sm" data-color="info">
            {t(`subPlanKind.${subPlan.kind}`)}
          </Tag>
        </div>
        <Paragraph data-size="sm">{t('web.planParts.subPlans.owner', { owner: subPlan.owner })}</Paragraph>
        <AutosaveField
          kind="text"
          draftKey={key('title')}
          label={t('web.planParts.subPlans.name')}
          saved={subPlan.title}
          version={subPlan.version}
          maxLength={SHORT}
          save={save((value) => ({ title: value ?? '' }))}
        />
        <div className="app-inline-fields">
          <AutosaveField
            kind="select"
            draftKey={key('kind')}
            label={t('web.planParts.subPlans.kind')}
            options={SUB_PLAN_KINDS.map((kind) => ({ value: kind, label: t(`subPlanKind.${kind}`) }))}
            saved={subPlan.kind}
            version={subPlan.version}
            save={save((value) => ({ kind: value as SubPlanKind }))}
          />
          <AutosaveField
            kind="select"
            draftKey={key('lifeArea')}
            label={t('web.planEditor.goals.lifeArea')}
            placeholder={t('web.planEditor.goals.noLifeArea')}
            options={LIFE_AREAS.map((area) => ({ value: area, label: t(`web.lifeArea.${area}`) }))}
            saved={subPlan.lifeArea ?? null}
            version={subPlan.version}
            save={save((value) => ({ lifeArea: value as LifeArea | null }))}
          />
        </div>
        {/* One owner: choosing a unit clears the name, and naming a person clears the unit. */}
        <div className="app-inline-fields">
          <AutosaveField
            kind="select"
            draftKey={key('ownerUnitId')}
            label={t('web.planParts.subPlans.ownerUnit')}
            placeholder={t('web.planParts.subPlans.noOwnerUnit')}
            options={unitOptions(units)}
            saved={subPlan.ownerUnitId ?? null}
            version={subPlan.version}
            save={save((value) => (value ? { ownerUnitId: value, ownerName: null } : { ownerUnitId: null }))}
          />
          <AutosaveField
            kind="text"
            draftKey={key('ownerName')}
            label={t('web.planParts.subPlans.ownerName')}
            description={t('web.planParts.subPlans.ownerNameHelp')}
            saved={subPlan.ownerName ?? null}
            version={subPlan.version}
            maxLength={SHORT}
            save={save((value) => (value ? { ownerName: value, ownerUnitId: null } : { ownerName: null }))}
          />
        </div>
        <AutosaveField
          kind="text"
          draftKey={key('externalReference')}
          label={t('web.planParts.subPlans.externalReference')}
          description={t('web.planParts.subPlans.externalReferenceHelp')}
          saved={subPlan.externalReference ?? null}
          version={subPlan.version}
          maxLength={SHORT}
          save={save((value) => ({ externalReference: value }))}
        />
        <AutosaveField
          kind="textarea"
          draftKey={key('note')}
          label={t('web.planParts.note')}
          saved={subPlan.note ?? null}
          version={subPlan.version}
          maxLength={LONG}
          save={save((value) => ({ note: value }))}
        />
        <RemovePart
          kind="subPlans"
          id={subPlan.id}
          version={subPlan.version}
          params={{ name: subPlan.title }}
          remove={RemoveSubPlanMutation}
          restore={RestoreSubPlanMutation}
        />
      </article>
    </Card>
  );
}

interface NewSubPlan {
  kind: SubPlanKind | '';
  title: string;
  ownedBy: 'unit' | 'person';
  ownerUnitId: string;
  ownerName: string;
  lifeArea: LifeArea | '';
  externalReference: string;
  note: string;
}

const EMPTY: NewSubPlan = { kind: '', title: '', ownedBy: 'unit', ownerUnitId: '', ownerName: '', lifeArea: '', externalReference: '', note: '' };

function AddSubPlanForm({ planId, units }: { planId: string; units: readonly Unit[] }) {
  const { t } = useI18n();
  const [add, { loading, error, reset: resetMutation }] = useMutation(AddSubPlanMutation);
  const [added, setAdded] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    watch,
    setError,
    formState: { errors },
  } = useForm<NewSubPlan>({ defaultValues: EMPTY });
  const ownedBy = watch('ownedBy');
  const onSubmit = handleSubmit(async ({ ownedBy: owner, ...values }) => {
    setAdded(false);
    resetMutation();
    try {
      await add({
        variables: {
          planId,
          input: {
            kind: values.kind as SubPlanKind,
            title: values.title,
            ownerUnitId: owner === 'unit' ? values.ownerUnitId : null,
            ownerName: owner === 'person' ? values.ownerName : null,
            lifeArea: values.lifeArea || null,
            externalReference: values.externalReference || null,
            note: values.note || null,
          },
        },
      });
    } catch (failure) {
      // The API names the owner's problem on ownerName: the field shown is where it goes.
      setApiFieldErrors(failure, setError, (field) =>
        field === 'ownerName' || field === 'ownerUnitId'
          ? owner === 'unit'
            ? 'ownerUnitId'
            : 'ownerName'
          : (['kind', 'title', 'lifeArea', 'externalReference', 'note'] as const).find((name) => name === field) ?? null,
      );
      return;
    }
    reset(EMPTY);
    setAdded(true);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.planParts.subPlans.add')}>
      <SelectField
        label={t('web.planParts.subPlans.kind')}
        required
        placeholder={t('web.form.choose')}
        options={SUB_PLAN_KINDS.map((kind) => ({ value: kind, label: t(`subPlanKind.${kind}`) }))}
        error={errors.kind?.message}
        {...register('kind', { required: t('web.form.chooseOne') })}
      />
      <InputField label={t('web.planParts.subPlans.name')} required error={errors.title?.message} {...register('title', requiredTextRule(t, SHORT))} />
      <ChoiceGroup
        legend={t('web.planParts.subPlans.ownedBy')}
        options={[
          { value: 'unit', label: t('web.planParts.subPlans.ownedByUnit') },
          { value: 'person', label: t('web.planParts.subPlans.ownedByPerson') },
        ]}
        {...register('ownedBy')}
      />
      {ownedBy === 'unit' ? (
        <SelectField
          label={t('web.planParts.subPlans.ownerUnit')}
          required
          placeholder={t('web.form.choose')}
          options={unitOptions(units)}
          error={errors.ownerUnitId?.message}
          {...register('ownerUnitId', { required: t('web.form.chooseOne') })}
        />
      ) : (
        <InputField
          label={t('web.planParts.subPlans.ownerName')}
          description={t('web.planParts.subPlans.ownerNameHelp')}
          required
          error={errors.ownerName?.message}
          {...register('ownerName', requiredTextRule(t, SHORT))}
        />
      )}
      <SelectField
        label={t('web.planEditor.goals.lifeArea')}
        placeholder={t('web.planEditor.goals.noLifeArea')}
        options={LIFE_AREAS.map((area) => ({ value: area, label: t(`web.lifeArea.${area}`) }))}
        error={errors.lifeArea?.message}
        {...register('lifeArea')}
      />
      <InputField
        label={t('web.planParts.subPlans.externalReference')}
        description={t('web.planParts.subPlans.externalReferenceHelp')}
        error={errors.externalReference?.message}
        {...register('externalReference', maxLengthRule(t, SHORT))}
      />
      <TextareaField label={t('web.planParts.note')} error={errors.note?.message} {...register('note', maxLengthRule(t, LONG))} />
      <FormActions submit={t('web.planParts.subPlans.addSubmit')} loading={loading} error={error} success={added && t('web.planParts.subPlans.added')} />
    </form>
  );
}
