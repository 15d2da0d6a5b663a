// The history of the whole plan (at the end of the editor) and of one goal or measure (in its
// card), each read only when opened.
import { QueryContent } from '../../../components/QueryContent';
import { LazyDetails } from '../../../components/LazyDetails';
import { Section } from '../../../components/Section';
import type { PlanHistoryQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { HistoryList } from './HistoryList';
import { usePlanHistory } from './PlanReviewContext';

type Plan = NonNullable<PlanHistoryQuery['plan']>;
type Entries = Plan['history'];

function HistoryContent({ entries, showRecord }: { entries: (plan: Plan) => Entries; showRecord?: boolean }) {
  const t = useT();
  const { data, error, refetch } = usePlanHistory();
  return (
    <QueryContent
      data={data}
      error={error}
      refetch={refetch}
      items={(result) => (result.plan ? entries(result.plan) : [])}
      empty={t('web.case.noHistory')}
      loadingLabel={t('web.case.loadingHistory')}
      errorHeadingLevel={3}
    >
      {(list) => <HistoryList entries={list} showRecord={showRecord} />}
    </QueryContent>
  );
}

export function PlanHistorySection() {
  const t = useT();
  return (
    <Section id="plan-history" title={t('web.planReview.history.title')}>
      <LazyDetails summary={t('web.planReview.history.plan')}>{() => <HistoryContent entries={(plan) => plan.history} showRecord />}</LazyDetails>
    </Section>
  );
}

/** A goal's or measure's own history. */
export function RecordHistory({ kind, id }: { kind: 'goal' | 'measure'; id: string }) {
  const t = useT();
  const entries = (plan: Plan) => (kind === 'goal' ? plan.goals : plan.measures).find((record) => record.id === id)?.history ?? [];
  return <LazyDetails summary={t(`web.planReview.history.${kind}`)}>{() => <HistoryContent entries={entries} />}</LazyDetails>;
}
