// What each budget's result means and what to try next, printed under the budget table. The
// diagnoses come from a Chromium trace of filter clicks taken while writing the bench (see
// docs/performance.md); re-check them with a trace when the numbers move.
export function nextSteps(budgets) {
  const [readable, js, clickReal, clickSynthetic, cls] = budgets;
  const lines = [];
  lines.push(
    readable.met
      ? '- **Readable:** met. The prerendered HTML paints the article without waiting for any script, as the static page does; what remains is its larger HTML and render-blocking stylesheet. Keep the prerender, and keep new up-front resources out of the head.'
      : '- **Readable:** not met. The prerendered article should paint as the static page does; the difference is its larger HTML (the seeded `#explorer-state` JSON sits inside it) and its render-blocking stylesheet. Next: move the seeded state after the article or fetch it, and inline the CSS the article needs.',
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
      : '- **CLS:** not met. Find the shifting element in a trace (layout-shift entries name their sources) and reserve its space in the prerendered HTML.',
  );
  return lines.join('\n');
}
