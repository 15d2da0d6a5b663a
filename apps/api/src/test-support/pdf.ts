// Reads a PDF back with a PDF parser (pdf.js underneath), so tests assert on the text a reader sees.
import { PDFParse } from 'pdf-parse';

export interface PdfText {
  /** The text with line breaks and runs of spaces made single spaces: wrapping does not matter. */
  text: string;
  /** Each page's text, made single-spaced the same way. */
  pages: string[];
  title: string;
}

const singleSpaced = (text: string) => text.replace(/\s+/g, ' ');

export async function readPdf(pdf: Buffer | Response): Promise<PdfText> {
  const data = pdf instanceof Response ? new Uint8Array(await pdf.arrayBuffer()) : new Uint8Array(pdf);
  const parser = new PDFParse({ data });
  try {
    const { text, pages } = await parser.getText();
    const { info } = await parser.getInfo();
    return { text: singleSpaced(text), pages: pages.map((page) => singleSpaced(page.text)), title: String(info?.Title ?? '') };
  } finally {
    await parser.destroy();
  }
}

/** A PDF 1.7 file that declares its PDF/A conformance (the archival form). */
export function expectPdfA(pdf: Buffer): void {
  expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  expect(pdf.toString('latin1')).toContain('pdfaid:part');
}
