// Takes screenshots of the running app (default: the preview server) for the README and for
// looking at the app as a reader would. Usage:
//   node scripts/screenshot.mjs [url] [out-prefix]
import { chromium } from '@playwright/test';
import { dirname } from 'node:path';
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

  // A phone: a tapped mention opens its card as a sheet over the lower part of the screen, with
  // the sentence still in view above it.
  const phone = await browser.newContext({
    viewport: { width: 375, height: 740 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await phone.newPage();
  await page.goto(url);
  await page.getByRole('region', { name: 'Crime categories' }).waitFor();
  const mention = page.getByRole('link', { name: 'cyber-crime' }).first();
  await mention.evaluate((element) =>
    globalThis.scrollBy({ top: element.getBoundingClientRect().top - 180, behavior: 'instant' }),
  );
  await mention.tap();
  await page
    .getByRole('region', { name: 'Cyber-crime' })
    .getByRole('heading', { name: 'In the article' })
    .waitFor();
  await page.screenshot({ path: `${dirname(prefix)}/phone-card-375.png` });
  await phone.close();
} finally {
  await browser.close();
}
