// The life phases of the coordinator's work and each phase's checklist, from Herøy's coordinator
// handbook (seed 001: "Koordinator for barn / ungdom / vaksne og eldre"), shared so the API
// and the web app name the same items. An item's label is the message `checklist.<key>`.

export const LIFE_PHASES = ['CHILD', 'YOUTH', 'ADULT'] as const;
export type LifePhaseName = (typeof LIFE_PHASES)[number];

/** The plan's life areas, as the API names them. */
export type LifeAreaName = 'HEALTH' | 'EDUCATION' | 'HOUSING' | 'TRANSPORT' | 'LEISURE' | 'ECONOMY' | 'WORK' | 'FAMILY_NETWORK' | 'OTHER';

export interface ChecklistItem {
  /** Stored with a ticked item; never renamed, since ticks refer to it. */
  key: string;
  phase: LifePhaseName;
  /**
   * The life area the item is about, where it is about one: a consent that refuses exchange on
   * that area hides the ticked item from the group member, as it hides the area's goals.
   */
  lifeArea: LifeAreaName | null;
}

const item = (phase: LifePhaseName, name: string, lifeArea: LifeAreaName | null = null): ChecklistItem => ({
  key: `${phase.toLowerCase()}.${name}`,
  phase,
  lifeArea,
});

/** Each phase's "Sørg for …" list, in the handbook's order. */
export const LIFE_PHASE_CHECKLISTS: Record<LifePhaseName, readonly ChecklistItem[]> = {
  CHILD: [
    item('CHILD', 'municipalServices'),
    item('CHILD', 'navServices', 'ECONOMY'),
    item('CHILD', 'voluntaryWork', 'LEISURE'),
    item('CHILD', 'specialistCooperation', 'HEALTH'),
    item('CHILD', 'kindergartenAndSchool', 'EDUCATION'),
    item('CHILD', 'planUpdated'),
  ],
  YOUTH: [
    item('YOUTH', 'municipalServices'),
    item('YOUTH', 'countyServices', 'EDUCATION'),
    item('YOUTH', 'guardianship'),
    item('YOUTH', 'navServices', 'ECONOMY'),
    item('YOUTH', 'voluntaryWork', 'LEISURE'),
    item('YOUTH', 'specialistCooperation', 'HEALTH'),
    item('YOUTH', 'upperSecondary', 'EDUCATION'),
    item('YOUTH', 'dropout', 'EDUCATION'),
    item('YOUTH', 'ownHome', 'HOUSING'),
    item('YOUTH', 'work', 'WORK'),
    item('YOUTH', 'planUpdated'),
  ],
  ADULT: [
    item('ADULT', 'municipalServices'),
    item('ADULT', 'guardianship'),
    item('ADULT', 'navServices', 'ECONOMY'),
    item('ADULT', 'voluntaryWork', 'LEISURE'),
    item('ADULT', 'planUpdated'),
  ],
};

const ITEMS_BY_KEY = new Map(Object.values(LIFE_PHASE_CHECKLISTS).flatMap((items) => items.map((entry) => [entry.key, entry] as const)));

export function checklistItem(key: string): ChecklistItem | undefined {
  return ITEMS_BY_KEY.get(key);
}

/**
 * Where the youth phase starts and ends. The handbook gives no ages, so they follow its lists:
 * the youth list starts with planning upper secondary school, which happens in lower secondary
 * school (from 13), and the child list ends with starting school and kindergarten. The youth
 * list runs on past 18 (work assessment allowance, own home, work or day centre after school),
 * so youth lasts until school is usually over: upper secondary ends the year one turns 19, and
 * the youth health station serves those up to 20.
 */
export const YOUTH_FROM_AGE = 13;
export const ADULT_FROM_AGE = 20;

/** The phase whose checklist fits a person of that age; an unborn child (no age yet) is a child. */
export function lifePhaseForAge(age: number | null): LifePhaseName {
  if (age === null || age < YOUTH_FROM_AGE) return 'CHILD';
  return age < ADULT_FROM_AGE ? 'YOUTH' : 'ADULT';
}

/**
 * How many days before a transition the plan asks for a review of the group and the plan: two
 * months leave time to call a responsibility group meeting with the agenda sent 14 days ahead
 * (seed 002) and still have the new arrangements in place "i god tid" before the change
 * (seed 001), within the group's rhythm of about two meetings a year.
 */
export const TRANSITION_REVIEW_DAYS = 60;

export type TransitionKindName = 'KINDERGARTEN' | 'PRIMARY_SCHOOL' | 'UPPER_SECONDARY' | 'ADULT_LIFE' | 'OWN_HOME' | 'WORK' | 'OTHER';

/** The life area a transition concerns, where it concerns one (for the consent's restrictions). */
export const TRANSITION_LIFE_AREA: Record<TransitionKindName, LifeAreaName | null> = {
  KINDERGARTEN: 'EDUCATION',
  PRIMARY_SCHOOL: 'EDUCATION',
  UPPER_SECONDARY: 'EDUCATION',
  ADULT_LIFE: null,
  OWN_HOME: 'HOUSING',
  WORK: 'WORK',
  OTHER: null,
};
