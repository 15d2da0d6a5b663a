// Plans a meeting, or changes one planned already: type (when planning), time and length, place
// or video link, chair and minute taker, and who is invited, from the person's network and
// outside guests by name and address. It checks what it can before sending; the server checks
// it all again and its messages land on the fields they name.
import { useMutation } from '@apollo/client/react';
import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import {
  ChoiceGroup,
  errorList,
  FieldIdPrefix,
  FormActions,
  FormErrorSummary,
  InputField,
  maxLengthRule,
  SelectField,
  setApiFieldErrors,
} from '../../../components/form';
import type { InviteeCandidateFragment, InviteeInput, MeetingDetailsFragment, MeetingType } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { PlanMeetingMutation, UpdateMeetingMutation } from '../graphql/meeting';
import {
  coordinationParticipantsMissing,
  defaultDuration,
  guestInput,
  inviteeInput,
  inviteeKey,
  LOCATION_MAX,
  optionalEmail,
  NAME_MAX,
  PLANNED_MEETING_TYPES,
  VIDEO_LINK_MAX,
  type Guest,
} from '../meeting-form';
import { fromLocalInput, isInFuture, toLocalInput } from '../../../lib/time-input';

interface FormValues {
  type: MeetingType | '';
  startsAt: string;
  durationMinutes: string;
  location: string;
  videoLink: string;
  chairUserId: string;
  minuteTakerUserId: string;
  /** Keys of the candidates checked (inviteeKey). */
  invitees: string[] | string | false;
  guests: Guest[];
}

const API_FIELDS = ['type', 'startsAt', 'durationMinutes', 'location', 'videoLink', 'chairUserId', 'minuteTakerUserId'] as const;

/** react-hook-form gives one checkbox's value alone, several as a list. */
const asList = (value: FormValues['invitees']): string[] => (Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : []);

type MeetingFormProps = {
  candidates: readonly InviteeCandidateFragment[];
  groupMeetingMinutes: number;
} & (
  | { mode: 'plan'; personId: string; onPlanned: (meetingId: string) => void }
  | { mode: 'edit'; meeting: MeetingDetailsFragment; onSaved: () => void; onCancel: () => void; onReload: () => void }
);

