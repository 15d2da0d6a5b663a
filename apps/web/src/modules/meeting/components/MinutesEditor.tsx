// The minutes, written by the chair or minute taker (or the coordinator): who was there, whether
// the previous minutes were approved, notes and a conclusion per agenda item (and whether it is a
// matter for the leaders rather than the group), action items, the next meeting and who receives
// the minutes. They are saved as often as wanted; finalising is refused while a part the
// checklist requires is missing, and the page names the parts.
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  ActionError,
  ChoiceGroup,
  errorList,
  FieldIdPrefix,
  FormActions,
  FormErrorSummary,
  InputField,
  maxLengthRule,
  SelectField,
  TextareaField,
} from '../../../components/form';
import type { MeetingDetailsFragment, MinutesInput, MinutesPart, ToLeadersKind } from '../../../gql/graphql';
import { apiErrorInfo } from '../../../apollo/errors';
import { useT } from '../../../i18n';
import { FinaliseMinutesMutation, SaveMinutesMutation } from '../graphql/meeting';
import { fromLocalInput, toLocalInput } from '../../../lib/time-input';
import { TEXT_MAX } from '../meeting-form';
import { ActionItemsEditor } from './ActionItemsEditor';

export const TO_LEADERS_KINDS: readonly ToLeadersKind[] = ['STAFF_COMPLAINT', 'RESOURCE_ALLOCATION', 'MEASURE_TRAINING', 'AGENCY_DISAGREEMENT'];
/** The checklist's order of the parts of minutes. */
export const MINUTES_PARTS: readonly MinutesPart[] = ['TIME_AND_PLACE', 'ATTENDANCE', 'PREVIOUS_MINUTES', 'ITEM_NOTES', 'CONCLUSIONS', 'NEXT_MEETING', 'RECIPIENTS'];

type YesNo = '' | 'yes' | 'no';

interface FormValues {
  attendance: Array<{ inviteeId: string; present: YesNo }>;
  previousMinutesApproved: YesNo;
  items: Array<{ agendaItemId: string; notes: string; conclusion: string; toLeadersKind: ToLeadersKind | '' }>;
  nextMeetingAt: string;
  nextMeetingTopic: string;
  distribution: string;
}

const yesNo = (value: boolean | null | undefined): YesNo => (value === true ? 'yes' : value === false ? 'no' : '');
const fromYesNo = (value: YesNo): boolean | null => (value === 'yes' ? true : value === 'no' ? false : null);

function valuesOf(meeting: MeetingDetailsFragment): FormValues {
  const minutes = meeting.minutes;
  return {
    attendance: meeting.invitees.map((invitee) => ({ inviteeId: invitee.id, present: yesNo(invitee.present) })),
    previousMinutesApproved: yesNo(minutes?.previousMinutesApproved),
    items: [...meeting.agenda]
      .sort((a, b) => a.position - b.position)
      .map((item) => ({ agendaItemId: item.id, notes: item.notes ?? '', conclusion: item.conclusion ?? '', toLeadersKind: item.toLeadersKind ?? '' })),
    nextMeetingAt: toLocalInput(minutes?.nextMeetingAt),
    nextMeetingTopic: minutes?.nextMeetingTopic ?? '',
    distribution: minutes?.distribution ?? '',
  };
}

function minutesInput(values: FormValues): MinutesInput {
  return {
    attendance: values.attendance.filter((row) => row.present !== '').map((row) => ({ inviteeId: row.inviteeId, present: row.present === 'yes' })),
    previousMinutesApproved: fromYesNo(values.previousMinutesApproved),
    items: values.items.map((item) => ({
      agendaItemId: item.agendaItemId,
      notes: item.notes.trim() || null,
      conclusion: item.conclusion.trim() || null,
      toLeadersKind: item.toLeadersKind || null,
    })),
    nextMeetingAt: fromLocalInput(values.nextMeetingAt),
    nextMeetingTopic: values.nextMeetingTopic.trim() || null,
    distribution: values.distribution.trim() || null,
  };
}

