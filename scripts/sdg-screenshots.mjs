// Screenshots of the SDG panel and of a goal card with its 2015 verdicts, at 1280 and 375 px,
// for docs/. The two parts sit far apart in the side column, so each is shot as the reader sees
// it and the two are set side by side. Usage (with the preview server running):
//   node scripts/sdg-screenshots.mjs [url] [out-prefix]
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const prefix = process.argv[3] ?? 'docs/sdgs';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const width of [1280, 375]) {
    const page = await browser.newPage({
      // Tall enough that neither part has to scroll under the sticky header to be shot.
      viewport: { width, height: 6000 },
      deviceScaleFactor: 1,
    });
    await page.goto(new URL('?open=mdg-1', url).href);
    const card = page.getByRole('region', { name: 'Goal 1: Eradicate extreme poverty and hunger' });
    await card.locator('[data-verdict="met"]').waitFor();
    const panel = page.getByRole('region', {
      name: 'After 2015: the Sustainable Development Goals',
    });
    await panel.getByRole('link', { name: 'Target 16.4' }).waitFor();
    // The card takes focus when it opens; its focus ring is not part of the picture.
    await card.getByRole('heading', { level: 2 }).evaluate((heading) => heading.blur());
    const shots = [await card.screenshot(), await panel.screenshot()];
    await page.close();

    // Side by side on one sheet, each at the size it was drawn.
    const sheet = await browser.newPage({
      viewport: { width: 2400, height: 600 },
      deviceScaleFactor: 1,
    });
    await sheet.setContent(
      `<body style="margin:0"><div id="sheet" style="background:#e9ecef;display:inline-flex;gap:16px;padding:16px;align-items:flex-start">${shots
        .map(
          (png) =>
            `<img style="background:#fff" src="data:image/png;base64,${png.toString('base64')}">`,
        )
        .join('')}</div></body>`,
    );
    await sheet
      .locator('img')
      .evaluateAll((images) => Promise.all(images.map((image) => image.decode())));
    await sheet.locator('#sheet').screenshot({ path: `${prefix}-${width}.png` });
    await sheet.close();
  }
} finally {
  await browser.close();
}
