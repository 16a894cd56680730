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
