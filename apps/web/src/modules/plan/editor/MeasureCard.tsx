// One measure: what is done, who is responsible, from and to, how much and how, its status and
// what the person does themselves. An overdue measure says so where it stands.
import { Card, Details, Tag } from '@digdir/designsystemet-react';
import type { MeasureInput, MeasureStatus, PlanEditorFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { shortText } from '../short-text';
import { planItemElementId } from '../review/LegalContentPanel';
import { RecordHistory } from '../review/PlanHistory';
import { AutosaveField } from './AutosaveField';
import { RemoveItem } from './RemoveItem';
import type { PlanEditing } from './usePlanEditing';

type Measure = PlanEditorFragment['measures'][number];
type Goal = PlanEditorFragment['goals'][number];

const STATUSES: MeasureStatus[] = ['PLANNED', 'ONGOING', 'DONE', 'CANCELLED'];

/** A participant or a unit that can be responsible, as one select's value: `p:<id>` or `u:<id>`. */
export interface ResponsibleOption {
  value: string;
  label: string;
}

export const responsibleValue = (measure: Pick<Measure, 'responsibleParticipantId' | 'responsibleUnitId'>): string | null =>
  measure.responsibleParticipantId ? `p:${measure.responsibleParticipantId}` : measure.responsibleUnitId ? `u:${measure.responsibleUnitId}` : null;

/** The select's value as the API's fields: one of a participant or a unit, the other cleared. */
export function responsibleInput(value: string | null): Pick<MeasureInput, 'responsibleParticipantId' | 'responsibleUnitId'> {
  if (value?.startsWith('p:')) return { responsibleParticipantId: value.slice(2), responsibleUnitId: null };
  if (value?.startsWith('u:')) return { responsibleParticipantId: null, responsibleUnitId: value.slice(2) };
  return { responsibleParticipantId: null, responsibleUnitId: null };
}

export function MeasureCard({
  measure,
  goals,
  editing,
  responsibleOptions,
}: {
  measure: Measure;
  goals: readonly Goal[];
  editing: PlanEditing;
  responsibleOptions: ResponsibleOption[];
}) {
  const { t } = useI18n();
  const save = (input: (value: string | null) => MeasureInput) => (value: string | null, version: number) => editing.measure(measure.id, input(value), version);
  const key = (field: string) => `measure:${measure.id}:${field}`;
  const short = shortText(measure.description);
  return (
    <Card data-color={measure.overdue ? 'danger' : 'neutral'} variant={measure.overdue ? 'tinted' : 'default'} asChild>
      <article aria-label={short} className="app-stack" data-testid="measure-card" id={planItemElementId('measure', measure.id)} tabIndex={-1}>
        {measure.overdue ? (
          <Tag data-color="danger" data-size="sm">
            {t('web.planEditor.measures.overdue')}
          </Tag>
        ) : null}
        <AutosaveField
          kind="textarea"
          draftKey={key('description')}
          label={t('web.planEditor.measures.description')}
          saved={measure.description}
          version={measure.version}
          maxLength={8000}
          save={save((value) => ({ description: value ?? '' }))}
        />
        <div className="app-inline-fields">
          <AutosaveField
            kind="select"
            draftKey={key('responsible')}
            label={t('web.planEditor.measures.responsible')}
            placeholder={t('web.planEditor.measures.noResponsible')}
            options={responsibleOptions}
            saved={responsibleValue(measure)}
            version={measure.version}
            save={save(responsibleInput)}
          />
          <AutosaveField
            kind="text"
            draftKey={key('responsibleText')}
            label={t('web.planEditor.measures.responsibleText')}
            saved={measure.responsibleText ?? null}
            version={measure.version}
            maxLength={200}
            save={save((value) => ({ responsibleText: value }))}
          />
          <AutosaveField
            kind="date"
            draftKey={key('startDate')}
            label={t('web.planEditor.measures.startDate')}
            saved={measure.startDate ?? null}
            version={measure.version}
            save={save((value) => ({ startDate: value }))}
          />
          <AutosaveField
            kind="date"
            draftKey={key('dueDate')}
            label={t('web.planEditor.measures.dueDate')}
            saved={measure.dueDate ?? null}
            version={measure.version}
            save={save((value) => ({ dueDate: value }))}
          />
          <AutosaveField
            kind="select"
            draftKey={key('status')}
            label={t('web.planEditor.measures.status')}
            options={STATUSES.map((status) => ({ value: status, label: t(`measureStatus.${status}`) }))}
            saved={measure.status}
            version={measure.version}
            save={save((value) => ({ status: value as MeasureStatus }))}
          />
          {goals.length > 1 ? (
            <AutosaveField
              kind="select"
              draftKey={key('goalId')}
              label={t('web.planEditor.measures.goal')}
              placeholder={t('web.planEditor.measures.noGoal')}
              options={goals.map((goal) => ({ value: goal.id, label: goal.description }))}
              saved={measure.goalId ?? null}
              version={measure.version}
              save={save((value) => ({ goalId: value }))}
            />
          ) : null}
        </div>
        {/* Inside a div: a card with a Details of its own loses its padding. */}
        <div>
        <Details>
          <Details.Summary>{t('web.planEditor.measures.more')}</Details.Summary>
          <Details.Content>
            <div className="app-stack">
              <AutosaveField
                kind="textarea"
                draftKey={key('scope')}
                label={t('web.planEditor.measures.scope')}
                description={t('web.planEditor.measures.scopeHelp')}
                saved={measure.scope ?? null}
                version={measure.version}
                maxLength={8000}
                save={save((value) => ({ scope: value }))}
              />
              <AutosaveField
                kind="textarea"
                draftKey={key('howCarriedOut')}
                label={t('web.planEditor.measures.howCarriedOut')}
                saved={measure.howCarriedOut ?? null}
                version={measure.version}
                maxLength={8000}
                save={save((value) => ({ howCarriedOut: value }))}
              />
              <AutosaveField
                kind="textarea"
                draftKey={key('ownContribution')}
                label={t('web.planEditor.measures.ownContribution')}
                saved={measure.ownContribution ?? null}
                version={measure.version}
                maxLength={8000}
                save={save((value) => ({ ownContribution: value }))}
              />
            </div>
          </Details.Content>
        </Details>
        </div>
        <RecordHistory kind="measure" id={measure.id} />
        <RemoveItem kind="measure" id={measure.id} version={measure.version} name={short} />
      </article>
    </Card>
  );
}
