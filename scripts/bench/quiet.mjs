// "Quiet": the point after a load where the page has nothing left to do on its own, so a
// measurement taken then (a load's metrics, a first click) is not mixed up with late start-up
// work. Needs loadProbe (page-probe.mjs) in the page, for its long-task record.
/* global window -- in the page-side callback of page.evaluate */

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once no request has been in flight for `networkIdleMs` and no long task has run for
 * `longTaskIdleMs` (the app's start, hydration and the data it fetches after it then lie inside
 * the window), or after `capMs` regardless. Returns whether the page got quiet.
 */
export async function quietPoint(
  page,
  traffic,
  { networkIdleMs = 1000, longTaskIdleMs = 1000, capMs = 20_000 } = {},
) {
  const deadline = Date.now() + capMs;
  while (Date.now() < deadline) {
    await traffic.networkIdle({ idleMs: networkIdleMs, capMs: deadline - Date.now() });
    const sinceLongTask = await page.evaluate(
      () => performance.now() - window.__benchLastLongTaskEnd(),
    );
    if (sinceLongTask >= longTaskIdleMs && traffic.idleFor(networkIdleMs)) return true;
    await sleep(Math.max(100, longTaskIdleMs - sinceLongTask));
  }
  return false;
}
