// Screenshots of the trafficking/smuggling comparison (compare.html) at 1280 and 375 px, for the
// README. Usage, with the preview server running:
//   node scripts/compare-screenshots.mjs [origin] [out-prefix]
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const origin = process.argv[2] ?? 'http://127.0.0.1:4173';
const prefix = process.argv[3] ?? 'docs/compare';
const url = `${origin}/compare.html?items=trafficking-in-persons,smuggling-of-migrants`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: width > 1000 ? 900 : 800 } });
    await page.goto(url);
    await page.getByRole('table').waitFor();
    // The table is the point: it starts the shot, with the picker above it just out of view.
    await page
      .locator('.compare-section')
      .first()
      .evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${prefix}-${width}.png` });
    await page.close();
  }
} finally {
  await browser.close();
}
