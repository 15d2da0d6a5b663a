// The changes to the plan or one of its parts, newest first: who did what, in which role and when,
// each field before and after; a change of text can be restored.
import { HistoryEntryHead } from '../../../components/HistoryEntryHead';
import { useFragment, type FragmentType } from '../../../gql';
import type { PlanHistoryEntryFragment as Entry } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { PlanHistoryEntryFragment } from './graphql';
import { changedText, fieldLabel, fieldValue, isShownField } from './history-fields';
import { usePlanReview } from './PlanReviewContext';
import { RestoreVersion } from './RestoreVersion';

function Changes({ entry }: { entry: Entry }) {
  const i18n = useI18n();
  const { nameOf } = usePlanReview();
  const changes = entry.changes.filter((change) => isShownField(change.field));
  if (changes.length === 0) return null;
  const value = (field: string, raw: string | null) => fieldValue(i18n, nameOf, entry.entity, field, raw) ?? i18n.t('web.planReview.history.none');
  return (
    <dl className="app-changes">
      {changes.map((change) => (
        <div key={change.field}>
          <dt>{fieldLabel(i18n.t, entry.entity, change.field)}</dt>
          {/* A field that had nothing (a record added, say) shows what it got; one changed, what it had too. */}
          {change.before === null ? (
            <dd>{value(change.field, change.after)}</dd>
          ) : (
            <dd>
              <del>
                <span className="app-visually-hidden">{i18n.t('web.planReview.history.before')} </span>
                {value(change.field, change.before)}
              </del>{' '}
              <span aria-hidden="true">→</span>{' '}
              <ins>
                <span className="app-visually-hidden">{i18n.t('web.planReview.history.after')} </span>
                {value(change.field, change.after)}
              </ins>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

function HistoryItem({ entry, showRecord }: { entry: Entry; showRecord: boolean }) {
  const { nameOf } = usePlanReview();
  const record = showRecord && entry.entity !== 'IndividualPlan' ? nameOf(entry.entityId) : null;
  return (
    <li className="app-list__item app-stack" data-testid="history-entry">
      <div>
        <HistoryEntryHead labelKey={`plan.history.action.${entry.action}`} entry={entry} />
        {record ? <p>{record}</p> : null}
      </div>
      <Changes entry={entry} />
      {changedText(entry) ? <RestoreVersion entry={entry} /> : null}
    </li>
  );
}

/** `showRecord`: name the goal, measure or other part each entry is about (the whole plan's list). */
export function HistoryList(props: { entries: readonly FragmentType<typeof PlanHistoryEntryFragment>[]; showRecord?: boolean }) {
  const entries = useFragment(PlanHistoryEntryFragment, props.entries);
  return (
    <ol className="app-list">
      {entries.map((entry) => (
        <HistoryItem key={entry.id} entry={entry} showRecord={props.showRecord ?? false} />
      ))}
    </ol>
  );
}
