// Prints the running app (default: the preview server) to PDF as a reader's browser would, on
// A4 portrait and landscape and US Letter portrait, and keeps the first page of each as a small
// PNG for the README. Needs poppler's pdftoppm (scripts/ensure-poppler.mjs). Usage:
//   node scripts/print-screenshots.mjs [url] [out-prefix]
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const prefix = process.argv[3] ?? 'docs/print';
const layouts = [
  { name: 'a4-portrait', format: 'A4', landscape: false },
  { name: 'a4-landscape', format: 'A4', landscape: true },
  { name: 'letter-portrait', format: 'Letter', landscape: false },
];

mkdirSync('.scratch', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  // The notes are in: what a reader who waits a moment before printing gets.
  await page.getByRole('heading', { name: 'Notes', exact: true }).waitFor();
  for (const { name, format, landscape } of layouts) {
    const pdf = `.scratch/print-${name}.pdf`;
    await page.pdf({ path: pdf, format, landscape });
    // 60 dpi keeps each page small enough to commit and still readable.
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      `.scratch/print-${name}`,
    ]);
    renameSync(`.scratch/print-${name}.png`, `${prefix}-${name}-1.png`);
    console.log(`${prefix}-${name}-1.png (from ${pdf})`);
  }
} finally {
  await browser.close();
}
