import { useI18n } from '../i18n';

/** "9 år", or "Ufødt (termin 1. mai 2026)" for an unborn child. */
export function PersonAge({ age, expectedBirthDate }: { age: number | null; expectedBirthDate?: string | null }) {
  const { t, formatDate } = useI18n();
  if (age !== null) return <>{t('web.person.age', { age })}</>;
  if (expectedBirthDate) return <>{t('web.person.unborn', { date: formatDate(expectedBirthDate) })}</>;
  return <>{t('web.person.ageUnknown')}</>;
}
