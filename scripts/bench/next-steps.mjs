// What each budget's result means and what to try next, printed under the budget table. The
// diagnoses come from Chromium traces taken while writing the bench (see docs/performance.md);
// re-check them with a trace when the numbers move. Rows are found by their key (budgets.mjs).
export function nextSteps(budgets) {
  const row = (key) => budgets.find((budget) => budget.key === key);
  const readable = row('readable');
  const js = row('js');
  const cls = row('cls');
  const lines = [];
  lines.push(
    readable.met
      ? "- **Readable:** met. The page needs only its HTML to paint the article: the stylesheet is inline, the first frame waits for the first paragraph, and the app's modules load after it. Keep new resources out of the head and new markup out of the first screen."
      : "- **Readable:** not met. What holds the app back is the first frame's CPU work at 4× slow-down: a trace taken when the bench was written showed its layout taking about 130–220 ms for some 230 layout objects, against about 60–80 ms for the static page's two dozen, about 110 ms of it in the header and the filter bar. Trace the first frame again before choosing what to cut.",
  );
  lines.push(
    js.met
      ? '- **JS to start:** met. Counted whenever it is asked for (the modules may start after the first paint), so new feature code belongs in lazy chunks.'
      : '- **JS to start:** not met. Split the entry chunk further: what the first screen does not need can load after the app is interactive.',
  );
  const clickNames = {
    'click-x1': 'click → frame, real article',
    'click-x100': 'click → frame, ×100',
    'inp-x1': 'Event Timing, real article',
    'inp-x100': 'Event Timing, ×100',
    x1000: '×1000 under 100 ms',
  };
  const missed = Object.keys(clickNames).filter((key) => !row(key).met);
  lines.push(
    missed.length === 0
      ? '- **Filter click:** met on every article. A click sets two attributes on `<html>` and one stylesheet restyles the mentions, so no mention re-renders; keep new per-mention state out of React renders.'
      : `- **Filter click:** not met (${missed.map((key) => clickNames[key]).join('; ')}). What is in the click's frame is the style recalculation of the mentions on screen, the toggle's own render and the paint; the Event Timing duration also holds whatever else ran before that paint (the panels, the status). Trace the slow clicks (a busy machine inflates every sample) and move what can wait out of the click's frame.`,
  );
  const first = row('first-click');
  lines.push(
    first.met
      ? '- **First click:** met: a fresh page answers its first click as fast as a warmed-up one.'
      : "- **First click:** not met. A trace of one (4× CPU) shows almost no script in the click itself (about 7 ms to dispatch it and 2 ms of React's render): the time is the browser drawing the change, about 60 ms of style, layout, pre-paint and paint for the first restyle of every mention, then the frame's presentation, which software rendering on this machine delays further. The toggle used to ask for layout right after changing the filter, which forced that restyle inside the click (31 ms); it now asks before. The filter keys are now class names, so each mention is matched against its own keys' rules only (the style work of a warm click on the ×100 article, 4× CPU, one trace each: 278 elements in 21.9 ms → 212 in 16.9 ms). Next: a filter look that changes no box-shadow (ink overflow sends the change through pre-paint), and a look at what else shares the click's frame on a first visit (a layout the warm clicks do not have).",
  );
  lines.push(
    cls.met
      ? '- **CLS:** met on every load, the shared `?open=` links included.'
      : `- **CLS:** not met: ${cls.measured}. What moved: ${cls.movers.join(', ') || 'not reported'}. A shift in only some loads would point at a race: something rendered differently depending on when the data, the stored view or hydration arrived. Reproduce it with a trace (layout-shift entries name their nodes), then render that element in its final form in the prerendered HTML or reserve its space.`,
  );
  return lines.join('\n');
}
