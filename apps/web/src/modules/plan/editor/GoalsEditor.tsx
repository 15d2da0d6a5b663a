// Goals and their measures: long-term goals with the short-term goals that serve them, each
// with its measures. Goals are put in order by dragging or with the move buttons (keyboard).
import { useMutation } from '@apollo/client/react';
import { Button, Card, Details, Heading, Tag } from '@digdir/designsystemet-react';
import { useState, type DragEvent } from 'react';
import type { GoalKind, GoalStatus, LifeArea, PlanEditorFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { shortText } from '../short-text';
import { ReorderGoalsMutation } from '../graphql/editor';
import { GoalComments } from '../review/GoalComments';
import { GoalActionItems } from '../../meeting/components/GoalActionItems';
import { planItemElementId } from '../review/LegalContentPanel';
import { RecordHistory } from '../review/PlanHistory';
import { AddGoalForm } from './AddGoalForm';
import { AddMeasureForm } from './AddMeasureForm';
import { AutosaveField } from './AutosaveField';
import { MeasureCard, type ResponsibleOption } from './MeasureCard';
import { RemoveItem } from './RemoveItem';
import type { PlanEditing } from './usePlanEditing';

type Goal = PlanEditorFragment['goals'][number];
type Measure = PlanEditorFragment['measures'][number];

export const LIFE_AREAS: LifeArea[] = ['HEALTH', 'EDUCATION', 'HOUSING', 'TRANSPORT', 'LEISURE', 'ECONOMY', 'WORK', 'FAMILY_NETWORK', 'OTHER'];
const GOAL_STATUSES: GoalStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'REACHED', 'ABANDONED'];

const bySortOrder = (a: Goal, b: Goal) => a.sortOrder - b.sortOrder;

