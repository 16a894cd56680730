// Turns the measurements into docs/performance.md (and the same tables on the console).
import { readFileSync } from 'node:fs';
import { assessBudgets } from './budgets.mjs';
import { POINTERS } from './first-click-bench.mjs';
import { cls, eventMs, kb, movers, ms, ratio, table } from './format.mjs';
import {
  EVENT_TIMING_FLOOR,
  eventTimingMedian,
  eventTimingOf,
  eventTimingWorst,
  median,
  pairRatio,
  worst,
} from './stats.mjs';

export { assessBudgets };

const LOAD_ROWS = [
  ['Readable (headline + first paragraph painted)', (run) => run.readable, ms],
  // The static page has no filters: it never gets there, and a ratio would say nothing.
  ['Interactive (filter toggles hydrated)', (run) => run.interactive, ms, { noRatio: true }],
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
  // All the JS the app needs to start, whenever it is asked for: the HTML's own scripts and the
  // modules its inline starter loads after the first paint.
  ['JS to start the app (its scripts, preloads and starter modules)', (run) => run.jsToStart, kb],
  ['JS finished before readable', (run) => run.jsBeforeReadable, kb],
  ['JS finished before interactive', (run) => run.jsBeforeInteractive, kb, { noRatio: true }],
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
      const events = run.samples.map(eventTimingOf);
      return [
        run.article,
        `${run.cpu}×`,
        String(run.mentions),
        ms(median(pick('toFrame'))),
        ms(worst(pick('toFrame'))),
        ms(median(pick('toAfterPaint'))),
        ms(worst(pick('toAfterPaint'))),
        eventMs(eventTimingMedian(events)),
        eventMs(eventTimingWorst(events)),
      ];
    }),
  );
}

// One click per fresh visit: the figures of each visit, then their medians.
function firstClickTable(samples) {
  const rows = [];
  for (const pointer of POINTERS) {
    const group = samples.filter((sample) => sample.pointer === pointer);
    group.forEach((sample, index) =>
      rows.push([
        `${pointer === 'resting' ? 'Pointer resting' : 'Pointer arriving'}, visit ${index + 1}`,
        ms(sample.interactive),
        ms(sample.toFrame),
        ms(sample.toAfterPaint),
        eventMs(eventTimingOf(sample) ?? 0),
      ]),
    );
    const pick = (key) => group.map((sample) => sample[key]);
    rows.push([
      `**Median, pointer ${pointer}**`,
      ms(median(pick('interactive'))),
      ms(median(pick('toFrame'))),
      ms(median(pick('toAfterPaint'))),
      eventMs(eventTimingMedian(group.map(eventTimingOf))),
    ]);
  }
  return table(
    [
      'Visit',
      'Interactive at',
      'Click → next frame',
      'Click → after paint',
      'Event Timing duration',
    ],
    rows,
  );
}

function openLinkTable(links) {
  return table(
    ['Shared link', 'Loads', 'Loads that shifted', 'Worst CLS', 'What moved (worst load)'],
    links.map((link) => {
      const worstCls = worst(link.runs.map((run) => run.cls));
      const moved = movers(link.runs.find((run) => run.cls === worstCls));
      return [
        `\`${link.path}\``,
        String(link.runs.length),
        String(link.runs.filter((run) => run.cls > 0).length),
        cls(worstCls),
        moved.join(', ') || 'nothing',
      ];
    }),
    { numeric: false },
  );
}

// How the load and the click grow with the text: ×1, ×100, ×1000, each against the real article.
function growthTable(runs) {
  const articles = [...new Set(runs.map((run) => run.article))];
  const find = (article, cpu) => runs.find((run) => run.article === article && run.cpu === cpu);
  const loadAt = (article, cpu) => find(article, cpu)?.renderedAt ?? null;
  const clickAt = (article, cpu) =>
    median(find(article, cpu)?.samples.map((sample) => sample.toFrame) ?? []);
  const eventAt = (article, cpu) =>
    eventTimingMedian(find(article, cpu)?.samples.map(eventTimingOf) ?? []);
  const base = articles[0];
  const grown = (value, baseValue, format = ms) =>
    value === null || !baseValue ? format(value) : `${format(value)} (${ratio(value / baseValue)})`;
  // A median at Event Timing's floor is an upper bound, so no ratio is taken to or from it.
  const grownEvent = (value, baseValue) =>
    value === null || value <= EVENT_TIMING_FLOOR || baseValue <= EVENT_TIMING_FLOOR
      ? eventMs(value)
      : grown(value, baseValue, eventMs);
  return table(
    [
      'Article',
      'Paragraphs',
      'Mentions',
      'Load → rendered and hydrated, 4× CPU',
      '1× CPU',
      'Click → next frame (median), 4× CPU',
      '1× CPU',
      'Event Timing duration (median), 4× CPU',
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
      grownEvent(eventAt(article, 4), eventAt(base, 4)),
      grownEvent(eventAt(article, 1), eventAt(base, 1)),
    ]),
  );
}

