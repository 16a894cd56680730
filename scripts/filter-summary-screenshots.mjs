// Screenshots of the filter summary (what is on under both filters, the match stepper, the
// status) at 1280 and 375 px, for the README and for looking at it as a reader would. Usage:
//   node scripts/filter-summary-screenshots.mjs [url] [out-prefix]
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const prefix = process.argv[3] ?? 'docs/filter-summary';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const width of [1280, 375]) {
    // Less motion: the step's scroll is instant, so the shot can scroll back to the summary.
    const page = await browser.newPage({
      viewport: { width, height: width > 1000 ? 900 : 800 },
      reducedMotion: 'reduce',
    });
    await page.goto(
      new URL('?crime=corruption,money-laundering&topic=crime,instrument', base).href,
    );
    const stepper = page.getByRole('group', { name: 'Matches in the text' });
    await stepper.getByText('3 matches').waitFor();
    await stepper.getByRole('button', { name: 'Next match' }).click();
    await stepper.getByText(/1 of 3/).waitFor();
    // The step scrolls the match into view; the shot shows the summary above it.
    await page.mouse.wheel(0, -100_000);
    await page.waitForFunction('window.scrollY === 0');
    await page.screenshot({ path: `${prefix}-${width}.png` });
    await page.close();
  }
} finally {
  await browser.close();
}
