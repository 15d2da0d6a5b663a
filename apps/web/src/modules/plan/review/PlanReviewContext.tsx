// What the editor's review panels need of the plan: whose plan it is (for the history's query),
// the version each record has now (a restore starts from it; every save changes one, so an open
// history reads itself again), and the names of the plan's parts (a history entry and a problem
// in the legal content name what they are about).
import { useQuery } from '@apollo/client/react';
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { PlanEditorFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { PlanHistoryQuery } from './graphql';

export interface PlanReview {
  personId: string;
  /** The record's version now; null when it is not in the plan (removed). */
  versionOf: (id: string) => number | null;
  /** A goal's or measure's text, a participant's, unit's or life area's name. */
  nameOf: (id: string) => string | null;
  /** Changes with every version of every record. */
  revision: string;
}

const PlanReviewContext = createContext<PlanReview | null>(null);

export function usePlanReview(): PlanReview {
  const review = useContext(PlanReviewContext);
  if (!review) throw new Error('usePlanReview must be used inside the plan editor');
  return review;
}

/** A versioned part of the plan outside the editor's fragment (an evaluation, a sub-plan, a transition), by the name it goes by. */
export interface NamedPart {
  id: string;
  version: number;
  name: string;
}

export function PlanReviewProvider({
  plan,
  parts,
  ticked,
  units,
  children,
}: {
  plan: PlanEditorFragment;
  parts: readonly NamedPart[];
  /** The checklist's ticked items: a tick is no version, but it is history. */
  ticked: readonly string[];
  units: ReadonlyArray<{ id: string; name: string }>;
  children: ReactNode;
}) {
  const t = useT();
  const value = useMemo<PlanReview>(() => {
    const records = [...plan.lifeAreas, ...plan.goals, ...plan.measures, ...plan.participants, ...parts];
    const versions = new Map<string, number>([[plan.id, plan.version], ...records.map((record) => [record.id, record.version] as const)]);
    const names = new Map<string, string>([
      ...units.map((unit) => [unit.id, unit.name] as const),
      ...plan.lifeAreas.map((area) => [area.id, t(`web.lifeArea.${area.area}`)] as const),
      ...[...plan.goals, ...plan.measures].map((item) => [item.id, item.description] as const),
      ...plan.participants.map((participant) => [participant.id, participant.name] as const),
      ...parts.map((part) => [part.id, part.name] as const),
    ]);
    return {
      personId: plan.person.id,
      versionOf: (id) => versions.get(id) ?? null,
      nameOf: (id) => names.get(id) ?? null,
      revision: [...versions, ...ticked].join(),
    };
  }, [plan, parts, ticked, units, t]);
  return <PlanReviewContext.Provider value={value}>{children}</PlanReviewContext.Provider>;
}

/** The plan's history, read when a history is opened and again after every save while it is open. */
export function usePlanHistory() {
  const { personId, revision } = usePlanReview();
  const query = useQuery(PlanHistoryQuery, { variables: { personId } });
  const seen = useRef(revision);
  const { refetch } = query;
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    // A failure shows as the query's error.
    refetch().catch(() => undefined);
  }, [revision, refetch]);
  return query;
}
