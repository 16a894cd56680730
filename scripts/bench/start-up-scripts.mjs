// Which scripts a page needs to start, read from its HTML as served (also what
// scripts/check-js-budget.mjs weighs): the scripts it names (<script src>), its modulepreloads, and the
// modules its inline starter loads after the first paint (#explorer-modules). Counted by URL,
// because DevTools names the parser as initiator of the <script src> alone: a modulepreload or
// a module the starter adds shows as "script", so the initiator cannot tell them from the chunks
// the app loads later on its own.

/** The absolute URLs of the scripts `html` (served at `pageUrl`) needs to start. */
export function startUpScripts(html, pageUrl) {
  const urls = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1]);
  const listed = /<script type="application\/json" id="explorer-modules">([^<]*)<\/script>/.exec(
    html,
  );
  if (listed) {
    const { entry, preload = [] } = JSON.parse(listed[1]);
    urls.push(entry, ...preload);
  }
  return [...new Set(urls.map((url) => new URL(url, pageUrl).href))];
}
