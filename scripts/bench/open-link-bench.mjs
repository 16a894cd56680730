// Loads of a shared link that opens a definition (`/?open=<id>`): the side column arrives with
// the card filled in, so this is where a load is likeliest to move something. No static page to
// pair it with (a static page cannot open anything), so only CLS and what moved are reported.
import { measureLoad } from './load-bench.mjs';

/** `loads` loads of each `/?open=<id>` under `condition`, each in a fresh context. */
export async function runOpenLinkLoads(browser, { baseUrl, ids, condition, loads, log }) {
  const results = [];
  for (const id of ids) {
    const url = `${baseUrl}?open=${encodeURIComponent(id)}`;
    const runs = [];
    for (let index = 0; index < loads; index += 1) {
      const run = await measureLoad(browser, url, condition);
      runs.push({ cls: run.cls, shifts: run.shifts, readable: run.readable });
      log(`  ?open=${id}, load ${index + 1}/${loads}: CLS ${run.cls.toFixed(3)}`);
    }
    results.push({ id, path: `/?open=${id}`, runs });
  }
  return results;
}
