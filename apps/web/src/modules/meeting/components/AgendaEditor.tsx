// The coordinator's agenda: items added, put in order (buttons, so the keyboard can do it) and
// removed, someone from outside the group invited to one item, and whether the agenda was set
// with the person. "Build from the plan" fills it from the person's plan.
import { useMutation } from '@apollo/client/react';
import { Button, Card, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useFieldArray, useForm, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import {
  ActionError,
  CheckboxField,
  ConfirmDialog,
  errorList,
  FieldIdPrefix,
  FormActions,
  FormErrorSummary,
  InputField,
  maxLengthRule,
  requiredTextRule,
  TextareaField,
} from '../../../components/form';
import type { AgendaItemInput, InviteeInput, MeetingDetailsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { BuildAgendaFromPlanMutation, SetAgendaMutation } from '../graphql/meeting';
import { guestInput, inviteeInput, NAME_MAX, optionalEmail, TEXT_MAX } from '../meeting-form';

const TITLE_MAX = 300;

interface ItemGuest {
  name: string;
  email: string;
  /** The invitation as the API knows it (JSON of an InviteeInput); empty for someone from outside. */
  identity: string;
}

interface ItemValues {
  title: string;
  description: string;
  goalId: string;
  measureId: string;
  fromActionItemId: string;
  guests: ItemGuest[];
}

interface FormValues {
  items: ItemValues[];
  setWithPerson: boolean;
}

type Meeting = MeetingDetailsFragment;

function valuesOf(meeting: Meeting): FormValues {
  return {
    setWithPerson: meeting.agendaSetWithPerson,
    items: [...meeting.agenda]
      .sort((a, b) => a.position - b.position)
      .map((item) => ({
        title: item.title,
        description: item.description ?? '',
        goalId: item.goalId ?? '',
        measureId: item.measureId ?? '',
        fromActionItemId: item.fromActionItemId ?? '',
        guests: item.invitees.map((invitee) => ({
          name: invitee.name,
          email: invitee.email ?? '',
          identity: invitee.kind === 'EXTERNAL' ? '' : JSON.stringify(inviteeInput(invitee)),
        })),
      })),
  };
}

function itemInput(item: ItemValues): AgendaItemInput {
  const invitees: InviteeInput[] = item.guests.map((guest) =>
    guest.identity ? (JSON.parse(guest.identity) as InviteeInput) : guestInput(guest),
  );
  return {
    title: item.title.trim(),
    description: item.description.trim() || null,
    goalId: item.goalId || null,
    measureId: item.measureId || null,
    fromActionItemId: item.fromActionItemId || null,
    invitees,
  };
}

/** What the form was started from: a new agenda from the server starts it again. */
const agendaDigest = (meeting: Meeting) => JSON.stringify(valuesOf(meeting));

export function AgendaEditor({ meeting, onReload }: { meeting: Meeting; onReload: () => void }) {
  return (
    <div className="app-stack">
      <BuildFromPlan meeting={meeting} onReload={onReload} />
      <AgendaForm key={agendaDigest(meeting)} meeting={meeting} onReload={onReload} />
    </div>
  );
}

function AgendaForm({ meeting, onReload }: { meeting: Meeting; onReload: () => void }) {
  const t = useT();
  const [setAgenda, { loading, error, reset }] = useMutation(SetAgendaMutation);
  const [summaryKey, setSummaryKey] = useState(0);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isDirty },
  } = useForm<FormValues>({ defaultValues: valuesOf(meeting) });
  const items = useFieldArray({ control, name: 'items' });
  const onSubmit = handleSubmit(
    async (values) => {
      reset();
      try {
        await setAgenda({ variables: { meetingId: meeting.id, version: meeting.version, items: values.items.map(itemInput), setWithPerson: values.setWithPerson } });
      } catch {
        // shown below the form
      }
    },
    () => setSummaryKey((key) => key + 1),
  );
  return (
    <FieldIdPrefix prefix="agenda">
      <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.meeting.agenda.edit')}>
        <FormErrorSummary errors={errorList(errors)} focusKey={summaryKey} />
        {items.fields.length === 0 && <Paragraph className="app-muted">{t('web.meeting.agenda.empty')}</Paragraph>}
        <ol className="app-card-list">
          {items.fields.map((field, index) => (
            <li key={field.id}>
              <Card data-color="neutral">
                <div className="app-stack">
                  <div className="app-agenda-item__head">
                    <Heading level={3} data-size="2xs">
                      {t('web.meeting.agenda.itemNumber', { number: index + 1 })}
                    </Heading>
                    <div className="app-actions">
                      <Button
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        disabled={index === 0}
                        aria-label={t('web.meeting.agenda.moveUp', { number: index + 1 })}
                        onClick={() => items.move(index, index - 1)}
                      >
                        ↑
                      </Button>
                      <Button
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        disabled={index === items.fields.length - 1}
                        aria-label={t('web.meeting.agenda.moveDown', { number: index + 1 })}
                        onClick={() => items.move(index, index + 1)}
                      >
                        ↓
                      </Button>
                      <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={() => items.remove(index)}>
                        {t('web.meeting.agenda.remove', { number: index + 1 })}
                      </Button>
                    </div>
                  </div>
                  <InputField
                    label={t('web.meeting.agenda.itemTitle')}
                    required
                    error={errors.items?.[index]?.title?.message}
                    {...register(`items.${index}.title`, requiredTextRule(t, TITLE_MAX))}
                  />
                  <TextareaField
                    label={t('web.meeting.agenda.itemDescription')}
                    rows={2}
                    error={errors.items?.[index]?.description?.message}
                    {...register(`items.${index}.description`, maxLengthRule(t, TEXT_MAX))}
                  />
                  <ItemGuests index={index} control={control} register={register} errors={errors} />
                </div>
              </Card>
            </li>
          ))}
        </ol>
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={() => items.append({ title: '', description: '', goalId: '', measureId: '', fromActionItemId: '', guests: [] })}
          >
            {t('web.meeting.agenda.add')}
          </Button>
        </div>
        <CheckboxField
          label={t('web.meeting.agenda.setWithPersonLabel', { name: meeting.person.firstName })}
          description={t('web.meeting.agenda.setWithPersonHelp')}
          {...register('setWithPerson')}
        />
        <FormActions submit={t('web.meeting.agenda.save')} loading={loading} error={error} onReload={() => { reset(); onReload(); }} />
        {isDirty && <Paragraph data-size="sm">{t('web.meeting.agenda.unsaved')}</Paragraph>}
      </form>
    </FieldIdPrefix>
  );
}

