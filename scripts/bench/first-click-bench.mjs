// The first click after a fresh visit: the click a new reader makes, in a page that has just
// started, which no warm-up click has primed (the twentieth click of interaction-bench.mjs has
// had its code paths, styles and caches warmed by the nineteen before it).
/* global window, requestAnimationFrame -- in the page-side callbacks of page.evaluate */
import { openPage } from './browser-page.mjs';
import { clickProbe, loadProbe } from './page-probe.mjs';
import { quietPoint } from './quiet.mjs';
import { TOGGLE, WATCHED_MENTION } from './interaction-bench.mjs';

/**
 * How the pointer comes to the click. "resting": it was moved onto the toggle a moment before
 * (two frames and 300 ms), as a hand brings the mouse to a button before pressing it, and as the
 * twentieth click of interaction-bench.mjs finds it. "arriving": Playwright's click() alone,
 * which moves, presses and releases in the same millisecond, so the hover's restyle and hit tests
 * fall inside the press's input delay, something no reader's click does; measured too, as the
 * harshest case.
 */
export const POINTERS = ['resting', 'arriving'];

/**
 * `visits` fresh contexts per pointer (cache disabled, `condition`'s network and CPU), the two
 * kinds alternating: each loads `url`, waits until the app is interactive and the page quiet (no
 * request for 500 ms and no long task for 1 s, as the click bench waits), then clicks the
 * crime-type toggle once.
 */
export async function runFirstClicks(browser, { url, condition, visits, log }) {
  const samples = [];
  for (let index = 0; index < visits * POINTERS.length; index += 1) {
    const pointer = POINTERS[index % POINTERS.length];
    const visit = Math.floor(index / POINTERS.length) + 1;
    const { page, traffic, close } = await openPage(browser, {
      cpu: condition.cpu,
      network: condition.network,
      initScript: loadProbe,
    });
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction(() => window.__benchInteractive(), null, {
        timeout: 60_000,
        polling: 100,
      });
      const quiet = await quietPoint(page, traffic, { networkIdleMs: 500, longTaskIdleMs: 1000 });
      const { interactive } = await page.evaluate(() => window.__benchLoad());
      await page.evaluate(clickProbe, WATCHED_MENTION);
      const toggle = page.locator('.crime-filter .chip-toggle', { hasText: TOGGLE });
      if (pointer === 'resting') {
        await toggle.hover();
        await page.evaluate(
          () =>
            new Promise((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))),
            ),
        );
      }
      await page.evaluate(() => window.__benchArm());
      await toggle.click();
      const sample = await page.evaluate((timeout) => window.__benchResult(timeout), 30_000);
      if (!sample) throw new Error(`first click, visit ${visit}: no mention changed within 30 s`);
      samples.push({ ...sample, pointer, interactive, quiet });
      log(
        `  visit ${visit}/${visits}, pointer ${pointer}: interactive at ${Math.round(interactive)} ms${quiet ? '' : ' (never quiet)'}, click → frame ${Math.round(sample.toFrame)} ms, Event Timing ${sample.interactionDuration === null ? '< 16' : Math.round(sample.interactionDuration)} ms`,
      );
    } finally {
      await close();
    }
  }
  return samples;
}
