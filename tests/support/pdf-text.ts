/**
 * The text of each page of a PDF, as a reader would read it: pdf.js's text items joined in
 * order, whitespace collapsed. Enough to tell what a printed page holds.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const { items } = await page.getTextContent();
    // Items break at ligatures and kerning as well as at line ends: join them as they come,
    // with a space only where pdf.js marks the end of a line.
    const text = items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''));
    pages.push(normalise(text.join('')));
  }
  await document.destroy();
  return pages;
}

/** Whitespace collapsed and every kind of apostrophe made one. */
export function normalise(text: string): string {
  return text
    .replace(/\s*[ʼ’']\s*/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Pages that end with one of `headings` (a heading left at a page foot), or hold nothing else. */
export function headingOnlyEnds(pages: readonly string[], headings: readonly string[]): string[] {
  const norm = headings.map(normalise).filter(Boolean);
  return pages.flatMap((text, i) => {
    const last = i === pages.length - 1;
    const found = norm.find((h) => text === h || (!last && text.endsWith(` ${h}`)));
    return found === undefined ? [] : [`page ${i + 1} of ${pages.length} ends with "${found}"`];
  });
}
