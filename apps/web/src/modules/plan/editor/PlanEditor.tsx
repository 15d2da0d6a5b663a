// The coordinator's editor of the individual plan. Every field saves itself (with the version it
// started from, so nobody overwrites anybody), the page says how saving goes and can undo the last
// changes, and saves by others show up live. It says what the plan still lacks by law, keeps its
// history (earlier text can be restored), and the person's comments on goals are answered here.
// The plan's evaluations, sub-plans, life-phase checklists and transitions are parts of their own
// (../parts), each reading its fragment of the plan.
import { useQuery } from '@apollo/client/react';
import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { Section } from '../../../components/Section';
import { useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { PersonPlanQuery } from '../graphql/plan';
import { PlanEditorFragment, PlanUnitsQuery } from '../graphql/editor';
import { ChecklistEditor } from '../parts/ChecklistEditor';
import { EvaluationsEditor } from '../parts/EvaluationsEditor';
import { PlanChecklistFragment, PlanEvaluationsFragment, PlanSubPlansFragment, PlanTransitionsFragment } from '../parts/graphql';
import { SubPlansEditor } from '../parts/SubPlansEditor';
import { TransitionsEditor } from '../parts/TransitionsEditor';
import { WithheldNotice } from '../components/WithheldNotice';
import { PlanPdfLink } from '../components/PlanPdfLink';
import { usePlanLive } from '../live/usePlanLive';
import { LegalContentPanel } from '../review/LegalContentPanel';
import { PlanHistorySection } from '../review/PlanHistory';
import { PlanReviewProvider, type NamedPart } from '../review/PlanReviewContext';
import { PLAN_STATUS_COLOR } from '../status';
import { GoalsEditor } from './GoalsEditor';
import type { ResponsibleOption } from './MeasureCard';
import { ParticipantsEditor } from './ParticipantsEditor';
import { PlanConsentForm } from './PlanConsentForm';
import { PlanPeriodDecision } from './PlanPeriodDecision';
import { SaveStatusProvider } from './SaveStatus';
import { LifeAreasEditor, PlanDatesEditor, SectionsEditor } from './SectionsEditor';
import { usePlanEditing } from './usePlanEditing';

const LIVE_QUERIES = [PersonPlanQuery];
const NO_UNITS: never[] = [];

/** The plan as the page has it: the editor's fields and each part's own fragment. */
type EditablePlan = FragmentType<typeof PlanEditorFragment> &
  FragmentType<typeof PlanEvaluationsFragment> &
  FragmentType<typeof PlanSubPlansFragment> &
  FragmentType<typeof PlanChecklistFragment> &
  FragmentType<typeof PlanTransitionsFragment>;

export function PlanEditor(props: { plan: EditablePlan }) {
  const plan = useFragment(PlanEditorFragment, props.plan);
  const { evaluations } = useFragment(PlanEvaluationsFragment, props.plan);
  const { subPlans } = useFragment(PlanSubPlansFragment, props.plan);
  const { transitions } = useFragment(PlanTransitionsFragment, props.plan);
  const { checklist } = useFragment(PlanChecklistFragment, props.plan);
  const { t, formatDate } = useI18n();
  // The parts by the names the history gives them.
  const parts = useMemo<NamedPart[]>(
    () => [
      ...evaluations.map((evaluation) => ({ ...evaluation, name: t('web.planParts.evaluations.heading', { date: formatDate(evaluation.scheduledFor) }) })),
      ...subPlans.map((subPlan) => ({ ...subPlan, name: subPlan.title })),
      ...transitions.map((transition) => ({ ...transition, name: t(`transitionKind.${transition.kind}`) })),
    ],
    [evaluations, subPlans, transitions, t, formatDate],
  );
  const ticked = useMemo(() => checklist.map((tick) => tick.itemKey), [checklist]);
  const editing = usePlanEditing(plan.id);
  usePlanLive(plan.id, LIVE_QUERIES);
  const { data: units } = useQuery(PlanUnitsQuery);
  const responsibleOptions = useMemo<ResponsibleOption[]>(
    () => [
      ...plan.participants.map((participant) => ({
        value: `p:${participant.id}`,
        label: participant.role ? `${participant.name} (${participant.role})` : participant.name,
      })),
      ...(units?.units ?? []).map((unit) => ({ value: `u:${unit.id}`, label: unit.name })),
    ],
    [plan.participants, units],
  );
  return (
    <SaveStatusProvider>
      <PlanReviewProvider plan={plan} parts={parts} ticked={ticked} units={units?.units ?? NO_UNITS}>
        <div className="app-stack" data-testid="plan-editor">
          <div className="app-tags">
            <Tag data-color={PLAN_STATUS_COLOR[plan.status]}>{t(`planStatus.${plan.status}`)}</Tag>
            {plan.unansweredComments > 0 ? (
              <Tag data-color="warning">{t('web.planReview.comments.waiting', { count: plan.unansweredComments })}</Tag>
            ) : null}
          </div>
          <PlanPdfLink planId={plan.id} />
          <WithheldNotice areas={plan.hiddenLifeAreas} partsWithheld={plan.partsWithheld} />
          {!plan.hasConsent ? <PlanConsentForm planId={plan.id} guardians={plan.guardians} /> : null}
          <LegalContentPanel plan={plan} />
          <Section id="plan-period" title={t('web.planEditor.period')}>
            <PlanPeriodDecision plan={plan} />
            <Paragraph data-size="sm">{t('web.planEditor.periodHelp')}</Paragraph>
            <PlanDatesEditor plan={plan} editing={editing} />
          </Section>
          <Section id="plan-sections" title={t('web.planEditor.sections')}>
            <SectionsEditor plan={plan} editing={editing} />
          </Section>
          <Section id="plan-life-areas" title={t('web.planEditor.lifeAreas.title')}>
            <LifeAreasEditor plan={plan} editing={editing} />
          </Section>
          <Section id="plan-network" title={t('web.planEditor.participants.title')}>
            <ParticipantsEditor plan={plan} editing={editing} />
          </Section>
          <Section id="plan-goals" title={t('web.planEditor.goals.title')}>
            <GoalsEditor plan={plan} editing={editing} responsibleOptions={responsibleOptions} />
          </Section>
          <Section id="plan-evaluations" title={t('web.planParts.evaluations.title')}>
            <EvaluationsEditor plan={props.plan} goals={plan.goals} measures={plan.measures} />
          </Section>
          <Section id="plan-sub-plans" title={t('web.planParts.subPlans.title')}>
            <SubPlansEditor plan={props.plan} units={units?.units ?? NO_UNITS} />
          </Section>
          <Section id="plan-checklist" title={t('web.planParts.checklist.title')}>
            <ChecklistEditor plan={props.plan} />
          </Section>
          <Section id="plan-transitions" title={t('web.planParts.transitions.title')}>
            <TransitionsEditor plan={props.plan} />
          </Section>
          <PlanHistorySection />
        </div>
      </PlanReviewProvider>
    </SaveStatusProvider>
  );
}
