// Turns the measurements into docs/performance.md (and the same tables on the console).
import { median, pairRatio, worst } from './stats.mjs';

const ms = (value) => (value === null ? '—' : `${Math.round(value)} ms`);
const kb = (value) => (value === null ? '—' : `${(value / 1024).toFixed(1)} KB`);
const ratio = (value) => (value === null ? '—' : `${value.toFixed(2)}×`);
const cls = (value) => (value === null ? '—' : value.toFixed(3));

// Numbers align right; a table of words (`numeric` false) aligns left.
const table = (header, rows, { numeric = true } = {}) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, index) => (index === 0 || !numeric ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

const LOAD_ROWS = [
  ['Readable (headline + first paragraph painted)', (run) => run.readable, ms],
  ['First Contentful Paint', (run) => run.fcp, ms],
  ['Largest Contentful Paint', (run) => run.lcp, ms],
  ['Cumulative Layout Shift', (run) => run.cls, cls, { noRatio: true }],
  // The static page's TBT is 0 or a stray few ms, so a ratio to it says nothing.
  ['Total Blocking Time (FCP → quiet)', (run) => run.tbt, ms, { noRatio: true }],
  ['Bytes: HTML', (run) => run.bytes.html, kb],
  ['Bytes: CSS', (run) => run.bytes.css, kb],
  ['Bytes: JS', (run) => run.bytes.js, kb],
  ['Bytes: JSON', (run) => run.bytes.json, kb],
  ['Bytes: total', (run) => run.bytes.total, kb],
  ['JS asked for by the HTML (up front)', (run) => run.jsUpFront, kb],
  ['JS finished before readable', (run) => run.jsBeforeReadable, kb],
];

function loadTable(pairs) {
  return table(
    ['Metric', 'App (median)', 'Static page (median)', 'App ÷ static (median of pair ratios)'],
    LOAD_ROWS.map(([name, pick, format, options = {}]) => [
      name,
      format(median(pairs.map((pair) => pick(pair.app)))),
      format(median(pairs.map((pair) => pick(pair.static)))),
      options.noRatio ? '—' : ratio(pairRatio(pairs, pick)),
    ]),
  );
}

function clickTable(runs) {
  return table(
    [
      'Article',
      'CPU',
      'Mentions',
      'Click → next frame: median',
      'worst',
      'Click → after paint: median',
      'worst',
      'Event Timing duration: median',
      'worst',
    ],
    runs.map((run) => {
      const pick = (key) => run.samples.map((sample) => sample[key]);
      const events = pick('eventDuration');
      const reported = events.filter((value) => value !== null).length;
      // Event Timing reports only interactions of 16 ms or more: fewer than half reported means
      // the median is under 16 ms.
      const eventMedian =
        reported * 2 > events.length ? ms(median(events.map((value) => value ?? 0))) : '< 16 ms';
      return [
        run.article,
        `${run.cpu}×`,
        String(run.mentions),
        ms(median(pick('toFrame'))),
        ms(worst(pick('toFrame'))),
        ms(median(pick('toAfterPaint'))),
        ms(worst(pick('toAfterPaint'))),
        eventMedian,
        reported === 0 ? '< 16 ms' : ms(worst(events)),
      ];
    }),
  );
}

/** The four budgets of issue 5, as measured: never a failure, a statement. */
export function assessBudgets(results) {
  const slow = results.loads.find((load) => load.key === 'slow');
  const readableRatio = pairRatio(slow.pairs, (run) => run.readable);
  const jsUpFront = median(slow.pairs.map((pair) => pair.app.jsUpFront));
  const jsBefore = median(slow.pairs.map((pair) => pair.app.jsBeforeReadable));
  const clickAt4 = (article) =>
    median(
      results.clicks
        .find((run) => run.article === article && run.cpu === 4)
        .samples.map((s) => s.toFrame),
    );
  const appLoads = results.loads.flatMap((load) => load.pairs.map((pair) => pair.app));
  const worstCls = worst(appLoads.map((run) => run.cls));
  const shifted = appLoads.filter((run) => run.cls > 0).length;
  // What moved in the worst load, for the verdict: the elements of its largest shifts.
  const worstLoad = appLoads.find((run) => run.cls === worstCls);
  const movers = [
    ...new Set(
      [...(worstLoad?.shifts ?? [])]
        .sort((a, b) => b.value - a.value)
        .flatMap((shift) => shift.sources.map((source) => `\`${source}\` at ${shift.time} ms`)),
    ),
  ].slice(0, 3);
  const real = clickAt4('Real (6 paragraphs)');
  const synthetic = clickAt4('Synthetic ×100 (600 paragraphs)');
  const synthetic1000 = clickAt4('Synthetic ×1000 (6,000 paragraphs)');
  const verdict = (met, over) => (met ? 'met' : `**not met**: ${over}`);
  return [
    {
      budget: 'Article readable ≤ 1.2× the static page (slow 4G, 4× CPU)',
      measured: `${ratio(readableRatio)} (median of pair ratios)`,
      met: readableRatio !== null && readableRatio <= 1.2,
      verdict: verdict(
        readableRatio !== null && readableRatio <= 1.2,
        `${ratio(readableRatio - 1.2)} over`,
      ),
    },
    {
      budget: 'JS before readable ≤ 100 KB compressed',
      measured: `${kb(jsUpFront)} asked for up front by the HTML (as transferred); ${kb(jsBefore)} finished before the text was readable`,
      met: jsUpFront !== null && jsUpFront <= 100 * 1024,
      verdict: verdict(
        jsUpFront !== null && jsUpFront <= 100 * 1024,
        `${kb(jsUpFront - 100 * 1024)} over`,
      ),
    },
    {
      budget: 'Filter click → visible ≤ 100 ms median, 4× CPU, real article',
      measured: ms(real),
      met: real !== null && real <= 100,
      verdict: verdict(real !== null && real <= 100, `${ms(real - 100)} over`),
    },
    {
      budget: 'Filter click → visible ≤ 100 ms median, 4× CPU, synthetic ×100 article',
      measured: ms(synthetic),
      met: synthetic !== null && synthetic <= 100,
      verdict: verdict(synthetic !== null && synthetic <= 100, `${ms(synthetic - 100)} over`),
    },
    {
      budget: 'CLS 0 (app, every load)',
      measured: `worst ${cls(worstCls)}; ${shifted} of ${appLoads.length} loads shifted`,
      met: worstCls === 0,
      movers,
      verdict: verdict(
        worstCls === 0,
        `worst load ${cls(worstCls)}${movers.length ? `; what moved: ${movers.join(', ')}` : ''}`,
      ),
    },
    // Last, so next-steps.mjs still finds the first five where it expects them.
    {
      budget: 'Filter click → visible < 100 ms median, 4× CPU, synthetic ×1000 article',
      measured: ms(synthetic1000),
      met: synthetic1000 !== null && synthetic1000 < 100,
      verdict: verdict(
        synthetic1000 !== null && synthetic1000 < 100,
        `${ms(synthetic1000 - 100)} over`,
      ),
    },
  ];
}

// How the load and the click grow with the text: ×1, ×100, ×1000, each against the real article.
function growthTable(runs) {
  const articles = [...new Set(runs.map((run) => run.article))];
  const find = (article, cpu) => runs.find((run) => run.article === article && run.cpu === cpu);
  const loadAt = (article, cpu) => find(article, cpu)?.renderedAt ?? null;
  const clickAt = (article, cpu) =>
    median(find(article, cpu)?.samples.map((sample) => sample.toFrame) ?? []);
  const base = articles[0];
  const grown = (value, baseValue) =>
    value === null || !baseValue ? ms(value) : `${ms(value)} (${ratio(value / baseValue)})`;
  return table(
    [
      'Article',
      'Paragraphs',
      'Mentions',
      'Load → rendered and hydrated, 4× CPU',
      '1× CPU',
      'Click → next frame (median), 4× CPU',
      '1× CPU',
    ],
    articles.map((article) => [
      article,
      String(find(article, 4)?.paragraphs ?? '—'),
      String(find(article, 4)?.mentions ?? '—'),
      grown(loadAt(article, 4), loadAt(base, 4)),
      grown(loadAt(article, 1), loadAt(base, 1)),
      grown(clickAt(article, 4), clickAt(base, 4)),
      grown(clickAt(article, 1), clickAt(base, 1)),
    ]),
  );
}

export function renderTables(results) {
  return [
    ...results.loads.map((load) => `### Page load: ${load.name}\n\n${loadTable(load.pairs)}`),
    `### Filter click (${results.settings.clicks} clicks, toggling on and off)\n\n${clickTable(results.clicks)}`,
    `### Growth with the text: ×1, ×100, ×1000\n\n${growthTable(results.clicks)}\n\nIn brackets: the ratio to the real article. "Load" is the page's clock (from navigation start) when the last paragraph has its mentions and the filter toggle is hydrated, polled every 50 ms, in the click runs' own loads (network unthrottled, the synthetic articles fetched as JSON and rendered on the client, the real one prerendered); one load per row, so it is rough.`,
  ].join('\n\n');
}

export function renderReport(results, { nextSteps }) {
  const { machine, settings } = results;
  const budgets = assessBudgets(results);
  return `# Performance

Measured ${machine.date} with \`${settings.command}\` (code in \`scripts/bench/\`, described in the
README). Regenerate it with the same command; every run overwrites this file. Lighthouse's
scores for the same build and static page are in [lighthouse.md](lighthouse.md) (\`npm run
lighthouse\`, which this command leaves alone).

- **Machine:** ${machine.cpuCount} × ${machine.cpuModel}, ${machine.memoryGb} GB, ${machine.platform};
  Node ${machine.node}; Chromium ${machine.chromium} (headless).
- **Load average** (1, 5, 15 min) at start: ${machine.loadStart}; at end: ${machine.loadEnd}. The
  machine may have been running other work; a load near or above the core count inflates every
  time, the app's and the static page's alike.
- **Run time:** ${machine.runTime}, build included.

## How to read this

Each page load happens in a fresh browser context with the cache disabled, so every load is a
first visit. The app (the production build, article prerendered) and a plain static HTML page of
the same article are loaded alternately (app, static, static, app, …), and each app load is
compared with the static load next to it: the ratio column is the median of those per-pair
ratios, not the ratio of the medians. A ratio of 1.00× means the app is as fast as a page with
no JavaScript at all; that is the floor. "Readable" is the first frame in which both the headline
and the first paragraph are in the page with a size; for both pages it should equal the first
paint. FCP and LCP are presentation times, when the frame reached the screen, so they usually come
after the frame callback in which "readable" is recorded; with software rendering on a busy
machine the gap can be hundreds of milliseconds. Byte counts are what crossed the wire,
compressed, headers included. Times vary from run to run (more so on a busy machine): compare
ratios and orders of magnitude, not single milliseconds; no test asserts any of these times.

## Budgets

${table(
  ['Budget', 'Measured', 'Verdict'],
  budgets.map((row) => [row.budget, row.measured, row.verdict]),
  { numeric: false },
)}

${nextSteps(budgets, results)}

## Results

${renderTables(results)}

"Click → next frame" runs from the click event's dispatch (a capture listener on window, before
React's) to the first frame callback in which an organized-crime mention's computed filter state
has changed (reading it makes the browser do that frame's style work first, so it is included);
"after paint" to a task posted from that callback, which runs once that frame's layout and paint
are done.
The Event Timing duration is the browser's own measure of the click up to the next paint (what
INP is built on), reported only from 16 ms up and rounded to 8 ms.

## Settings

- **Server:** one Node \`http\` server on ${settings.origin}, serving the production build at
  \`/\`, the static page at \`/static/\` (${settings.staticBytes} of HTML and a
  ${settings.staticCssBytes} stylesheet, no script) and the synthetic article at
  \`/synthetic/\`, from memory, compressed once at start-up: brotli quality 11 (9 above 4 MB) where
  the browser accepts it, else gzip level 9, as a static host serves pre-compressed files. Encodings seen:
  ${settings.encodings.join(', ')}.
- **Slow 4G:** Lighthouse's values through \`Network.emulateNetworkConditions\`: 150 ms latency,
  1,638.4 kbps down, 750 kbps up; CPU slowed 4× with \`Emulation.setCPUThrottlingRate\`.
  **Unthrottled:** no network emulation, CPU 1×.
- **Loads:** ${settings.pairs} pairs per condition after one warm-up pair; viewport 1280 × 800;
  \`Network.setCacheDisabled\`. Metrics are read at the quiet point: after the load event, once no
  request has been in flight for 1 s and no long task has run for 1 s (at most 20 s). FCP, LCP, layout shifts and long tasks come from
  buffered \`PerformanceObserver\`s installed before the page's own scripts. CLS is the worst
  session window of shifts without recent input; TBT is the sum over long tasks of their time
  after FCP beyond 50 ms, up to the quiet point.
- **Clicks:** the "Organized crime" toggle in the "Crime type" group, ${settings.clickWarmup} warm-up
  clicks then ${settings.clicks}, 200 ms apart, in a page that has finished loading and hydrating;
  network unthrottled (a click fetches nothing).
- **Synthetic ×100 article:** generated at bench time from \`public/data/article.json\`: the six
  paragraphs repeated 100 times (600 paragraphs, ${settings.syntheticAnnotations} annotations,
  ${settings.syntheticQuotations} quotations), each copy's offsets pointing into its own paragraphs,
  ids made unique, the headline labelled "[SYNTHETIC …]" and \`meta.synthetic\` set. It is served
  only by the bench server, in a copy of \`index.html\` with the prerendered article and its seeded
  state removed, so the app fetches, validates and renders it as it would any article;
  \`/data/article.json\` is redirected to it with \`page.route\`.
- **Synthetic ×1000 article:** the same, 1,000 copies (6,000 paragraphs,
  ${settings.synthetic1000Annotations} annotations, ${settings.synthetic1000Quotations} quotations,
  ${settings.synthetic1000Bytes} of JSON), served at \`/synthetic-x1000/\`; used for the clicks and
  the growth table only.
`;
}