export function MinutesEditor({ meeting, onReload }: { meeting: MeetingDetailsFragment; onReload: () => void }) {
  const t = useT();
  // Up here: a save starts the form again from what the server has.
  const [saved, setSaved] = useState(false);
  return (
    <div className="app-stack">
      {saved && (
        <Alert data-color="success" role="status">
          {t('web.meeting.minutes.saved')}
        </Alert>
      )}
      <MinutesForm key={JSON.stringify(valuesOf(meeting))} meeting={meeting} onReload={onReload} onSaving={() => setSaved(false)} onSaved={() => setSaved(true)} />
      {meeting.canManage && <FinaliseMinutes meeting={meeting} onReload={onReload} />}
    </div>
  );
}

function MinutesForm({ meeting, onReload, onSaving, onSaved }: { meeting: MeetingDetailsFragment; onReload: () => void; onSaving: () => void; onSaved: () => void }) {
  const t = useT();
  const [save, { loading, error, reset }] = useMutation(SaveMinutesMutation);
  const [summaryKey, setSummaryKey] = useState(0);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<FormValues>({ defaultValues: valuesOf(meeting) });
  const yesNoOptions = [
    { value: 'yes', label: t('web.common.yes') },
    { value: 'no', label: t('web.common.no') },
  ];
  const onSubmit = handleSubmit(
    async (values) => {
      reset();
      onSaving();
      try {
        await save({ variables: { meetingId: meeting.id, version: meeting.version, input: minutesInput(values) } });
        onSaved();
      } catch {
        // shown below the form
      }
    },
    () => setSummaryKey((key) => key + 1),
  );
  const agenda = [...meeting.agenda].sort((a, b) => a.position - b.position);
  return (
    <FieldIdPrefix prefix="minutes">
      <form onSubmit={onSubmit} noValidate className="app-stack" aria-label={t('web.meeting.minutes.edit')}>
        <FormErrorSummary errors={errorList(errors)} focusKey={summaryKey} />
        <Heading level={3} data-size="xs">
          {t('web.meeting.minutes.attendance')}
        </Heading>
        <ul className="app-card-list">
          {meeting.invitees.map((invitee, index) => (
            <li key={invitee.id}>
              <ChoiceGroup
                legend={invitee.name}
                options={[
                  { value: 'yes', label: t('web.meeting.present') },
                  { value: 'no', label: t('web.meeting.absent') },
                ]}
                {...register(`attendance.${index}.present`)}
              />
            </li>
          ))}
        </ul>
        <ChoiceGroup legend={t('web.meeting.minutes.previousApproved')} options={yesNoOptions} {...register('previousMinutesApproved')} />
        <Heading level={3} data-size="xs">
          {t('web.meeting.minutes.items')}
        </Heading>
        {agenda.length === 0 && <Paragraph className="app-muted">{t('web.meeting.agenda.empty')}</Paragraph>}
        <ol className="app-card-list">
          {agenda.map((item, index) => (
            <li key={item.id}>
              <Card data-color="neutral">
                <div className="app-stack">
                  <Heading level={4} data-size="2xs">
                    {t('web.meeting.minutes.itemHeading', { number: index + 1, title: item.title })}
                  </Heading>
                  <TextareaField
                    label={t('web.meeting.minutes.notes', { title: item.title })}
                    rows={3}
                    error={errors.items?.[index]?.notes?.message}
                    {...register(`items.${index}.notes`, maxLengthRule(t, TEXT_MAX))}
                  />
                  <TextareaField
                    label={t('web.meeting.minutes.conclusion', { title: item.title })}
                    rows={2}
                    error={errors.items?.[index]?.conclusion?.message}
                    {...register(`items.${index}.conclusion`, maxLengthRule(t, TEXT_MAX))}
                  />
                  <SelectField
                    label={t('web.meeting.minutes.toLeaders', { title: item.title })}
                    description={t('web.meeting.minutes.toLeadersHelp')}
                    placeholder={t('web.meeting.minutes.toLeadersNone')}
                    options={TO_LEADERS_KINDS.map((kind) => ({ value: kind, label: t(`web.meeting.toLeadersKind.${kind}`) }))}
                    {...register(`items.${index}.toLeadersKind`)}
                  />
                </div>
              </Card>
            </li>
          ))}
        </ol>
        <Heading level={3} data-size="xs">
          {t('web.meeting.minutes.next')}
        </Heading>
        <div className="app-inline-fields">
          <InputField label={t('web.meeting.minutes.nextAt')} type="datetime-local" {...register('nextMeetingAt')} />
          <InputField
            label={t('web.meeting.minutes.nextTopic')}
            error={errors.nextMeetingTopic?.message}
            {...register('nextMeetingTopic', maxLengthRule(t, TEXT_MAX))}
          />
        </div>
        <TextareaField
          label={t('web.meeting.minutes.distribution')}
          description={t('web.meeting.minutes.distributionHelp')}
          rows={2}
          error={errors.distribution?.message}
          {...register('distribution', maxLengthRule(t, TEXT_MAX))}
        />
        <FormActions submit={t('web.meeting.minutes.save')} loading={loading} error={error} onReload={() => { reset(); onReload(); }} />
      </form>
      {agenda.length > 0 && (
        <section aria-labelledby="minutes-action-items" className="app-stack">
          <Heading level={3} data-size="xs" id="minutes-action-items">
            {t('web.meeting.actionItems.title')}
          </Heading>
          {agenda.map((item) => (
            <ActionItemsEditor key={item.id} meeting={meeting} item={item} onReload={onReload} />
          ))}
        </section>
      )}
    </FieldIdPrefix>
  );
}

