// `npm run bench`: builds the app, serves it beside a static page of the same article and a
// synthetic ×100 and ×1000 articles, measures loads, shared `?open=` links, filter clicks and the
// first click of a fresh visit in headless Chromium, and writes docs/performance.md. Options:
// --no-build (reuse dist/); BENCH_PAIRS, BENCH_OPEN_LOADS, BENCH_CLICKS and BENCH_FIRST_CLICKS
// (smaller numbers for a quick look; the committed report uses the defaults).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../chromium-path.mjs';
import { SLOW_4G } from './browser-page.mjs';
import { runFirstClicks } from './first-click-bench.mjs';
import { runClicks } from './interaction-bench.mjs';
import { runLoadPairs } from './load-bench.mjs';
import { nextSteps } from './next-steps.mjs';
import { runOpenLinkLoads } from './open-link-bench.mjs';
import { renderReport, renderTables, assessBudgets } from './report.mjs';
import { loadavg, prepareBenchServer, repoRoot as root, startClock } from './start.mjs';
import { buildSyntheticArticle } from './synthetic-article.mjs';
import { syntheticPageRenderer } from './synthetic-pages.mjs';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 7);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 20);
const CLICK_WARMUP = 2;
const FIRST_CLICKS = Number(process.env.BENCH_FIRST_CLICKS ?? 7);
const OPEN_LOADS = Number(process.env.BENCH_OPEN_LOADS ?? 3);
// Shared links that open a definition card (a treaty, a crime type): the side column then arrives
// filled in, where a load is likeliest to move something.
const OPEN_IDS = ['untoc', 'cyber-crime'];
if (CLICKS % 2 !== 0)
  throw new Error('BENCH_CLICKS must be even: the toggle must end where it began');

const { started, loadStart, log } = startClock();

const bench = prepareBenchServer({ log });
const { staticPage } = bench;
const synthetic = buildSyntheticArticle(bench.article, 100);
const synthetic1000 = buildSyntheticArticle(bench.article, 1000);
const renderPage = await syntheticPageRenderer(bench.dist['/index.html'].toString('utf8'), { log });
log('prerendering the synthetic ×100 and ×1000 articles…');
const server = await bench.serve({
  '/synthetic/index.html': renderPage(synthetic),
  '/synthetic/data/article.json': JSON.stringify(synthetic),
  '/synthetic-x1000/index.html': renderPage(synthetic1000),
  '/synthetic-x1000/data/article.json': JSON.stringify(synthetic1000),
});

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const conditions = [
    { key: 'slow', name: 'slow 4G, 4× CPU', network: SLOW_4G, cpu: 4 },
    { key: 'fast', name: 'unthrottled', network: null, cpu: 1 },
  ];
  const loads = [];
  for (const condition of conditions) {
    log(`page loads, ${condition.name}: ${PAIRS} pairs after a warm-up pair`);
    const pairs = await runLoadPairs(browser, {
      appUrl: `${server.url}/`,
      staticUrl: `${server.url}/static/`,
      condition,
      pairs: PAIRS,
      log,
    });
    loads.push({ key: condition.key, name: condition.name, pairs });
  }
  const [slow] = conditions;

  log(
    `shared links (${OPEN_IDS.map((id) => `?open=${id}`).join(', ')}), ${slow.name}: ${OPEN_LOADS} loads each`,
  );
  const openLinks = await runOpenLinkLoads(browser, {
    baseUrl: `${server.url}/`,
    ids: OPEN_IDS,
    condition: slow,
    loads: OPEN_LOADS,
    log,
  });

  log(`first click after a fresh visit, ${slow.name}: ${FIRST_CLICKS} visits`);
  const firstClicks = await runFirstClicks(browser, {
    url: `${server.url}/`,
    condition: slow,
    visits: FIRST_CLICKS,
    log,
  });

  const clicks = [];
  const articles = [
    { key: 'x1', article: 'Real (6 paragraphs)', url: `${server.url}/` },
    {
      key: 'x100',
      article: 'Synthetic ×100 (600 paragraphs)',
      url: `${server.url}/synthetic/`,
      dataUrl: `${server.url}/synthetic/data/article.json`,
    },
    {
      key: 'x1000',
      article: 'Synthetic ×1000 (6,000 paragraphs)',
      url: `${server.url}/synthetic-x1000/`,
      dataUrl: `${server.url}/synthetic-x1000/data/article.json`,
    },
  ];
  for (const target of articles) {
    for (const cpu of [4, 1]) {
      const label = `${target.article}, ${cpu}× CPU`;
      log(`filter clicks, ${label}`);
      const run = await runClicks(browser, {
        ...target,
        cpu,
        clicks: CLICKS,
        warmup: CLICK_WARMUP,
        log,
        label,
      });
      clicks.push({ key: target.key, article: target.article, cpu, ...run });
    }
  }

  const cpus = os.cpus();
  const seconds = Math.round((Date.now() - started) / 1000);
  const results = {
    loads,
    openLinks,
    clicks,
    firstClicks,
    machine: {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      cpuCount: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      chromium: browser.version(),
      loadStart,
      loadEnd: loadavg(),
      runTime: `${Math.floor(seconds / 60)} min ${seconds % 60} s`,
    },
    settings: {
      command: 'npm run bench',
      buildReused: process.argv.includes('--no-build'),
      origin: server.url,
      pairs: PAIRS,
      openLoads: OPEN_LOADS,
      openLinks: openLinks.map((link) => link.path),
      clicks: CLICKS,
      firstClicks: FIRST_CLICKS,
      clickWarmup: CLICK_WARMUP,
      staticBytes: `${(Buffer.byteLength(staticPage['index.html']) / 1024).toFixed(1)} KB`,
      staticCssBytes: `${Buffer.byteLength(staticPage['static.css'])}-byte`,
      encodings: [
        ...new Set(
          loads.flatMap((load) =>
            load.pairs.flatMap((pair) => [...pair.app.encodings, ...pair.static.encodings]),
          ),
        ),
      ].sort(),
      syntheticAnnotations: synthetic.annotations.length,
      syntheticQuotations: synthetic.quotations.length,
      synthetic1000Annotations: synthetic1000.annotations.length,
      synthetic1000Quotations: synthetic1000.quotations.length,
      synthetic1000Bytes: `${(Buffer.byteLength(JSON.stringify(synthetic1000)) / 2 ** 20).toFixed(1)} MB`,
    },
  };

  // The raw samples, for a closer look (written first, so a failing report keeps them); .scratch/
  // is not committed.
  mkdirSync(new URL('.scratch/', root), { recursive: true });
  writeFileSync(new URL('.scratch/bench-results.json', root), JSON.stringify(results, null, 2));
  writeFileSync(new URL('docs/performance.md', root), renderReport(results, { nextSteps }));
  console.log(`\n${renderTables(results)}\n`);
  for (const row of assessBudgets(results))
    console.log(`${row.met ? 'met    ' : 'NOT MET'}  ${row.budget}: ${row.measured}`);
  console.log(
    `\nwrote docs/performance.md; total ${results.machine.runTime}, load average ${results.machine.loadStart} at start, ${results.machine.loadEnd} at end`,
  );
} finally {
  await browser.close();
  await server.close();
}
