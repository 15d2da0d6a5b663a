import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Section } from '../../../components/Section';
import { aboutPerson, useI18n } from '../../../i18n';

/** Where everything held about the person is downloaded (GDPR article 15); the PDF in the reader's language. */
export const personExportHref = (personId: string, format: 'json' | 'pdf', locale: string) =>
  `/api/persons/${encodeURIComponent(personId)}/export.${format}${format === 'pdf' ? `?lang=${locale}` : ''}`;

/** "Last ned alle opplysningene": the person's own copy, readable (PDF) and machine-readable (JSON). */
export function PersonDataExport({ person }: { person: { id: string; isSelf: boolean; firstName: string } }) {
  const { t, locale } = useI18n();
  const about = aboutPerson(person);
  return (
    <Section id="person-data-export" title={t('web.export.title', about)}>
      <Paragraph data-size="sm">{t('web.export.intro', about)}</Paragraph>
      <Paragraph>
        <Link href={personExportHref(person.id, 'pdf', locale)} download>
          {t('web.export.pdf')}
        </Link>
      </Paragraph>
      <Paragraph>
        <Link href={personExportHref(person.id, 'json', locale)} download>
          {t('web.export.json')}
        </Link>
      </Paragraph>
    </Section>
  );
}