/** Finalises the saved minutes, or names what they still lack. */
function FinaliseMinutes({ meeting, onReload }: { meeting: MeetingDetailsFragment; onReload: () => void }) {
  const t = useT();
  const [finalise, { loading, error, reset }] = useMutation(FinaliseMinutesMutation);
  const [shown, setShown] = useState<readonly MinutesPart[] | null>(null);
  const missingRef = useRef<HTMLDivElement>(null);
  const missing = meeting.minutes?.missingParts ?? [];
  const run = async () => {
    reset();
    if (missing.length > 0) {
      setShown(missing);
      // After the render that shows them: the focus goes to the list of what is missing.
      setTimeout(() => missingRef.current?.focus(), 0);
      return;
    }
    setShown(null);
    try {
      await finalise({ variables: { meetingId: meeting.id, version: meeting.version } });
    } catch (failure) {
      // The server names the parts in its message and, one by one, as fields `minutes.<part>`.
      const parts = (apiErrorInfo(failure)?.fields ?? []).map((field) => field.field.replace(/^minutes\./, '') as MinutesPart);
      const known = MINUTES_PARTS.filter((part) => parts.includes(part));
      if (known.length > 0) setShown(known);
    }
  };
  const ordered = MINUTES_PARTS.filter((part) => (shown ?? []).includes(part));
  // Minutes are finalised after the meeting has begun; the server refuses before.
  const notStarted = Date.parse(meeting.startsAt) > Date.now();
  return (
    <div className="app-stack">
      <Heading level={3} data-size="xs">
        {t('web.meeting.minutes.finaliseTitle')}
      </Heading>
      <Paragraph data-size="sm">{notStarted ? t('web.meeting.minutes.notStarted') : t('web.meeting.minutes.finaliseHelp')}</Paragraph>
      {shown && ordered.length > 0 && (
        <Alert data-color="warning" ref={missingRef} tabIndex={-1} data-testid="missing-parts">
          <Heading level={4} data-size="2xs">
            {t('web.meeting.minutes.missingTitle')}
          </Heading>
          <ul>
            {ordered.map((part) => (
              <li key={part}>{t(`web.meeting.part.${part}`)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <div className="app-actions">
        <Button type="button" loading={loading} disabled={loading || notStarted} onClick={() => void run()}>
          {t('web.meeting.minutes.finalise')}
        </Button>
      </div>
      <ActionError error={error} title={t('web.meeting.minutes.finaliseFailed')} onReload={() => { reset(); onReload(); }} />
    </div>
  );
}
