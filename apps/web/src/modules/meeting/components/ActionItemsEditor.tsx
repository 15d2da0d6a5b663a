// The action items of one agenda item: task, responsible (an invited user, or a name typed in),
// deadline and, optionally, the goal of the plan it serves.
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ActionError, FieldIdPrefix, FormActions, InputField, requiredTextRule, SelectField, setApiFieldErrors } from '../../../components/form';
import type { MeetingDetailsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { AddActionItemMutation, MeetingPlanGoalsQuery, RemoveActionItemMutation } from '../graphql/meeting';
import { NAME_MAX, TEXT_MAX } from '../meeting-form';

type AgendaItem = MeetingDetailsFragment['agenda'][number];

/** The responsible chosen in the form: an invited user's id, or OTHER for a name typed in. */
const OTHER = 'other';

interface FormValues {
  description: string;
  responsible: string;
  responsibleText: string;
  dueDate: string;
  goalId: string;
}

export function ActionItemsEditor({ meeting, item, onReload }: { meeting: MeetingDetailsFragment; item: AgendaItem; onReload: () => void }) {
  const { t, formatDate } = useI18n();
  const [remove, removeState] = useMutation(RemoveActionItemMutation);
  return (
    <div className="app-stack" data-testid="agenda-item-actions">
      <Heading level={4} data-size="2xs">
        {item.title}
      </Heading>
      {item.actionItems.length === 0 ? (
        <Paragraph data-size="sm" className="app-muted">
          {t('web.meeting.actionItems.none')}
        </Paragraph>
      ) : (
        <ul className="app-list" role="list">
          {item.actionItems.map((action) => (
            <li key={action.id} className="app-list__item">
              <Paragraph>{action.description}</Paragraph>
              <Paragraph data-size="sm">
                {t('web.meeting.actionItems.who', { name: action.responsibleName })}
                {action.dueDate ? ` · ${t('web.meeting.actionItems.due', { date: formatDate(action.dueDate) })}` : ''}
              </Paragraph>
              {action.goalDescription && (
                <Tag data-size="sm" data-color="accent" variant="outline">
                  {t('web.meeting.actionItems.goal', { goal: action.goalDescription })}
                </Tag>
              )}
              <div>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  data-color="danger"
                  disabled={removeState.loading}
                  // The meeting's version: its minutes are edited as one.
                  onClick={() => void remove({ variables: { actionItemId: action.id, version: meeting.version } }).catch(() => undefined)}
                >
                  {t('web.meeting.actionItems.remove', { task: action.description })}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ActionError error={removeState.error} onReload={() => { removeState.reset(); onReload(); }} />
      <Details>
        <Details.Summary>{t('web.meeting.actionItems.add', { title: item.title })}</Details.Summary>
        <Details.Content>
          {/* One form per agenda item: each needs its own field ids. */}
          <FieldIdPrefix prefix={`action-item-${item.position}`}>
            <AddActionItem meeting={meeting} item={item} onReload={onReload} />
          </FieldIdPrefix>
        </Details.Content>
      </Details>
    </div>
  );
}

function AddActionItem({ meeting, item, onReload }: { meeting: MeetingDetailsFragment; item: AgendaItem; onReload: () => void }) {
  const { t } = useI18n();
  const [add, { loading, error, reset: resetMutation }] = useMutation(AddActionItemMutation);
  const [failed, setFailed] = useState(false);
  // The plan's goals, for those who may read the plan; without them the choice is left out.
  const goals = useQuery(MeetingPlanGoalsQuery, { variables: { personId: meeting.person.id } }).data?.plan?.goals ?? [];
  const users = meeting.invitees.filter((invitee) => invitee.userId);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    reset,
    formState: { errors },
  } = useForm<FormValues>({ defaultValues: { description: '', responsible: '', responsibleText: '', dueDate: '', goalId: item.goalId ?? '' } });
  const responsible = watch('responsible');
  const onSubmit = handleSubmit(async (values) => {
    setFailed(false);
    const other = values.responsible === OTHER;
    try {
      await add({
        variables: {
          meetingId: meeting.id,
          version: meeting.version,
          input: {
            agendaItemId: item.id,
            description: values.description.trim(),
            responsibleUserId: other ? null : values.responsible,
            responsibleText: other ? values.responsibleText.trim() : null,
            dueDate: values.dueDate || null,
            goalId: values.goalId || null,
          },
        },
      });
      reset({ description: '', responsible: '', responsibleText: '', dueDate: '', goalId: item.goalId ?? '' });
    } catch (failure) {
      const placed = setApiFieldErrors(failure, setError, (field) => {
        if (field === 'responsibleUserId') return 'responsible';
        return (['description', 'responsibleText', 'dueDate', 'goalId'] as const).find((name) => name === field) ?? null;
      }).placed;
      if (!placed) setFailed(true);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.meeting.actionItems.add', { title: item.title })}>
      <InputField
        label={t('web.meeting.actionItems.description')}
        required
        error={errors.description?.message}
        {...register('description', requiredTextRule(t, TEXT_MAX))}
      />
      <div className="app-inline-fields">
        <SelectField
          label={t('web.meeting.actionItems.responsible')}
          required
          placeholder={t('web.form.choose')}
          options={[...users.map((user) => ({ value: user.userId!, label: user.name })), { value: OTHER, label: t('web.meeting.actionItems.other') }]}
          error={errors.responsible?.message}
          {...register('responsible', { required: t('web.meeting.actionItems.responsibleRequired') })}
        />
        {responsible === OTHER && (
          <InputField
            label={t('web.meeting.actionItems.responsibleText')}
            required
            error={errors.responsibleText?.message}
            {...register('responsibleText', requiredTextRule(t, NAME_MAX))}
          />
        )}
        <InputField label={t('web.meeting.actionItems.dueDate')} type="date" error={errors.dueDate?.message} {...register('dueDate')} />
      </div>
      {goals.length > 0 && (
        <SelectField
          label={t('web.meeting.actionItems.goalChoice')}
          placeholder={t('web.meeting.actionItems.noGoal')}
          options={goals.map((goal) => ({ value: goal.id, label: goal.description }))}
          {...register('goalId')}
        />
      )}
      <FormActions submit={t('web.meeting.actionItems.submit')} variant="secondary" loading={loading} error={failed && error} onReload={() => { resetMutation(); setFailed(false); onReload(); }} />
    </form>
  );
}

