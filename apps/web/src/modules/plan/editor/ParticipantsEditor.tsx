// Who takes part in the plan (the person, relatives and network, professionals), with their
// part, where they come from, how to reach them and what they contribute.
import { useMutation } from '@apollo/client/react';
import { Card, Details, Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormActions, InputField, maxLengthRule, SelectField, setApiFieldErrors, TextareaField, requiredTextRule } from '../../../components/form';
import type { ParticipantInput, ParticipantKind, PlanEditorFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { AddParticipantMutation } from '../graphql/editor';
import { AutosaveField } from './AutosaveField';
import { RemoveItem } from './RemoveItem';
import type { PlanEditing } from './usePlanEditing';

const KINDS: ParticipantKind[] = ['PERSON', 'RELATIVE', 'NETWORK', 'PROFESSIONAL'];
const TEXT_FIELDS = ['name', 'role', 'organisation', 'phone', 'email'] as const;
const SHORT = 200;

type Participant = PlanEditorFragment['participants'][number];

export function ParticipantsEditor({ plan, editing }: { plan: PlanEditorFragment; editing: PlanEditing }) {
  const { t } = useI18n();
  return (
    <div className="app-stack">
      <ul className="app-card-list">
        {plan.participants.map((participant) => (
          <li key={participant.id}>
            <ParticipantCard participant={participant} editing={editing} />
          </li>
        ))}
      </ul>
      <Details>
        <Details.Summary>{t('web.planEditor.participants.add')}</Details.Summary>
        <Details.Content>
          <AddParticipantForm planId={plan.id} />
        </Details.Content>
      </Details>
    </div>
  );
}

function ParticipantCard({ participant, editing }: { participant: Participant; editing: PlanEditing }) {
  const { t } = useI18n();
  const save = (field: keyof ParticipantInput) => (value: string | null, version: number) => editing.participant(participant.id, { [field]: value }, version);
  return (
    <Card data-color="neutral" asChild>
      <article aria-label={participant.name} className="app-stack">
        <Heading level={3} data-size="2xs">
          {participant.name} · {t(`web.planEditor.participantKind.${participant.kind}`)}
        </Heading>
        <div className="app-inline-fields">
          {TEXT_FIELDS.map((field) => (
            <AutosaveField
              key={field}
              kind="text"
              draftKey={`participant:${participant.id}:${field}`}
              label={t(`web.planEditor.participants.${field}`)}
              saved={participant[field] ?? null}
              version={participant.version}
              maxLength={SHORT}
              save={save(field)}
            />
          ))}
        </div>
        <AutosaveField
          kind="textarea"
          draftKey={`participant:${participant.id}:contribution`}
          label={t('web.planEditor.participants.contribution')}
          saved={participant.contribution ?? null}
          version={participant.version}
          maxLength={8000}
          save={save('contribution')}
        />
        {participant.kind !== 'PERSON' ? <RemoveItem kind="participant" id={participant.id} version={participant.version} name={participant.name} /> : null}
      </article>
    </Card>
  );
}

interface NewParticipant {
  kind: ParticipantKind | '';
  name: string;
  role: string;
  organisation: string;
  phone: string;
  email: string;
  contribution: string;
}

const EMPTY: NewParticipant = { kind: '', name: '', role: '', organisation: '', phone: '', email: '', contribution: '' };

function AddParticipantForm({ planId }: { planId: string }) {
  const { t } = useI18n();
  const [add, { loading, error, reset: resetMutation }] = useMutation(AddParticipantMutation);
  const [added, setAdded] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<NewParticipant>({ defaultValues: EMPTY });
  const onSubmit = handleSubmit(async ({ kind, ...values }) => {
    setAdded(null);
    resetMutation();
    try {
      await add({ variables: { planId, input: { kind: kind as ParticipantKind, ...values } } });
    } catch (failure) {
      setApiFieldErrors(failure, setError, ['kind', 'name', 'role', 'organisation', 'phone', 'email', 'contribution']);
      return;
    }
    reset(EMPTY);
    setAdded(values.name);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.planEditor.participants.add')}>
      <SelectField
        label={t('web.planEditor.participants.kind')}
        required
        placeholder={t('web.form.choose')}
        options={KINDS.map((kind) => ({ value: kind, label: t(`web.planEditor.participantKind.${kind}`) }))}
        error={errors.kind?.message}
        {...register('kind', { required: t('web.form.chooseOne') })}
      />
      <InputField
        label={t('web.planEditor.participants.name')}
        required
        error={errors.name?.message}
        {...register('name', requiredTextRule(t, SHORT))}
      />
      <InputField label={t('web.planEditor.participants.role')} error={errors.role?.message} {...register('role', maxLengthRule(t, SHORT))} />
      <InputField label={t('web.planEditor.participants.organisation')} error={errors.organisation?.message} {...register('organisation', maxLengthRule(t, SHORT))} />
      <InputField label={t('web.planEditor.participants.phone')} type="tel" error={errors.phone?.message} {...register('phone', maxLengthRule(t, 40))} />
      <InputField label={t('web.planEditor.participants.email')} type="email" error={errors.email?.message} {...register('email', maxLengthRule(t, SHORT))} />
      <TextareaField label={t('web.planEditor.participants.contribution')} error={errors.contribution?.message} {...register('contribution', maxLengthRule(t, 8000))} />
      <FormActions submit={t('web.planEditor.participants.addSubmit')} loading={loading} error={error} success={added !== null && t('web.planEditor.participants.added', { name: added })} />
    </form>
  );
}
