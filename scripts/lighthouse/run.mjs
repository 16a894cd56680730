// `npm run lighthouse`: builds the app (or, with --no-build, reuses dist/), serves it with the
// bench server beside the static page of the same article, and runs Lighthouse's mobile profile
// (its default: simulated slow 4G, 4× CPU) against both, alternately, `--runs N` times each
// (default 3). Prints every run, the medians and a verdict per target of issue 14 (verdict.mjs),
// and writes them to docs/lighthouse.md; Lighthouse's own HTML reports go to .scratch/lighthouse/,
// which is not committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../chromium-path.mjs';
import { loadavg, prepareBenchServer, repoRoot as root, startClock } from '../bench/start.mjs';
import { median } from '../bench/stats.mjs';
import { lighthouseVerdicts, verdictLines, verdictTable } from './verdict.mjs';

const argValue = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
};
const RUNS = Number(argValue('--runs', 3));
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a whole number ≥ 1');

// Headless without a sandbox (root in a container) and without the background traffic Chromium
// sends to Google's hosts, which a machine with no outside network refuses.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['TBT', 'total-blocking-time', 'ms'],
  ['FCP', 'first-contentful-paint', 'ms'],
  ['LCP', 'largest-contentful-paint', 'ms'],
  ['CLS', 'cumulative-layout-shift', ''],
  ['Speed Index', 'speed-index', 'ms'],
];

const { started, loadStart, log } = startClock();
const server = await prepareBenchServer({ log }).serve();

const reportsDir = new URL('.scratch/lighthouse/', root);
mkdirSync(reportsDir, { recursive: true });

/** One Lighthouse run in a fresh Chromium, so no run inherits another's cache or service worker. */
async function audit(page, run) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const result = await lighthouse(page.url, {
      port: chrome.port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${page.name}: ${lhr.runtimeError.message}`);
    writeFileSync(new URL(`${page.key}-${run}.html`, reportsDir), result.report);
    return {
      scores: Object.fromEntries(
        CATEGORIES.map((category) => [category, lhr.categories[category]?.score ?? null]),
      ),
      metrics: Object.fromEntries(
        METRICS.map(([, id]) => [id, lhr.audits[id]?.numericValue ?? null]),
      ),
      lighthouse: lhr.lighthouseVersion,
      chromium: lhr.environment?.hostUserAgent ?? '',
    };
  } finally {
    await chrome.kill();
  }
}

const score = (value) => (value === null ? '—' : value.toFixed(2));
const metric = (value, unit) =>
  value === null ? '—' : unit === 'ms' ? `${Math.round(value)} ms` : value.toFixed(3);
const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, index) => (index < 2 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
const HEADER = ['Page', 'Run', ...CATEGORIES, ...METRICS.map(([name]) => name)];
const row = (page, label, result) => [
  page.name,
  label,
  ...CATEGORIES.map((category) => score(result.scores[category])),
  ...METRICS.map(([, id, unit]) => metric(result.metrics[id], unit)),
];
const medianOf = (results) => ({
  scores: Object.fromEntries(
    CATEGORIES.map((category) => [category, median(results.map((r) => r.scores[category]))]),
  ),
  metrics: Object.fromEntries(
    METRICS.map(([, id]) => [id, median(results.map((r) => r.metrics[id]))]),
  ),
});

const pages = [
  { key: 'app', name: 'App', url: `${server.url}/`, results: [] },
  { key: 'static', name: 'Static page', url: `${server.url}/static/`, results: [] },
];
try {
  for (let run = 1; run <= RUNS; run += 1) {
    // Alternate which page goes first, so neither always meets the machine in the same state.
    const order = run % 2 === 1 ? pages : [...pages].reverse();
    for (const page of order) {
      const result = await audit(page, run);
      page.results.push(result);
      log(`${page.name}, run ${run}: ${row(page, String(run), result).slice(2).join('  ')}`);
    }
  }
} finally {
  await server.close();
}

const [app, staticResults] = pages;
const medians = pages.map((page) => medianOf(page.results));
const verdicts = lighthouseVerdicts(medians[0], medians[1], RUNS);
const seconds = Math.round((Date.now() - started) / 1000);
const loadEnd = loadavg();
const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const cpus = os.cpus();
const runsTable = table(HEADER, [
  ...pages.flatMap((page) =>
    page.results.map((result, index) => row(page, String(index + 1), result)),
  ),
]);
const mediansTable = table(
  HEADER,
  pages.map((page, index) => row(page, `median of ${page.results.length}`, medians[index])),
);

const markdown = `# Lighthouse

Measured ${date} with \`npm run lighthouse${RUNS === 3 ? '' : ` -- --runs ${RUNS}`}\`
(code in \`scripts/lighthouse/run.mjs\`): **${RUNS} run${RUNS === 1 ? '' : 's'} per page**.
${RUNS < 3 ? 'A shortened run: the medians below are of fewer runs than the default three, so read them as a rough look.\n' : ''}Regenerate it with the same command; every run overwrites this file. \`npm run bench\` writes
[performance.md](performance.md) and leaves this file alone.

- **Machine:** ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB;
  Node ${process.version}; Lighthouse ${app.results[0]?.lighthouse}; ${app.results[0]?.chromium}.
- **Load average** (1, 5, 15 min) at start: ${loadStart}; at end: ${loadEnd}. A load near or above
  the core count means other work shared the machine; Lighthouse's simulated throttling scales
  what it observes, so a busy machine inflates blocking time and the paints of both pages.
- **Run time:** ${Math.floor(seconds / 60)} min ${seconds % 60} s${process.argv.includes('--no-build') ? ' (build reused)' : ', build included'}.

Lighthouse's mobile profile with its default throttling (simulated: 150 ms RTT, 1.6 Mbps down,
4× CPU slowdown; a Moto G Power–sized screen), in Debian's Chromium started headless by
chrome-launcher, a fresh browser for every run. The app (the production build, article
prerendered) and the static HTML page of the same article from the bench (\`/static/\`, no
script) are served by the bench server (\`scripts/bench/server.mjs\`, brotli or gzip) and audited
alternately. Lighthouse's own reports are in \`.scratch/lighthouse/\` (not committed).

## Medians

${mediansTable}

## Targets (issue 14)

${verdictTable(verdicts)}

## Every run

${runsTable}
`;

writeFileSync(new URL('docs/lighthouse.md', root), markdown);
console.log(`\n${mediansTable}\n\n${verdictLines(verdicts).join('\n')}\n`);
console.log(
  `wrote docs/lighthouse.md; ${staticResults.results.length} run(s) per page; load average ${loadStart} at start, ${loadEnd} at end`,
);
