// A restriction on a consent in words, for the person's list and the staff page: what matter it
// covers, to which professional environment, e.g. "Ingenting om økonomi til Fysio- og ergoterapi."
// Goals and sub-plans are named when the viewer has the plan (the coordinator), else generically.
import type { LifeArea, RestrictionKind } from '../../gql/graphql';
import type { I18nValue } from '../../i18n/I18nProvider';

export interface RestrictionFacts {
  kind: RestrictionKind;
  lifeArea: LifeArea | null;
  goalId?: string | null;
  subPlanId?: string | null;
  unitName: string | null;
  organisation?: string | null;
}

export interface PlanNames {
  goals?: ReadonlyMap<string, string>;
  subPlans?: ReadonlyMap<string, string>;
}

type Words = Pick<I18nValue, 't' | 'locale'>;

function matterOf({ t, locale }: Words, restriction: RestrictionFacts, names: PlanNames): string | null {
  if (restriction.lifeArea) return t(`web.lifeArea.${restriction.lifeArea}`).toLocaleLowerCase(locale);
  if (restriction.goalId) {
    const title = names.goals?.get(restriction.goalId);
    return title ? t('web.consentRestriction.goal', { title }) : t('web.consentRestriction.aGoal');
  }
  if (restriction.subPlanId) {
    const title = names.subPlans?.get(restriction.subPlanId);
    return title ? t('web.consentRestriction.subPlan', { title }) : t('web.consentRestriction.aSubPlan');
  }
  return null;
}

/** The restriction's targets in one sentence; null when it names none (its description says it all). */
export function restrictionInWords(words: Words, restriction: RestrictionFacts, names: PlanNames = {}): string | null {
  const matter = matterOf(words, restriction, names);
  const environment = restriction.unitName ?? (restriction.organisation?.trim() || null);
  if (matter && environment) return words.t('web.consentRestriction.matterTo', { matter, environment });
  if (matter) return words.t('web.consentRestriction.matter', { matter });
  if (environment) return words.t('web.consentRestriction.environment', { environment });
  return null;
}
