import { useI18n } from '../i18n';

/** A LocalDate or DateTimeISO in a <time> element, formatted for the chosen language. */
export function DateText({ value, withTime = false }: { value: string | null | undefined; withTime?: boolean }) {
  const { formatDate, formatDateTime } = useI18n();
  if (!value) return null;
  return <time dateTime={value}>{withTime ? formatDateTime(value) : formatDate(value)}</time>;
}
