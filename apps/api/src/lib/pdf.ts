// What every PDF the server writes shares (the decision letter, the individual plan): A4 in
// PDF/A-2b with an embedded font, text blocks that keep a heading with what follows it, label and
// value rows, shaded boxes, and the page numbers (and a running header) written once the page
// count is known. pdfkit flows the text and breaks it over pages.
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { isLocale, type Locale } from '@samhandling/shared';
import { badInput } from '../graphql/errors';

/** A document to the person is in their written language: bokmål or nynorsk. */
export type WrittenLanguage = 'nb' | 'nn';

/** The written language of a person's preferred language: nynorsk if they prefer it, else bokmål. */
export const writtenLanguage = (preferredLanguage: string): WrittenLanguage => (preferredLanguage === 'nn' ? 'nn' : 'nb');

/** A document's language asked for (`?lang=`): bokmål, nynorsk or English (the web app's); none when not asked. */
export function askedLanguage(lang: unknown): Locale | undefined {
  if (lang === undefined) return undefined;
  if (isLocale(lang)) return lang;
  throw badInput([{ field: 'lang', messageKey: 'validation.invalidChoice' }]);
}

// DejaVu Sans is embedded (subset to the glyphs used): it has æøå and the Sami letters (č đ ŋ š ŧ ž)
// that the PDF standard fonts lack, and an embedded font is what PDF/A for archiving requires.
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function pdfFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

export const MARGIN = 56;
export const BODY_SIZE = 10;

/** The colours; those of text have a contrast of 7:1 or more on white and on the shade. */
export const COLORS = {
  text: 'black',
  muted: '#4a4a4a',
  accent: '#1d3557',
  rule: '#8a96a3',
  shade: '#edf1f5',
  alert: '#a4001d',
} as const;

const PDF_LANGUAGE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export type FontName = 'regular' | 'bold';

export interface PdfOptions {
  language: Locale;
  title: string;
  subject: string;
  author: string;
}

export interface TextOptions {
  /** Points from the left margin. */
  indent?: number;
  size?: number;
  font?: FontName;
  /** Space after the paragraph. */
  gap?: number;
  color?: string;
  align?: 'left' | 'right' | 'center';
}

export interface HeadingOptions {
  size?: number;
  /** Space before, in lines of the text above. */
  before?: number;
  gap?: number;
  color?: string;
  indent?: number;
  /** A rule under the heading, for the top level. */
  rule?: boolean;
}

export interface Row {
  label: string;
  value: string;
  /** The value in bold, in this colour (a warning). */
  alert?: boolean;
}

export interface RowOptions {
  indent?: number;
  labelWidth?: number;
  size?: number;
  /** A shaded box behind the rows (when it fits on one page), with this padding. */
  shade?: number;
}

export interface PageStamps {
  footer: (page: number, pages: number) => string;
  /** The running header: left and right text, or null for none on that page. */
  header?: (page: number, pages: number) => { left: string; right?: string } | null;
}