/** Someone from outside the group invited to this one item. */
function ItemGuests({ index, control, register, errors }: { index: number; control: Control<FormValues>; register: UseFormRegister<FormValues>; errors: FieldErrors<FormValues> }) {
  const t = useT();
  const guests = useFieldArray({ control, name: `items.${index}.guests` });
  return (
    <Fieldset>
      <Fieldset.Legend>{t('web.meeting.agenda.guests')}</Fieldset.Legend>
      <Fieldset.Description>{t('web.meeting.agenda.guestsHelp')}</Fieldset.Description>
      {guests.fields.map((field, guestIndex) =>
        field.identity ? (
          <div key={field.id} className="app-toolbar">
            <Paragraph>{field.name}</Paragraph>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => guests.remove(guestIndex)}>
              {t('web.meeting.agenda.removeGuest', { name: field.name })}
            </Button>
          </div>
        ) : (
          <div key={field.id} className="app-inline-fields app-inline-fields--end">
            <InputField
              label={t('web.meeting.form.guestName', { number: guestIndex + 1 })}
              required
              autoComplete="off"
              error={errors.items?.[index]?.guests?.[guestIndex]?.name?.message}
              {...register(`items.${index}.guests.${guestIndex}.name`, requiredTextRule(t, NAME_MAX))}
            />
            <InputField
              label={t('web.meeting.form.guestEmail', { number: guestIndex + 1 })}
              type="email"
              autoComplete="off"
              error={errors.items?.[index]?.guests?.[guestIndex]?.email?.message}
              {...register(`items.${index}.guests.${guestIndex}.email`, { validate: (value) => optionalEmail(value) || t('web.meeting.form.guestEmailInvalid') })}
            />
            <div>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => guests.remove(guestIndex)}>
                {t('web.meeting.form.removeGuest', { number: guestIndex + 1 })}
              </Button>
            </div>
          </div>
        ),
      )}
      <div>
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => guests.append({ name: '', email: '', identity: '' })}>
          {t('web.meeting.agenda.addGuest')}
        </Button>
      </div>
    </Fieldset>
  );
}

/** Fills the agenda from the plan: open action items first, then goals with their measures. */
function BuildFromPlan({ meeting, onReload }: { meeting: Meeting; onReload: () => void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [build, { loading, error, reset }] = useMutation(BuildAgendaFromPlanMutation);
  const run = async () => {
    try {
      await build({ variables: { meetingId: meeting.id, version: meeting.version } });
      setAsking(false);
    } catch {
      setAsking(false);
    }
  };
  return (
    <div className="app-stack">
      <Paragraph data-size="sm">{t('web.meeting.agenda.buildHelp')}</Paragraph>
      <div className="app-actions">
        <Button
          type="button"
          variant="secondary"
          loading={loading && !asking}
          disabled={loading}
          onClick={() => {
            reset();
            if (meeting.agenda.length > 0) setAsking(true);
            else void run();
          }}
        >
          {t('web.meeting.agenda.build')}
        </Button>
      </div>
      {!asking && <ActionError error={error} onReload={() => { reset(); onReload(); }} />}
      <ConfirmDialog
        open={asking}
        title={t('web.meeting.agenda.buildConfirmTitle')}
        confirm={t('web.meeting.agenda.buildConfirm')}
        loading={loading}
        onConfirm={run}
        onClose={() => setAsking(false)}
      >
        <Paragraph>{t('web.meeting.agenda.buildConfirmText', { count: meeting.agenda.length })}</Paragraph>
      </ConfirmDialog>
    </div>
  );
}
