import { catalogs, isMessageKey } from './i18n';
import { LIFE_PHASE_CHECKLISTS, LIFE_PHASES, checklistItem, lifePhaseForAge } from './life-phases';

describe('the life-phase checklists', () => {
  const items = Object.values(LIFE_PHASE_CHECKLISTS).flat();

  it('name each item once, under its own phase, with a label in every language', () => {
    expect(new Set(items.map((entry) => entry.key)).size).toBe(items.length);
    for (const phase of LIFE_PHASES) {
      expect(LIFE_PHASE_CHECKLISTS[phase].every((entry) => entry.phase === phase)).toBe(true);
      expect(isMessageKey(`lifePhase.${phase}`)).toBe(true);
    }
    for (const entry of items) {
      const key = `checklist.${entry.key}`;
      expect({ key, known: isMessageKey(key) }).toEqual({ key, known: true });
      for (const catalog of Object.values(catalogs)) expect(catalog[key as keyof typeof catalog]).toBeTruthy();
    }
  });

  it('hold the handbook’s lists: six for a child, eleven for a young person, five for an adult', () => {
    expect([LIFE_PHASE_CHECKLISTS.CHILD.length, LIFE_PHASE_CHECKLISTS.YOUTH.length, LIFE_PHASE_CHECKLISTS.ADULT.length]).toEqual([6, 11, 5]);
    expect(checklistItem('youth.ownHome')).toEqual({ key: 'youth.ownHome', phase: 'YOUTH', lifeArea: 'HOUSING' });
    expect(checklistItem('youth.nothing')).toBeUndefined();
  });
});

describe('lifePhaseForAge', () => {
  it('is a child before 13 and before birth, young from 13 to 19, an adult from 20', () => {
    expect([null, 0, 12, 13, 19, 20, 80].map(lifePhaseForAge)).toEqual(['CHILD', 'CHILD', 'CHILD', 'YOUTH', 'YOUTH', 'ADULT', 'ADULT']);
  });
});
