// The person's copy of everything held about them as a readable PDF: the export's sections in
// order, each record as rows of field names and values in words (dates written out, kinds by the
// catalogue's word, yes/no), in the reader's language. The JSON has the same data.
import { formatLongDate, formatTimeOfDay, isApiMessageKey, osloDate, translateServer, type ApiMessageKey, type Locale, type MessageParams } from '@samhandling/shared';
import { COLORS, PdfWriter } from '../../lib/pdf';
import { EXPORT_ENUM_PREFIXES, EXPORT_SECTIONS, type ExportSection, type ExportValue, type PersonExport } from './person-export.service';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export async function renderPersonExportPdf(data: PersonExport, language: Locale): Promise<Buffer> {
  const t = (key: ApiMessageKey, params?: MessageParams) => translateServer(language, key, params);
  const [self] = data.sections.person;
  const name = self ? `${String(self.firstName ?? '')} ${String(self.lastName ?? '')}`.trim() : '';
  const exportedOn = osloDate(new Date(data.exportedAt));
  const pdf = new PdfWriter({ language, title: t('export.title', { name }), subject: t('export.title', { name }), author: data.municipality });

  // A moment is written as its day and time in Oslo.
  const time = (iso: string) => `${formatLongDate(language, osloDate(new Date(iso)))} ${formatTimeOfDay(language, new Date(iso))}`;
  const words = (section: ExportSection, field: string, value: ExportValue): string => {
    if (value === null || value === '') return '–';
    if (typeof value === 'boolean') return t(value ? 'export.yes' : 'export.no');
    if (typeof value === 'number') return String(value);
    const prefix = EXPORT_ENUM_PREFIXES[section]?.[field] ?? EXPORT_ENUM_PREFIXES['*']?.[field];
    if (prefix) {
      const key = `${prefix}.${value}`;
      return isApiMessageKey(key) ? t(key) : value;
    }
    if (ISO_DAY.test(value)) return formatLongDate(language, value);
    if (ISO_TIME.test(value)) return time(value);
    return value;
  };
  const label = (field: string) => {
    const key = `export.field.${field}`;
    return isApiMessageKey(key) ? t(key) : field;
  };

  pdf.text(data.municipality, { size: 12, font: 'bold', color: COLORS.accent, gap: 10 });
  pdf.text(t('export.title', { name }), { size: 20, font: 'bold', gap: 8 });
  pdf.text(t('export.intro', { municipality: data.municipality, name, date: formatLongDate(language, exportedOn) }), { gap: 10 });
  for (const section of EXPORT_SECTIONS) {
    pdf.heading(t(`export.section.${section}`), { size: 13.5, before: 1.2, gap: 6, color: COLORS.accent, rule: true });
    const records = data.sections[section];
    if (records.length === 0) {
      pdf.text(t('export.none'));
      continue;
    }
    for (const record of records) {
      pdf.rows(
        Object.entries(record).map(([field, value]) => ({ label: label(field), value: words(section, field, value) })),
        { size: 9.5 },
      );
      pdf.doc.moveDown(0.5);
    }
  }
  return pdf.finish({
    footer: (page, pages) => t('pdf.page', { page, pages }),
    header: (page) => (page === 1 ? null : { left: t('export.header', { name }), right: data.municipality }),
  });
}
