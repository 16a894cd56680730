// Screenshots of the dark and high-contrast themes, and of forced colours, at 1280 and 375 px,
// for docs/ (docs/theme-dark-1280.png …). Each theme is the device's preference, as a reader's
// settings would give it; the wide shot has a definition open and a filter on. Usage, with the
// preview server running:
//   node scripts/theme-screenshots.mjs [url]
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const themes = {
  dark: { colorScheme: 'dark' },
  contrast: { contrast: 'more' },
  'forced-colors': { forcedColors: 'active' },
};
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const [name, media] of Object.entries(themes))
    for (const width of [1280, 375]) {
      const page = await browser.newPage({ viewport: { width, height: width > 1000 ? 900 : 800 } });
      await page.emulateMedia(media);
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      if (width > 1000) {
        await page.getByRole('link', { name: 'cyber-crime' }).first().click();
        await page.getByRole('heading', { level: 2, name: 'Cyber-crime' }).waitFor();
        await page
          .getByRole('group', { name: 'Crime type' })
          .getByRole('button', { name: /^Corruption/ })
          .click();
        await page
          .getByRole('status')
          .filter({ hasText: /mentions? of corruption.* in \d+ paragraphs?/ })
          .waitFor();
      }
      await page.mouse.move(0, 0);
      await page.screenshot({ path: `docs/theme-${name}-${width}.png` });
      await page.close();
    }
} finally {
  await browser.close();
}
