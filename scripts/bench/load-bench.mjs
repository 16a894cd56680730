// Page loads, the app against the static page, in pairs.
/* global window -- in the page-side callbacks of page.evaluate */
import { openPage } from './browser-page.mjs';
import { loadProbe } from './page-probe.mjs';
import { quietPoint } from './quiet.mjs';
import { startUpScripts } from './start-up-scripts.mjs';

/**
 * One load of `url` in a fresh context; metrics taken at the quiet point (quiet.mjs: no request
 * for 1 s and no long task for 1 s, at most 20 s after the load event).
 */
export async function measureLoad(browser, url, { cpu, network }) {
  const { page, traffic, close } = await openPage(browser, { cpu, network, initScript: loadProbe });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await quietPoint(page, traffic);
    const metrics = await page.evaluate(() => window.__benchLoad());
    const wallMs = (time) => (time === null ? Infinity : metrics.timeOrigin + time);
    // The HTML as served (fetched again, outside the measured page) names the start-up scripts.
    const html = await (await fetch(url)).text();
    return {
      ...metrics,
      bytes: traffic.bytes(),
      // What the page needs to become interactive, whenever it asks for it: with the modules
      // started after the first paint, none of it is in flight before the text is readable.
      jsToStart: traffic.bytes({ urls: startUpScripts(html, url) }).js,
      jsBeforeReadable: traffic.bytes({ beforeWallMs: wallMs(metrics.readable) }).js,
      jsBeforeInteractive:
        metrics.interactive === null
          ? null
          : traffic.bytes({ beforeWallMs: wallMs(metrics.interactive) }).js,
      encodings: traffic.encodings(),
    };
  } finally {
    await close();
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
