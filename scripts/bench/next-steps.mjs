// What each budget's result means and what to try next, printed under the budget table. The
// diagnoses come from a Chromium trace of filter clicks taken while writing the bench (see
// docs/performance.md); re-check them with a trace when the numbers move.
export function nextSteps(budgets) {
  const [readable, js, clickReal, clickSynthetic, cls] = budgets;
  const lines = [];
  lines.push(
    readable.met
      ? '- **Readable:** met. The prerendered HTML paints the article before any script runs, as the static page does. Keep the prerender, and keep new resources out of the head.'
      : "- **Readable:** not met. The script is not what holds the first paint back: a trace of one slow-4G load shows the module evaluated only after the first paint, and the first frame waiting on about half a second of style recalculation and layout (at 4× CPU) that the static page does not have: the prerendered page styles and lays out the whole app (header, filters, the reference panels; about 325 elements, a 17 KB stylesheet) where the static page has about a dozen. Likely next steps: trace with selector statistics to find the costly rules; keep the side panels out of the first frame (`content-visibility: auto` with a `contain-intrinsic-size`, or render them after hydration); only then consider inlining the article's critical CSS.",
  );
  lines.push(
    js.met
      ? '- **JS up front:** met. The entry chunk is almost all of it (`npm run check:budget` gives the gzip figure for the build); new feature code belongs in lazy chunks.'
      : '- **JS up front:** not met. Split the entry chunk: the panels and the search can load after the article paints.',
  );
  const clickMet = clickReal.met && clickSynthetic.met;
  lines.push(
    clickMet
      ? '- **Filter click:** met on both articles.'
      : `- **Filter click:** ${clickReal.met ? 'met on the real article' : 'not met on the real article'}, ${clickSynthetic.met ? 'met' : 'not met'} on the ×100 article. A toggle re-renders the whole reading view: the filter result is a new \`matches\` set in the one context object every mention receives, so every \`Mention\` (and every \`useIsSelected\` subscription) runs again, and the panels recompute. A trace of clicks on the ×100 article shows about half of the main thread in that script, the rest in style recalculation and pre-paint over all 2,200 mentions; on the real article it is almost all script. Likely next steps, in order: give each mention a boolean \`match\` prop and wrap \`Mention\` in \`memo\`, so only the mentions whose state changes re-render; or show matches with one attribute on the article (\`data-filter="organized-crime …"\`) and CSS, so a click changes one attribute, not thousands; then \`content-visibility: auto\` on paragraph rows, so off-screen paragraphs cost no style or paint work.`,
  );
  lines.push(
    cls.met
      ? '- **CLS:** met: nothing moves while the page loads and hydrates.'
      : `- **CLS:** not met, though small (CLS under 0.1 counts as "good"): ${cls.measured}. What moved: ${cls.movers.join(', ') || 'not reported'}. A shift in only some loads points at a race: something rendered differently depending on when the data, the stored view or hydration arrived. Next: reproduce it with a trace (layout-shift entries name their nodes), then render that element in its final form in the prerendered HTML or reserve its space.`,
  );
  return lines.join('\n');
}
