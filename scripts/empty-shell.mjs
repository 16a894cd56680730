import { fillRoot } from './fill-root.mjs';

// The page as a bare host would serve it: used by the bench (synthetic article) and the fault
// screenshots. tests/browser/serve-shell.ts does the same for the browser tests.

/**
 * The production index.html with the prerendered article and its seeded data removed, so the
 * client fetches /data/article.json (in the bench, the synthetic one) and renders it itself.
 */
export function emptyShell(indexHtml) {
  const start = indexHtml.indexOf('<div id="root">');
  const stateStart = indexHtml.indexOf('<script type="application/json" id="explorer-state">');
  const stateEnd = indexHtml.indexOf('</script>', stateStart);
  if (start < 0 || stateStart < start || stateEnd < 0) {
    throw new Error('dist/index.html is not prerendered as expected (#root, then #explorer-state)');
  }
  // The render-blocking "expect" link waits for the prerendered first paragraph: it goes too.
  const shell = `${indexHtml.slice(0, start)}<div id="root"></div>${indexHtml.slice(stateEnd + '</script>'.length)}`;
  return shell.replace(/<link rel="expect"[^>]*>\s*/, '');
}

/**
 * The production index.html with its prerendered article and seeded data swapped for others (the
 * bench's synthetic articles, rendered by the same renderer): the page a host would serve if that
 * were the article, start-up scripts and policy unchanged.
 */
export function prerenderedPage(indexHtml, { html, state }) {
  const shell = emptyShell(indexHtml);
  if (!indexHtml.includes('<link rel="expect"'))
    throw new Error('dist/index.html has no render-blocking "expect" link to keep');
  const expect = /<link rel="expect"[^>]*>\s*/.exec(indexHtml)[0];
  return fillRoot(shell, { html, state }).replace('</head>', () => `${expect}</head>`);
}
