// Page loads, the app against the static page, in pairs.
/* global window -- in the page-side callbacks of page.evaluate */
import { openPage } from './browser-page.mjs';
import { loadProbe } from './page-probe.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One load of `url` in a fresh context; metrics taken at the quiet point. */
export async function measureLoad(browser, url, { cpu, network }) {
  const { page, traffic, close } = await openPage(browser, { cpu, network, initScript: loadProbe });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await quietPoint(page, traffic);
    const metrics = await page.evaluate(() => window.__benchLoad());
    const readableWallMs =
      metrics.readable === null ? Infinity : metrics.timeOrigin + metrics.readable;
    return {
      ...metrics,
      bytes: traffic.bytes(),
      jsUpFront: traffic.bytes({ fromHtml: true }).js,
      jsBeforeReadable: traffic.bytes({ beforeWallMs: readableWallMs }).js,
      encodings: traffic.encodings(),
    };
  } finally {
    await close();
  }
}

/**
 * The quiet point: nothing in flight for 1 s and no long task in the last 1 s (hydration and the
 * data the app fetches after it are then inside the window), or 20 s after the load event.
 */
async function quietPoint(page, traffic) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    await traffic.networkIdle({ idleMs: 1000, capMs: deadline - Date.now() });
    const sinceLongTask = await page.evaluate(
      () => performance.now() - window.__benchLastLongTaskEnd(),
    );
    if (sinceLongTask >= 1000) return;
    await sleep(Math.max(100, 1000 - sinceLongTask));
  }
}

/**
 * `pairs` pairs after one unrecorded warm-up pair. The order alternates (app, static, static,
 * app, …) so neither page always goes first into whatever the machine is doing.
 */
export async function runLoadPairs(browser, { appUrl, staticUrl, condition, pairs, log }) {
  const results = [];
  for (let index = -1; index < pairs; index += 1) {
    const appFirst = index % 2 !== 0;
    const pair = {};
    for (const which of appFirst ? ['app', 'static'] : ['static', 'app']) {
      pair[which] = await measureLoad(browser, which === 'app' ? appUrl : staticUrl, condition);
    }
    const label = index < 0 ? 'warm-up' : `pair ${index + 1}/${pairs}`;
    log(
      `  ${condition.name}, ${label}: readable app ${fmt(pair.app.readable)} / static ${fmt(pair.static.readable)} ms`,
    );
    if (index >= 0) results.push(pair);
  }
  return results;
}

const fmt = (ms) => (ms === null ? '—' : Math.round(ms));