export function MeetingForm(props: MeetingFormProps) {
  const t = useT();
  const { candidates, groupMeetingMinutes } = props;
  const editing = props.mode === 'edit' ? props.meeting : null;
  const [plan, planState] = useMutation(PlanMeetingMutation);
  const [update, updateState] = useMutation(UpdateMeetingMutation);
  const [failed, setFailed] = useState(false);
  const [summaryKey, setSummaryKey] = useState(0);
  const coordinator = candidates.find((candidate) => candidate.isCoordinator && candidate.userId);
  const staff = candidates.filter((candidate) => candidate.userId);
  const candidateKeys = new Set(candidates.map(inviteeKey));
  const wholeMeeting = editing ? editing.invitees.filter((invitee) => !invitee.agendaItemId) : [];

  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    getFieldState,
    watch,
    getValues,
    formState: { errors },
  } = useForm<FormValues>({
    defaultValues: editing
      ? {
          type: editing.type,
          startsAt: toLocalInput(editing.startsAt),
          durationMinutes: String(editing.durationMinutes),
          location: editing.location ?? '',
          videoLink: editing.videoLink ?? '',
          chairUserId: editing.chairUserId ?? '',
          minuteTakerUserId: editing.minuteTakerUserId ?? '',
          invitees: wholeMeeting.map(inviteeKey).filter((key) => candidateKeys.has(key)),
          guests: wholeMeeting
            .filter((invitee) => !candidateKeys.has(inviteeKey(invitee)))
            .map((invitee) => ({ name: invitee.name, email: invitee.email ?? '' })),
        }
      : {
          type: '',
          startsAt: '',
          durationMinutes: '60',
          location: '',
          videoLink: '',
          chairUserId: coordinator?.userId ?? '',
          minuteTakerUserId: '',
          invitees: candidates.filter((candidate) => candidate.isCoordinator || candidate.kind === 'PERSON').map(inviteeKey),
          guests: [],
        },
  });
  const guests = useFieldArray({ control, name: 'guests' });
  const type = watch('type');

  // A new type brings its usual length, unless the length was typed in.
  useEffect(() => {
    if (!editing && !getFieldState('durationMinutes').isDirty) setValue('durationMinutes', String(defaultDuration(type, groupMeetingMinutes)));
  }, [type, editing, groupMeetingMinutes, getFieldState, setValue]);

  const startsAtChanged = (value: string) => !editing || value !== toLocalInput(editing.startsAt);

  const onSubmit = handleSubmit(
    async (values) => {
      setFailed(false);
      const chosen = asList(values.invitees);
      const invitees: InviteeInput[] = [
        ...candidates.filter((candidate) => chosen.includes(inviteeKey(candidate))).map((candidate) => inviteeInput(candidate)),
        ...values.guests.map(guestInput),
      ];
      const startsAt = fromLocalInput(values.startsAt)!;
      const common = {
        durationMinutes: Number(values.durationMinutes),
        location: values.location.trim() || null,
        videoLink: values.videoLink.trim() || null,
        chairUserId: values.chairUserId || null,
        minuteTakerUserId: values.minuteTakerUserId || null,
        invitees,
      };
      try {
        if (props.mode === 'plan') {
          const result = await plan({ variables: { input: { personId: props.personId, type: values.type as MeetingType, startsAt, ...common } } });
          if (result.data) props.onPlanned(result.data.planMeeting.id);
        } else {
          // An unchanged time is left out: the field holds whole minutes, the meeting may not.
          const input = startsAtChanged(values.startsAt) ? { startsAt, ...common } : common;
          await update({ variables: { meetingId: props.meeting.id, version: props.meeting.version, input } });
          props.onSaved();
        }
      } catch (failure) {
        const { placed } = setApiFieldErrors(failure, setError, (field) => {
          if (field.startsWith('invitees')) return 'invitees';
          return API_FIELDS.find((name) => name === field) ?? null;
        });
        if (placed) setSummaryKey((key) => key + 1);
        else setFailed(true);
      }
    },
    () => setSummaryKey((key) => key + 1),
  );

  const staffOptions = staff.map((candidate) => ({ value: candidate.userId!, label: candidateLabel(candidate, t) }));
  const mutationError = props.mode === 'plan' ? planState.error : updateState.error;
  const loading = planState.loading || updateState.loading;
  const prefix = editing ? 'meeting-edit' : 'meeting-plan';
  // A reload also clears the failure, so the form starts again from what the server has.
  const reload = () => {
    updateState.reset();
    setFailed(false);
    if (props.mode === 'edit') props.onReload();
  };

  return (
    <FieldIdPrefix prefix={prefix}>
      <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={editing ? t('web.meeting.form.editTitle') : t('web.meeting.form.planTitle')}>
        <FormErrorSummary errors={errorList(errors)} focusKey={summaryKey} />
        {!editing && (
          <SelectField
            label={t('web.meeting.form.type')}
            required
            placeholder={t('web.form.choose')}
            options={PLANNED_MEETING_TYPES.map((value) => ({ value, label: t(`meetingType.${value}`) }))}
            error={errors.type?.message}
            {...register('type', { required: t('web.meeting.form.typeRequired') })}
          />
        )}
        <div className="app-inline-fields">
          <InputField
            label={t('web.meeting.form.startsAt')}
            type="datetime-local"
            required
            error={errors.startsAt?.message}
            {...register('startsAt', {
              required: t('web.meeting.form.startsAtRequired'),
              validate: (value) => !startsAtChanged(value) || isInFuture(value) || t('web.meeting.form.startsAtFuture'),
            })}
          />
          <InputField
            label={t('web.meeting.form.duration')}
            type="number"
            inputMode="numeric"
            min={15}
            max={600}
            required
            error={errors.durationMinutes?.message}
            {...register('durationMinutes', {
              validate: (value) => {
                const minutes = Number(value);
                return (Number.isInteger(minutes) && minutes >= 15 && minutes <= 600) || t('validation.range', { min: 15, max: 600 });
              },
            })}
          />
        </div>
        <div className="app-inline-fields">
          <InputField
            label={t('web.meeting.form.location')}
            description={t('web.meeting.form.placeHelp')}
            error={errors.location?.message}
            {...register('location', {
              ...maxLengthRule(t, LOCATION_MAX),
              validate: (value) => value.trim() !== '' || getValues('videoLink').trim() !== '' || t('web.meeting.form.placeRequired'),
            })}
          />
          <InputField
            label={t('web.meeting.form.videoLink')}
            type="url"
            error={errors.videoLink?.message}
            {...register('videoLink', {
              ...maxLengthRule(t, VIDEO_LINK_MAX),
              validate: (value) => !value.trim() || /^https:\/\/\S+$/.test(value.trim()) || t('web.meeting.form.videoLinkInvalid'),
            })}
          />
        </div>
        <div className="app-inline-fields">
          <SelectField
            label={t('web.meeting.form.chair')}
            placeholder={t('web.meeting.form.nobody')}
            options={staffOptions}
            error={errors.chairUserId?.message}
            {...register('chairUserId')}
          />
          <SelectField
            label={t('web.meeting.form.minuteTaker')}
            placeholder={t('web.meeting.form.nobody')}
            options={staffOptions}
            error={errors.minuteTakerUserId?.message}
            {...register('minuteTakerUserId')}
          />
        </div>
        <ChoiceGroup
          type="checkbox"
          legend={t('web.meeting.form.invitees')}
          description={type === 'COORDINATION' ? t('web.meeting.form.coordinationHelp') : t('web.meeting.form.inviteesHelp')}
          options={candidates.map((candidate) => ({
            value: inviteeKey(candidate),
            label: candidateLabel(candidate, t),
            description: candidate.hasEmail ? undefined : t('web.meeting.form.noEmail'),
          }))}
          error={typeof errors.invitees?.message === 'string' ? errors.invitees.message : undefined}
          {...register('invitees', {
            validate: (value) => {
              const chosen = asList(value);
              if (chosen.length === 0 && getValues('guests').length === 0) return t('web.meeting.form.inviteesRequired');
              if (getValues('type') === 'COORDINATION' && coordinationParticipantsMissing(candidates, chosen)) return t('web.meeting.form.coordinationParticipants');
              return true;
            },
          })}
        />
        <Fieldset>
          <Fieldset.Legend>{t('web.meeting.form.guests')}</Fieldset.Legend>
          <Fieldset.Description>{t('web.meeting.form.guestsHelp')}</Fieldset.Description>
          {guests.fields.map((field, index) => (
            <div key={field.id} className="app-inline-fields app-inline-fields--end">
              <InputField
                label={t('web.meeting.form.guestName', { number: index + 1 })}
                required
                autoComplete="off"
                error={errors.guests?.[index]?.name?.message}
                {...register(`guests.${index}.name`, {
                  validate: (value) => value.trim() !== '' || t('web.meeting.form.guestNameRequired'),
                  ...maxLengthRule(t, NAME_MAX),
                })}
              />
              <InputField
                label={t('web.meeting.form.guestEmail', { number: index + 1 })}
                type="email"
                autoComplete="off"
                error={errors.guests?.[index]?.email?.message}
                {...register(`guests.${index}.email`, { validate: (value) => optionalEmail(value) || t('web.meeting.form.guestEmailInvalid') })}
              />
              <div>
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => guests.remove(index)}>
                  {t('web.meeting.form.removeGuest', { number: index + 1 })}
                </Button>
              </div>
            </div>
          ))}
          <div>
            <Button type="button" variant="secondary" data-size="sm" onClick={() => guests.append({ name: '', email: '' })}>
              {t('web.meeting.form.addGuest')}
            </Button>
          </div>
        </Fieldset>
        <FormActions
          submit={editing ? t('web.meeting.form.save') : t('web.meeting.form.plan')}
          loading={loading}
          error={failed && mutationError}
          onCancel={props.mode === 'edit' ? props.onCancel : undefined}
          onReload={props.mode === 'edit' ? reload : undefined}
        />
      </form>
    </FieldIdPrefix>
  );
}

/** A candidate as the planner lists them: name, and their role in the group or their part. */
export function candidateLabel(candidate: InviteeCandidateFragment, t: ReturnType<typeof useT>): string {
  const role = candidate.isCoordinator ? t('web.meeting.coordinator') : candidate.roleInGroup || t(`web.meeting.inviteeKind.${candidate.kind}`);
  return `${candidate.name} (${role})`;
}

