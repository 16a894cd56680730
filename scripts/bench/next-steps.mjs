// What each budget's result means and what to try next, printed under the budget table. The
// diagnoses come from Chromium traces taken while writing the bench (see docs/performance.md);
// re-check them with a trace when the numbers move.
export function nextSteps(budgets) {
  const [readable, js, clickReal, clickSynthetic, cls] = budgets;
  const lines = [];
  lines.push(
    readable.met
      ? '- **Readable:** met. The page needs only its HTML to paint the article: the stylesheet is inline, the first frame waits for the first paragraph, the script loads from the end of the body and the side column after hydration. Keep new resources out of the head and new markup out of the first screen.'
      : "- **Readable:** not met. The network is no longer what holds the app back: with the stylesheet inline the app needs one round trip where the static page needs two, and its HTML has usually arrived first. What remains is the first frame's CPU work at 4× slow-down: a trace shows its layout taking about 130–220 ms for some 230 layout objects, against about 60–80 ms for the static page's two dozen, and variants of the page put about 110 ms of that in the header and the filter bar (the search box, the ten filter chips with their icons, the shortcuts button), which the static page does not have. Likely next steps: render the filter chips and the search box as plain, cheaper markup until hydration (or after it, with their space reserved so nothing moves); give the header fewer font sizes and weights, since each new one costs font set-up in the first layout; then trace again.",
  );
  lines.push(
    js.met
      ? '- **JS up front:** met. The entry chunk is almost all of it (`npm run check:budget` gives the gzip figure for the build); the side column already loads as its own chunk after hydration, and new feature code belongs in lazy chunks too (the search box is the next candidate).'
      : '- **JS up front:** not met. Split the entry chunk further: the search box can load after the article paints.',
  );
  const clickMet = clickReal.met && clickSynthetic.met;
  lines.push(
    clickMet
      ? '- **Filter click:** met on both articles. A click sets two attributes on `<html>` and one stylesheet restyles the mentions, so no mention re-renders; paragraph rows off screen skip their style work (`content-visibility: auto`); the panels and the status follow in a React transition, and the address is written after the frame. Keep new per-mention state out of React renders.'
      : `- **Filter click:** ${clickReal.met ? 'met on the real article' : 'not met on the real article'}, ${clickSynthetic.met ? 'met' : 'not met'} on the ×100 article. No mention re-renders on a click any more (two attributes on \`<html>\` and one stylesheet do it), rows off screen skip their style work, and the panels follow in a transition; what is left in the click's frame is the style recalculation of the mentions on screen, the toggle's own render and the frame's paint. Next: trace the slow clicks (a busy machine inflates every sample), and look for rules that make the on-screen mentions' recalculation costly.`,
  );
  lines.push(
    cls.met
      ? "- **CLS:** met on every load: nothing moves while the page loads and hydrates. (Not measured here: a shared `?open=` address. There the side column now shows the definition card first, filled in, and the key and panels only once the card's files are in; in 15 test loads one still showed a shift under 0.001, cause not yet found.)"
      : `- **CLS:** not met, though small (CLS under 0.1 counts as "good"): ${cls.measured}. What moved: ${cls.movers.join(', ') || 'not reported'}. A shift in only some loads points at a race: something rendered differently depending on when the data, the stored view or hydration arrived. Next: reproduce it with a trace (layout-shift entries name their nodes), then render that element in its final form in the prerendered HTML or reserve its space.`,
  );
  return lines.join('\n');
}
