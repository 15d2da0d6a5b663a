// The plan's own sections, its dates and the mapping of life areas, each field saving itself.
import { Details, Paragraph } from '@digdir/designsystemet-react';
import type { LifeArea, PlanEditorFragment, PlanSectionsInput } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { AutosaveField } from './AutosaveField';
import type { PlanEditing } from './usePlanEditing';

const LONG_TEXT = 8000;

type SectionField = 'whatIsImportant' | 'situation' | 'resources' | 'dreams' | 'needs' | 'ownContribution' | 'networkContribution' | 'cooperationNeeds' | 'languageAndCulture';

/** The order the handbook maps a person in: what matters to them first, then how things are. */
export const PLAN_SECTIONS: SectionField[] = [
  'whatIsImportant',
  'situation',
  'resources',
  'dreams',
  'needs',
  'ownContribution',
  'networkContribution',
  'cooperationNeeds',
  'languageAndCulture',
];

const DATES = ['periodStart', 'periodEnd', 'nextRevisionDate'] as const;

export function SectionsEditor({ plan, editing }: { plan: PlanEditorFragment; editing: PlanEditing }) {
  const { t } = useI18n();
  const save = (field: keyof PlanSectionsInput) => (value: string | null, version: number) => editing.sections({ [field]: value }, version);
  return (
    <div className="app-stack">
      {PLAN_SECTIONS.map((field) => (
        <AutosaveField
          key={field}
          kind="textarea"
          draftKey={`plan:${plan.id}:${field}`}
          label={t(`web.planEditor.section.${field}`)}
          description={field === 'whatIsImportant' ? t('web.planEditor.section.whatIsImportantHelp') : undefined}
          saved={plan[field] ?? null}
          version={plan.version}
          maxLength={LONG_TEXT}
          save={save(field)}
        />
      ))}
    </div>
  );
}

export function PlanDatesEditor({ plan, editing }: { plan: PlanEditorFragment; editing: PlanEditing }) {
  const { t } = useI18n();
  return (
    <div className="app-inline-fields">
      {DATES.map((field) => (
        <AutosaveField
          key={field}
          kind="date"
          draftKey={`plan:${plan.id}:${field}`}
          label={t(`web.planEditor.date.${field}`)}
          saved={plan[field] ?? null}
          version={plan.version}
          save={(value, version) => editing.sections({ [field]: value }, version)}
        />
      ))}
    </div>
  );
}

const MAPPING_FIELDS = ['situation', 'services', 'needs'] as const;

/** One panel per life area: how it is, the services today, what is needed. */
export function LifeAreasEditor({ plan, editing }: { plan: PlanEditorFragment; editing: PlanEditing }) {
  const { t } = useI18n();
  return (
    <div className="app-stack">
      <Paragraph data-size="sm">{t('web.planEditor.lifeAreas.intro')}</Paragraph>
      {plan.lifeAreas.map((mapping) => {
        const filled = MAPPING_FIELDS.some((field) => mapping[field]);
        return (
          <Details key={mapping.id} data-testid={`life-area-${mapping.area}`}>
            <Details.Summary>
              {t(`web.lifeArea.${mapping.area}`)} · {filled ? t('web.planEditor.lifeAreas.mapped') : t('web.planEditor.lifeAreas.notMapped')}
            </Details.Summary>
            <Details.Content>
              <div className="app-stack">
                {MAPPING_FIELDS.map((field) => (
                  <AutosaveField
                    key={field}
                    kind="textarea"
                    draftKey={`lifeArea:${mapping.id}:${field}`}
                    label={t(`web.planEditor.lifeAreas.${field}`)}
                    saved={mapping[field] ?? null}
                    version={mapping.version}
                    maxLength={LONG_TEXT}
                    save={(value, version) => editing.lifeArea(mapping.area as LifeArea, { [field]: value }, version)}
                  />
                ))}
              </div>
            </Details.Content>
          </Details>
        );
      })}
    </div>
  );
}
