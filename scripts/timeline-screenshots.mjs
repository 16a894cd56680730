// Screenshots of the timeline section at 1280 and 375 px, for docs/ and for looking at it as a
// reader would. Usage (with `npx vite preview` running):
//   node scripts/timeline-screenshots.mjs [url] [out-prefix]
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const prefix = process.argv[3] ?? 'docs/timeline';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(url);
    const section = page.getByRole('region', { name: 'The timeline, 2000–2030' });
    await section.getByRole('button', { name: /^15 November 2000 / }).waitFor();
    // The whole section on screen at once: a shot of a box taller than the window can come out
    // blank on a busy machine, before the browser has painted what was scrolled into view.
    const box = await section.boundingBox();
    await page.setViewportSize({ width, height: Math.ceil(box.y + box.height + 40) });
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(resolve)),
        ),
    );
    await section.screenshot({ path: `${prefix}-${width}.png` });
    await page.close();
  }
} finally {
  await browser.close();
}
