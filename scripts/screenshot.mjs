// Takes screenshots of the running app (default: the preview server) for the README and for
// looking at the app as a reader would. Usage:
//   node scripts/screenshot.mjs [url] [out-prefix]
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const prefix = process.argv[3] ?? 'docs/screenshot';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: width > 1000 ? 900 : 800 } });
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('link', { name: 'cyber-crime' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Cyber-crime' }).waitFor();
    if (width < 1000) await page.evaluate(() => globalThis.scrollTo(0, 0));
    await page.screenshot({ path: `${prefix}-${width}.png`, fullPage: width < 1000 });
    await page.close();
  }
} finally {
  await browser.close();
}