export function GoalsEditor({ plan, editing, responsibleOptions }: { plan: PlanEditorFragment; editing: PlanEditing; responsibleOptions: ResponsibleOption[] }) {
  const { t } = useI18n();
  const longTerm = plan.goals.filter((goal) => goal.kind === 'LONG_TERM').sort(bySortOrder);
  const shortTerm = plan.goals.filter((goal) => goal.kind === 'SHORT_TERM').sort(bySortOrder);
  const reorder = useReorder(plan.id, { LONG_TERM: longTerm, SHORT_TERM: shortTerm });
  const unattached = shortTerm.filter((goal) => !goal.parentGoalId || !longTerm.some((parent) => parent.id === goal.parentGoalId));
  const looseMeasures = plan.measures.filter((measure) => !measure.goalId || !plan.goals.some((goal) => goal.id === measure.goalId));
  const context: GoalContext = { plan, editing, responsibleOptions, reorder, longTerm, shortTerm };
  return (
    <div className="app-stack">
      {plan.goals.length === 0 ? <p className="app-muted">{t('web.planEditor.goals.none')}</p> : null}
      <GoalList goals={longTerm} context={context} label={t('web.planEditor.goals.longTerm')} />
      {unattached.length > 0 ? (
        <>
          <Heading level={3} data-size="2xs">
            {t('web.planEditor.goals.unattached')}
          </Heading>
          <GoalList goals={unattached} context={context} label={t('web.planEditor.goals.unattached')} />
        </>
      ) : null}
      {looseMeasures.length > 0 ? (
        <>
          <Heading level={3} data-size="2xs">
            {t('web.planEditor.measures.withoutGoal')}
          </Heading>
          <ul className="app-card-list">
            {looseMeasures.map((measure) => (
              <li key={measure.id}>
                <MeasureCard measure={measure} goals={plan.goals} editing={editing} responsibleOptions={responsibleOptions} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Details>
        <Details.Summary>{t('web.planEditor.goals.add')}</Details.Summary>
        <Details.Content>
          <AddGoalForm planId={plan.id} longTermGoals={longTerm} />
        </Details.Content>
      </Details>
    </div>
  );
}

interface GoalContext {
  plan: PlanEditorFragment;
  editing: PlanEditing;
  responsibleOptions: ResponsibleOption[];
  reorder: Reorder;
  longTerm: Goal[];
  shortTerm: Goal[];
}

function GoalList({ goals, context, label }: { goals: Goal[]; context: GoalContext; label: string }) {
  if (goals.length === 0) return null;
  return (
    <ol className="app-card-list" aria-label={label}>
      {goals.map((goal, index) => (
        <GoalItem key={goal.id} goal={goal} siblings={goals} index={index} context={context} />
      ))}
    </ol>
  );
}

function GoalItem({ goal, siblings, index, context }: { goal: Goal; siblings: Goal[]; index: number; context: GoalContext }) {
  const { t } = useI18n();
  const [dragOver, setDragOver] = useState(false);
  const { plan, editing, responsibleOptions, reorder, longTerm, shortTerm } = context;
  const children = goal.kind === 'LONG_TERM' ? shortTerm.filter((child) => child.parentGoalId === goal.id) : [];
  const measures = plan.measures.filter((measure) => measure.goalId === goal.id).sort((a: Measure, b: Measure) => a.sortOrder - b.sortOrder);
  const short = shortText(goal.description);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragOver(false);
    const moved = event.dataTransfer.getData('application/x-goal');
    if (moved && moved !== goal.id && siblings.some((sibling) => sibling.id === moved)) void reorder.moveBefore(goal.kind, moved, goal.id);
  };
  return (
    <li
      className="app-goal-editor"
      data-drag-over={dragOver || undefined}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('application/x-goal')) {
          event.preventDefault();
          setDragOver(true);
        }
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={onDrop}
    >
      <Card data-color="neutral" asChild>
        <article aria-label={short} className="app-stack" data-testid="goal-card" id={planItemElementId('goal', goal.id)} tabIndex={-1}>
          <div className="app-goal-editor__head">
            <span
              className="app-drag-handle"
              draggable
              aria-hidden="true"
              title={t('web.planEditor.goals.drag')}
              onDragStart={(event) => {
                event.dataTransfer.setData('application/x-goal', goal.id);
                event.dataTransfer.effectAllowed = 'move';
              }}
            >
              ⠿
            </span>
            <Heading level={goal.kind === 'LONG_TERM' ? 3 : 4} data-size="2xs">
              {t(`web.goalKind.${goal.kind}`)}
            </Heading>
            <div className="app-actions">
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                disabled={index === 0 || reorder.busy}
                aria-label={t('web.planEditor.goals.moveUp', { goal: short })}
                onClick={() => void reorder.move(goal.kind, siblings, index, -1)}
              >
                ↑
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                disabled={index === siblings.length - 1 || reorder.busy}
                aria-label={t('web.planEditor.goals.moveDown', { goal: short })}
                onClick={() => void reorder.move(goal.kind, siblings, index, 1)}
              >
                ↓
              </Button>
            </div>
          </div>
          <AutosaveField
            kind="textarea"
            draftKey={`goal:${goal.id}:description`}
            label={t('web.planEditor.goals.description')}
            saved={goal.description}
            version={goal.version}
            maxLength={8000}
            save={(value, version) => editing.goal(goal.id, { description: value ?? '' }, version)}
          />
          <div className="app-inline-fields">
            <AutosaveField
              kind="select"
              draftKey={`goal:${goal.id}:lifeArea`}
              label={t('web.planEditor.goals.lifeArea')}
              placeholder={t('web.planEditor.goals.noLifeArea')}
              options={LIFE_AREAS.map((area) => ({ value: area, label: t(`web.lifeArea.${area}`) }))}
              saved={goal.lifeArea ?? null}
              version={goal.version}
              save={(value, version) => editing.goal(goal.id, { lifeArea: value as LifeArea | null }, version)}
            />
            <AutosaveField
              kind="select"
              draftKey={`goal:${goal.id}:status`}
              label={t('web.planEditor.goals.status')}
              options={GOAL_STATUSES.map((status) => ({ value: status, label: t(`goalStatus.${status}`) }))}
              saved={goal.status}
              version={goal.version}
              save={(value, version) => editing.goal(goal.id, { status: value as GoalStatus }, version)}
            />
            <AutosaveField
              kind="date"
              draftKey={`goal:${goal.id}:targetDate`}
              label={t('web.planEditor.goals.targetDate')}
              saved={goal.targetDate ?? null}
              version={goal.version}
              save={(value, version) => editing.goal(goal.id, { targetDate: value }, version)}
            />
            {goal.kind === 'SHORT_TERM' && longTerm.length > 0 ? (
              <AutosaveField
                kind="select"
                draftKey={`goal:${goal.id}:parentGoalId`}
                label={t('web.planEditor.goals.parent')}
                placeholder={t('web.planEditor.goals.noParent')}
                options={longTerm.map((parent) => ({ value: parent.id, label: parent.description }))}
                saved={goal.parentGoalId ?? null}
                version={goal.version}
                save={(value, version) => editing.goal(goal.id, { parentGoalId: value }, version)}
              />
            ) : null}
          </div>
          <Heading level={goal.kind === 'LONG_TERM' ? 4 : 5} data-size="2xs">
            {t('web.planEditor.measures.title')}
            {measures.some((measure) => measure.overdue) ? (
              <Tag data-color="danger" data-size="sm">
                {t('web.planEditor.measures.someOverdue')}
              </Tag>
            ) : null}
          </Heading>
          {measures.length > 0 ? (
            <ul className="app-card-list">
              {measures.map((measure) => (
                <li key={measure.id}>
                  <MeasureCard measure={measure} goals={plan.goals} editing={editing} responsibleOptions={responsibleOptions} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="app-muted">{t('web.planEditor.measures.none')}</p>
          )}
          <GoalActionItems items={goal.actionItems} headingLevel={goal.kind === 'LONG_TERM' ? 4 : 5} />
          {/* Inside a div: a card with a Details of its own loses its padding. */}
          <div>
          <Details>
            <Details.Summary>{t('web.planEditor.measures.add')}</Details.Summary>
            <Details.Content>
              <AddMeasureForm planId={plan.id} goalId={goal.id} responsibleOptions={responsibleOptions} />
            </Details.Content>
          </Details>
          </div>
          <GoalComments goalId={goal.id} comments={goal.comments} />
          <RecordHistory kind="goal" id={goal.id} />
          <RemoveItem kind="goal" id={goal.id} version={goal.version} name={short} />
          {children.length > 0 ? <GoalList goals={children} context={context} label={t('web.planEditor.goals.shortTermOf', { goal: short })} /> : null}
        </article>
      </Card>
    </li>
  );
}

interface Reorder {
  busy: boolean;
  move: (kind: GoalKind, siblings: Goal[], index: number, by: -1 | 1) => Promise<void>;
  moveBefore: (kind: GoalKind, movedId: string, beforeId: string) => Promise<void>;
}

/**
 * Moves a goal among its siblings. The API takes the whole order of a kind, so a short-term
 * goal's move among the goals of its long-term goal is a move within that whole order.
 */
function useReorder(planId: string, byKind: Record<GoalKind, Goal[]>): Reorder {
  const [reorder, { loading }] = useMutation(ReorderGoalsMutation);
  const send = (kind: GoalKind, ids: string[]) => reorder({ variables: { planId, kind, goalIds: ids } }).then(() => undefined);
  return {
    busy: loading,
    move: (kind, siblings, index, by) => {
      const other = siblings[index + by];
      const goal = siblings[index];
      if (!other || !goal) return Promise.resolve();
      const ids = byKind[kind].map((candidate) => candidate.id);
      const a = ids.indexOf(goal.id);
      const b = ids.indexOf(other.id);
      [ids[a], ids[b]] = [ids[b]!, ids[a]!];
      return send(kind, ids);
    },
    moveBefore: (kind, movedId, beforeId) => {
      const ids = byKind[kind].map((candidate) => candidate.id).filter((id) => id !== movedId);
      ids.splice(ids.indexOf(beforeId), 0, movedId);
      return send(kind, ids);
    },
  };
}
