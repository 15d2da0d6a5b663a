// The coordinator's checklists from the handbook, one per life phase: the phase that fits the
// person's age first, the others behind a disclosure. A tick saves at once and says who made it.
import { useMutation } from '@apollo/client/react';
import { Details, Fieldset, Paragraph, Tag } from '@digdir/designsystemet-react';
import { LIFE_PHASE_CHECKLISTS, LIFE_PHASES, type LifePhaseName, type MessageKey } from '@samhandling/shared';
import { useState } from 'react';
import { ActionError, CheckboxField } from '../../../components/form';
import { useFragment, type FragmentType } from '../../../gql';
import type { PlanChecklistFragment as PlanChecklist } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { PlanChecklistFragment, TickChecklistItemMutation, UntickChecklistItemMutation } from './graphql';

type Tick = PlanChecklist['checklist'][number];

export function ChecklistEditor(props: { plan: FragmentType<typeof PlanChecklistFragment> }) {
  const plan = useFragment(PlanChecklistFragment, props.plan);
  const { t } = useI18n();
  const [tick] = useMutation(TickChecklistItemMutation);
  const [untick] = useMutation(UntickChecklistItemMutation);
  // The state each item is being saved to: shown at once, and not sent twice.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<unknown>(null);
  const ticks = new Map(plan.checklist.map((item) => [item.itemKey, item]));

  const toggle = async (itemKey: string, checked: boolean) => {
    if (itemKey in pending) return;
    setError(null);
    setPending((current) => ({ ...current, [itemKey]: checked }));
    try {
      await (checked ? tick : untick)({ variables: { planId: plan.id, itemKey } });
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(({ [itemKey]: _done, ...rest }) => rest);
    }
  };

  const phase = (name: LifePhaseName, legend: string) => (
    <PhaseChecklist key={name} phase={name} legend={legend} ticks={ticks} pending={pending} onToggle={(key, checked) => void toggle(key, checked)} />
  );
  const others = LIFE_PHASES.filter((name) => name !== plan.lifePhase);
  return (
    <div className="app-stack">
      <Paragraph data-size="sm">{t('web.planParts.checklist.intro')}</Paragraph>
      {phase(plan.lifePhase, t('web.planParts.checklist.current', { phase: t(`lifePhase.${plan.lifePhase}`) }))}
      <ActionError error={error} />
      <Details>
        <Details.Summary>{t('web.planParts.checklist.otherPhases')}</Details.Summary>
        <Details.Content>
          <div className="app-stack">{others.map((name) => phase(name, t(`lifePhase.${name}`)))}</div>
        </Details.Content>
      </Details>
    </div>
  );
}

function PhaseChecklist({
  phase,
  legend,
  ticks,
  pending,
  onToggle,
}: {
  phase: LifePhaseName;
  legend: string;
  ticks: ReadonlyMap<string, Tick>;
  pending: Readonly<Record<string, boolean>>;
  onToggle: (itemKey: string, checked: boolean) => void;
}) {
  const { t, formatDate } = useI18n();
  const items = LIFE_PHASE_CHECKLISTS[phase];
  const done = items.filter((item) => ticks.has(item.key)).length;
  return (
    <Fieldset data-testid={`checklist-${phase}`}>
      <Fieldset.Legend>
        <span className="app-tags">
          {legend}
          <Tag data-size="sm" data-color={done === items.length ? 'success' : 'neutral'}>
            {t('web.planParts.checklist.progress', { done, total: items.length })}
          </Tag>
        </span>
      </Fieldset.Legend>
      {items.map((item) => {
        const ticked = ticks.get(item.key);
        return (
          <CheckboxField
            key={item.key}
            name={`checklist-${item.key}`}
            label={t(`checklist.${item.key}` as MessageKey)}
            description={ticked ? t('web.planParts.checklist.ticked', { name: ticked.checkedByName, date: formatDate(ticked.checkedAt) }) : undefined}
            checked={pending[item.key] ?? Boolean(ticked)}
            aria-busy={item.key in pending || undefined}
            onChange={(event) => onToggle(item.key, event.target.checked)}
          />
        );
      })}
    </Fieldset>
  );
}
