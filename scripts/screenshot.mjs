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
    // On a wide screen the definition sits beside the text; on a phone it is further down, so
    // the narrow shot shows the top of the page as a reader first sees it.
    if (width > 1000) {
      await page.getByRole('link', { name: 'cyber-crime' }).first().click();
      await page.getByRole('heading', { level: 2, name: 'Cyber-crime' }).waitFor();
    }
    await page.screenshot({ path: `${prefix}-${width}.png` });
    await page.close();
  }
} finally {
  await browser.close();
}
