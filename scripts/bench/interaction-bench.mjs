// Filter clicks: from a click on a crime-type toggle to the frame that shows the change.
// The page-side callbacks below run in the browser.
/* global document, window */
import { openPage } from './browser-page.mjs';
import { clickProbe } from './page-probe.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Organized crime: named in paragraphs 1 and 2, so every click changes several mentions (and 200
// in the synthetic article) both ways.
export const TOGGLE = /^Organized crime/;
// A mention of organized crime: every click turns it from plain to a match, or back.
export const WATCHED_MENTION = '#article .mention.fk-c-organized-crime';

/**
 * Loads the app (with /data/article.json answered from `dataUrl` when given), waits until it is
 * hydrated, rendered and quiet, then clicks the toggle `warmup` + `clicks` times, on and off.
 */
export async function runClicks(
  browser,
  { url, dataUrl = null, cpu, clicks, warmup = 2, log, label },
) {
  const { page, traffic, close } = await openPage(browser, { cpu });
  try {
    if (dataUrl) {
      await page.route('**/data/article.json', (route) => route.continue({ url: dataUrl }));
    }
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // A CSS locator, not getByRole: working out ARIA roles over 2,000 mentions costs the page
    // about 150 ms before every click, which would load the CPU just before the measurement.
    const toggle = page.locator('.crime-filter .chip-toggle', { hasText: TOGGLE });
    // Hydrated (React has attached its props) and the whole article rendered with its mentions.
    // The page's clock at that moment is the load figure of the growth table: polled every 50 ms,
    // so it is that coarse (and the polling itself costs the ×1000 page a little).
    // The islands in the text (each paragraph's tools, the dateline's Cite) count too: on the
    // ×1000 article there are 6,001 of them, hydrating in short tasks after the header.
    const ready = await page.waitForFunction(
      () => {
        const reactOwns = (element) =>
          Object.keys(element).some((key) => key.startsWith('__reactProps'));
        const button = document.querySelector('.crime-filter .chip-toggle');
        const paragraphs = document.querySelectorAll('.article-body .paragraph');
        const last = paragraphs[paragraphs.length - 1];
        const islands = document.querySelectorAll('#article [data-island] button');
        return (
          button &&
          reactOwns(button) &&
          last?.querySelector('a.mention') &&
          islands.length > 0 &&
          reactOwns(islands[0]) &&
          reactOwns(islands[islands.length - 1]) &&
          window.performance.now()
        );
      },
      null,
      { timeout: 300_000, polling: 50 },
    );
    const renderedAt = await ready.jsonValue();
    await traffic.networkIdle();
    await sleep(1000);
    const paragraphs = await page.locator('.article-body .paragraph').count();
    const mentions = await page.locator('#article a.mention').count();
    await page.evaluate(clickProbe, WATCHED_MENTION);

    const samples = [];
    for (let index = 0; index < warmup + clicks; index += 1) {
      await page.evaluate(() => window.__benchArm());
      await toggle.click();
      const sample = await page.evaluate((timeout) => window.__benchResult(timeout), 30_000);
      if (!sample) throw new Error(`${label}: click ${index + 1} changed no mention within 30 s`);
      if (index >= warmup) samples.push(sample);
      await sleep(200);
    }
    const pressed = await toggle.getAttribute('aria-pressed');
    if (pressed !== 'false') throw new Error(`${label}: the toggle was left on; clicks were lost`);
    log(
      `  ${label}: ${paragraphs} paragraphs, ${mentions} mentions, rendered and hydrated at ${Math.round(renderedAt)} ms, click → next frame ${samples
        .map((sample) => Math.round(sample.toFrame))
        .join(' ')} ms`,
    );
    return { paragraphs, mentions, renderedAt, samples };
  } finally {
    await close();
  }
}