export function renderTables(results) {
  return [
    ...results.loads.map((load) => `### Page load: ${load.name}\n\n${loadTable(load.pairs)}`),
    `### Shared links that open a definition (slow 4G, 4× CPU)\n\n${openLinkTable(results.openLinks)}`,
    `### Filter click (${results.settings.clicks} clicks, toggling on and off)\n\n${clickTable(results.clicks)}`,
    `### First click after a fresh visit (slow 4G, 4× CPU, one click per visit)\n\n${firstClickTable(results.firstClicks)}\n\n"Interactive at" is the page's clock when the toggles were hydrated; the click came once the page was quiet after that (no request for 500 ms, no long task for 1 s). "Pointer resting": the mouse was moved onto the toggle two frames and 300 ms before the click, as a hand brings it there before pressing (and as the twentieth click above finds it); "pointer arriving": Playwright's \`click()\` alone, which moves, presses and releases in the same millisecond, so the hover's restyle falls inside the press.`,
    `### Growth with the text: ×1, ×100, ×1000\n\n${growthTable(results.clicks)}\n\nIn brackets: the ratio to the real article. "Load" is the page's clock (from navigation start) when the last paragraph has its mentions and the filter toggle is hydrated, polled every 50 ms, in the click runs' own loads (network unthrottled; every article prerendered, the synthetic ones by the app's own renderer, as the real one is, so "load" is when the text's own markup is parsed and the header, the filters and every island in the text are hydrated); one load per row, so it is rough.`,
  ].join('\n\n');
}

/**
 * The designs weighed for hydration and what each measured: written by hand, as each was tried
 * at a different commit, and kept in the report so a reader of the figures sees why the app
 * starts the way it does.
 */
function hydrationRecord() {
  return readFileSync(new URL('./hydration-record.md', import.meta.url), 'utf8').trim();
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
- **Run time:** ${machine.runTime}${settings.buildReused ? ' (build reused)' : ', build included'}.

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
machine the gap can be hundreds of milliseconds. "Interactive" is when React has attached its
props to the filter toggles (checked every 50 ms). Byte counts are what crossed the wire,
compressed, headers included. "JS to start the app" is every script the page needs to become
interactive, whenever it is asked for: the scripts and modulepreloads the HTML names and the
modules its inline starter loads once the first frame is painted (listed in
\`#explorer-modules\`), but not the chunks the app loads later on its own (inline scripts travel
inside the HTML and count there); "finished before readable" and "before interactive" count every
script by when its download ended. Times vary from run to run (more so on a busy machine): compare
ratios and orders of magnitude, not single milliseconds; no test asserts any of these times.

## Budgets

${table(
  ['Budget', 'Measured', 'Verdict'],
  budgets.map((row) => [row.budget, row.measured, row.verdict]),
  { numeric: false },
)}

${nextSteps(budgets, results)}

${hydrationRecord()}

## Results

${renderTables(results)}

"Click → next frame" runs from the click event's dispatch (a capture listener on window, before
React's) to the first frame callback in which an organized-crime mention's computed filter state
has changed (reading it makes the browser do that frame's style work first, so it is included);
"after paint" to a task posted from that callback, which runs once that frame's layout and paint
are done.
The Event Timing duration is the browser's own measure of the interaction up to the next paint
(what INP is built on): the longest of its entries (pointerdown, pointerup, click), rounded to
8 ms and reported only from 16 ms up; a click the browser did not report counts as 16 ms in a
median ("≤ 16 ms"), so a median never reads lower than the truth.

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
- **First click after a fresh visit:** ${settings.firstClicks} visits of the real article for each
  way the pointer comes (resting on the toggle, or arriving with the click; alternating), each in
  a fresh context (cache disabled, slow 4G, 4× CPU): once the toggles are hydrated and the page
  is quiet (no request for 500 ms, no long task for 1 s), one click on the same toggle.
- **Shared links:** ${settings.openLoads} loads each of ${settings.openLinks.map((path) => `\`${path}\``).join(' and ')}, each in a fresh context,
  slow 4G and 4× CPU, metrics read at the same quiet point as the paired loads.
- **Synthetic ×100 article:** generated at bench time from \`public/data/article.json\`: the six
  paragraphs repeated 100 times (600 paragraphs, ${settings.syntheticAnnotations} annotations,
  ${settings.syntheticQuotations} quotations), each copy's offsets pointing into its own paragraphs,
  ids made unique, the headline labelled "[SYNTHETIC …]" and \`meta.synthetic\` set. It is served
  only by the bench server, prerendered by the app's own server renderer (\`src/entry-server.tsx\`,
  built into \`.scratch/bench-ssr/\`) into a copy of the built \`index.html\`, as the real article
  is, with its data seeded in the page; \`/data/article.json\` is redirected to it with
  \`page.route\`, should the app ask.
- **Synthetic ×1000 article:** the same, 1,000 copies (6,000 paragraphs,
  ${settings.synthetic1000Annotations} annotations, ${settings.synthetic1000Quotations} quotations,
  ${settings.synthetic1000Bytes} of JSON), served at \`/synthetic-x1000/\`; used for the clicks and
  the growth table only.
`;
}