/** One PDF being written: a pdfkit document with the layout helpers both documents use. */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly left = MARGIN;
  readonly width: number;
  private readonly done: Promise<Buffer>;
  /** Counts added pages, so a row that broke onto a new page is not measured against the last. */
  private pagesAdded = 0;

  constructor(options: PdfOptions) {
    const { regular, bold } = pdfFonts();
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      pdfVersion: '1.7',
      subset: 'PDF/A-2b',
      lang: PDF_LANGUAGE[options.language],
      displayTitle: true,
      // The first font, so the standard Helvetica (not embedded: no PDF/A) is never loaded. pdfkit
      // takes a Buffer here as in font(); its types say string.
      font: regular as unknown as string,
      info: { Title: options.title, Subject: options.subject, Author: options.author, Creator: 'Samhandling' },
    });
    this.doc.registerFont('regular', regular);
    this.doc.registerFont('bold', bold);
    this.doc.on('pageAdded', () => {
      this.pagesAdded += 1;
    });
    this.done = new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.width = this.doc.page.width - 2 * MARGIN;
  }

  /** Pages started after the first: a block drawn beside text checks it stayed on one page. */
  get pageBreaks(): number {
    return this.pagesAdded;
  }

  /** Where the text area of this page ends. */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  keepSpace(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > this.doc.page.margins.top) this.doc.addPage();
  }

  /** The height of one line of text in a font and size, with its line gap. */
  lineHeight(size = BODY_SIZE, font: FontName = 'regular'): number {
    return this.doc.font(font).fontSize(size).currentLineHeight(true);
  }

  /** The height a text block will take at an indent. */
  heightOf(text: string, { indent = 0, size = BODY_SIZE, font = 'regular' }: TextOptions = {}): number {
    return this.doc.font(font).fontSize(size).heightOfString(text, { width: this.width - indent });
  }

  /** A paragraph; it does not start with a lone line at the foot of a page. */
  text(text: string, { indent = 0, size = BODY_SIZE, font = 'regular', gap = 6, color = COLORS.text, align }: TextOptions = {}): this {
    this.keepSpace(Math.min(2 * this.lineHeight(size, font), this.heightOf(text, { indent, size, font })));
    this.doc.font(font).fontSize(size).fillColor(color).text(text, this.left + indent, this.doc.y, { width: this.width - indent, paragraphGap: gap, align });
    this.doc.x = this.left;
    return this;
  }

  /** A heading kept on the page of the next lines after it. */
  heading(text: string, { size = 11.5, before = 0.6, gap = 4, color = COLORS.text, indent = 0, rule = false }: HeadingOptions = {}): this {
    this.doc.moveDown(before);
    this.keepSpace(this.heightOf(text, { indent, size, font: 'bold' }) + gap + 3 * this.lineHeight());
    this.text(text, { indent, size, font: 'bold', gap: rule ? 2 : gap, color });
    if (rule) {
      const y = this.doc.y;
      this.doc.save().moveTo(this.left + indent, y).lineTo(this.left + this.width, y).lineWidth(0.75).strokeColor(COLORS.rule).stroke().restore();
      this.doc.y = y + gap + 2;
    }
    return this;
  }

  /** A bulleted list. */
  list(items: string[], { indent = 0 }: { indent?: number } = {}): this {
    this.doc.font('regular').fontSize(BODY_SIZE).fillColor(COLORS.text);
    this.doc.list(items, this.left + indent, this.doc.y, { width: this.width - indent - 12, bulletRadius: 2, textIndent: 12, paragraphGap: 2 });
    this.doc.x = this.left;
    this.doc.moveDown(0.4);
    return this;
  }

  /** Label and value rows: the labels in a column of their own, the values wrapping beside them. */
  rows(rows: Row[], { indent = 0, labelWidth = 150, size = 9.5, shade }: RowOptions = {}): this {
    if (rows.length === 0) return this;
    const pad = shade ?? 0;
    const x = this.left + indent + pad;
    const valueWidth = this.width - indent - 2 * pad - labelWidth;
    const heightOfRow = (row: Row) =>
      Math.max(
        this.doc.font('bold').fontSize(size).heightOfString(row.label, { width: labelWidth - 8 }),
        this.doc.font(row.alert ? 'bold' : 'regular').fontSize(size).heightOfString(row.value, { width: valueWidth }),
      ) + 2;
    const heights = rows.map(heightOfRow);
    const total = heights.reduce((sum, height) => sum + height, 0) + 2 * pad;
    // A box is drawn only round rows that fit on one page; longer ones flow without it.
    if (shade !== undefined && total <= this.bottom - this.doc.page.margins.top) {
      this.keepSpace(total);
      this.doc.save().rect(this.left + indent, this.doc.y, this.width - indent, total).fill(COLORS.shade).restore();
      this.doc.y += pad;
    }
    rows.forEach((row, index) => {
      this.keepSpace(Math.min(heights[index]!, 2 * this.lineHeight(size)));
      const y = this.doc.y;
      this.doc.font('bold').fontSize(size).fillColor(COLORS.muted).text(row.label, x, y, { width: labelWidth - 8 });
      const labelEnd = this.doc.y;
      const page = this.pagesAdded;
      this.doc
        .font(row.alert ? 'bold' : 'regular')
        .fontSize(size)
        .fillColor(row.alert ? COLORS.alert : COLORS.text)
        .text(row.value, x + labelWidth, y, { width: valueWidth });
      if (this.pagesAdded === page) this.doc.y = Math.max(this.doc.y, labelEnd);
      this.doc.y += 2;
    });
    this.doc.y += pad;
    this.doc.x = this.left;
    return this;
  }

  /** A paragraph in a shaded box with an accent bar, for what the reader must not miss. */
  note(text: string, { size = 9.5, pad = 8 }: { size?: number; pad?: number } = {}): this {
    const height = this.heightOf(text, { indent: 2 * pad + 3, size }) + 2 * pad;
    this.keepSpace(height);
    const y = this.doc.y;
    this.doc.save().rect(this.left, y, this.width, height).fill(COLORS.shade).rect(this.left, y, 3, height).fill(COLORS.accent).restore();
    this.doc.font('regular').fontSize(size).fillColor(COLORS.text).text(text, this.left + pad + 3, y + pad, { width: this.width - 2 * pad - 3 });
    this.doc.x = this.left;
    this.doc.y = Math.max(this.doc.y, y + height) + 6;
    return this;
  }

  /**
   * Writes the footer and header on every page once the page count is known, then ends the
   * document. They lie in the margins, which are lifted meanwhile (pdfkit would otherwise start a
   * new page).
   */
  async finish({ footer, header }: PageStamps): Promise<Buffer> {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      doc.switchToPage(index);
      const { top, bottom } = doc.page.margins;
      doc.page.margins.top = 0;
      doc.page.margins.bottom = 0;
      const page = index + 1;
      doc.font('regular').fontSize(8.5).fillColor(COLORS.muted);
      doc.text(footer(page, range.count), MARGIN, doc.page.height - bottom / 2 - 4, { width: this.width, align: 'center', lineBreak: false });
      const head = header?.(page, range.count);
      if (head) {
        const y = top / 2 - 8;
        doc.text(head.left, MARGIN, y, { width: this.width * 0.62, lineBreak: false, ellipsis: true });
        if (head.right) doc.text(head.right, MARGIN + this.width * 0.62, y, { width: this.width * 0.38, align: 'right', lineBreak: false, ellipsis: true });
        doc.save().moveTo(MARGIN, y + 14).lineTo(MARGIN + this.width, y + 14).lineWidth(0.5).strokeColor(COLORS.rule).stroke().restore();
      }
      doc.page.margins.top = top;
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    return this.done;
  }
}
