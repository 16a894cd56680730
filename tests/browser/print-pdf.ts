import { execFileSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';

export type PaperLayout = { name: string; format: 'A4' | 'Letter'; landscape: boolean };

export const paperLayouts: PaperLayout[] = [
  { name: 'A4 portrait', format: 'A4', landscape: false },
  { name: 'A4 landscape', format: 'A4', landscape: true },
  { name: 'Letter portrait', format: 'Letter', landscape: false },
  { name: 'Letter landscape', format: 'Letter', landscape: true },
];

/** The handout's side margins (print.css, `@page`): 15 mm each. */
const SIDE_MARGIN_MM = 15;
const SIDE_MARGIN_PT = (SIDE_MARGIN_MM / 25.4) * 72;
const PAPER_WIDTH_MM = { A4: [210, 297], Letter: [215.9, 279.4] } as const;

/** The width of the page's text column in CSS pixels, as Chromium lays the page out for paper. */
export function columnWidthPx(layout: PaperLayout): number {
  const [short, long] = PAPER_WIDTH_MM[layout.format];
  return ((layout.landscape ? long : short) - 2 * SIDE_MARGIN_MM) * (96 / 25.4);
}

/**
 * What does not fit the page box, laid out in print media at the text column's width: elements
 * wider than the column (Chromium would shrink the whole page to fit them), and boxes that clip
 * or scroll their content (on paper it is cut off). Hidden-for-sighted text is left aside: its
 * one-pixel clip is the point.
 */
export async function overflowInPrint(page: Page, layout: PaperLayout): Promise<string[]> {
  await page.setViewportSize({ width: Math.floor(columnWidthPx(layout)), height: 900 });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}: ${(element.textContent ?? '').trim().slice(0, 60)}`;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width)
      problems.push(
        `the page is ${document.documentElement.scrollWidth}px wide, the column ${width}px`,
      );
    for (const element of document.querySelectorAll('body *')) {
      if (element.closest('.visually-hidden')) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.right > width + 0.5 || rect.left < -0.5)
        problems.push(
          `${name(element)} reaches ${rect.left.toFixed(0)}–${rect.right.toFixed(0)}px`,
        );
      const style = getComputedStyle(element);
      const clips = [style.overflowX, style.overflowY].some((value) => value !== 'visible');
      if (
        clips &&
        (element.scrollHeight > element.clientHeight + 1 ||
          element.scrollWidth > element.clientWidth + 1)
      )
        problems.push(`${name(element)} cuts off its content`);
    }
    return problems;
  });
}

export type PdfWord = { page: number; text: string; xMin: number; xMax: number; yMax: number };
export type PrintedPdf = {
  pages: number;
  /** The words as pdftotext reads them, in reading order, one space between. */
  text: string;
  /** The same with no white space at all, for text the page wrapped (addresses, long words). */
  squashed: string;
  pageSize: { width: number; height: number }[];
  words: PdfWord[];
};

export const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * Prints the page to PDF as Chromium's print dialog would, and reads the PDF back with
 * poppler: its page count (pdfinfo), its text (pdftotext) and where each word lies on its page
 * (pdftotext -bbox), so a test can tell what is on paper and whether it fits the page.
 */
export async function printToPdf(
  page: Page,
  testInfo: TestInfo,
  layout: PaperLayout,
): Promise<PrintedPdf> {
  const file = testInfo.outputPath(`${layout.name.replace(/\s+/g, '-').toLowerCase()}.pdf`);
  await page.pdf({ path: file, format: layout.format, landscape: layout.landscape });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const bbox = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  const pageSize: PrintedPdf['pageSize'] = [];
  const words: PdfWord[] = [];
  for (const [index, chunk] of bbox.split('<page ').slice(1).entries()) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
    pageSize.push({ width: Number(size?.[1]), height: Number(size?.[2]) });
    for (const match of chunk.matchAll(
      /<word xMin="([\d.-]+)" yMin="[\d.-]+" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
    )) {
      words.push({
        page: index + 1,
        xMin: Number(match[1]),
        xMax: Number(match[2]),
        yMax: Number(match[3]),
        text: unescapeHtml(match[4]!),
      });
    }
  }
  // Read from the words, not from pdftotext's running text, which joins a word broken at a
  // hyphen at the end of a line and drops the hyphen ("cyber-" "crime" becomes "cybercrime").
  const text = words.map((word) => word.text).join(' ');
  return { pages, text, squashed: squash(text), pageSize, words };
}

function unescapeHtml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => named[name]!);
}

/** Words that lie outside the page's text column, or off the page: what overflows. */
export function wordsOutsideColumn(pdf: PrintedPdf): PdfWord[] {
  const tolerance = 1;
  return pdf.words.filter((word) => {
    const size = pdf.pageSize[word.page - 1]!;
    return (
      word.xMin < SIDE_MARGIN_PT - tolerance ||
      word.xMax > size.width - SIDE_MARGIN_PT + tolerance ||
      word.yMax > size.height
    );
  });
}
