// After `vite build` (the client) and `vite build --ssr` (the renderer), writes the rendered
// article and the data that seeds the client's cache into dist/index.html, and shapes the page
// for a first paint that needs nothing but the HTML:
// - the entry stylesheet goes inline (its hash joins the Content-Security-Policy), so painting
//   does not wait for a second round trip;
// - rendering waits for the first paragraph (below);
// - the app's modules start loading once the first frame is painted (below);
// - the theme's head script goes inline too (its hash joins the policy).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { fillRoot } from './fill-root.mjs';

const root = new URL('../', import.meta.url);
const { prerender } = await import(
  pathToFileURL(new URL('dist-ssr/entry-server.js', root).pathname).href
);
const read = (file) => JSON.parse(readFileSync(new URL(`public/data/${file}`, root), 'utf8'));

const { html, state } = prerender({
  article: read('article.json'),
  entities: read('entities.json'),
  notes: read('context-notes.json'),
  documents: read('documents.json'),
});

const indexUrl = new URL('dist/index.html', root);
let page = readFileSync(indexUrl, 'utf8');
const take = (pattern, what) => {
  const match = pattern.exec(page);
  if (!match) throw new Error(`dist/index.html has no ${what}`);
  page = page.replace(match[0], '');
  return match;
};

page = fillRoot(page, { html, state });

// The first frame waits for the first paragraph. Painted bit by bit as the HTML streams in, the
// page would lay out the header and the filters once on their own and again with the article,
// and at a phone's CPU speed each of those frames costs more than the bytes that end it.
if (!html.includes('id="paragraph-1"'))
  throw new Error('the prerendered article has no paragraph-1');
page = page.replace(
  '</head>',
  '<link rel="expect" href="#paragraph-1" blocking="render" />\n  </head>',
);

// The app's modules start once the first frame is painted (scripts/inline/): found anywhere in
// the page, their download shares a slow connection with the text and their evaluation can run
// before the first paint. The entry and the chunks Vite preloads for it are listed in a data
// block, which the inline starter reads.
const [, entry] = take(
  /<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>\s*/,
  'entry <script>',
);
const preload = [];
for (let match; (match = /<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>\s*/.exec(page));) {
  preload.push(match[1]);
  page = page.replace(match[0], '');
}
const modules = `<script type="application/json" id="explorer-modules">${JSON.stringify({ entry, preload })}</script>`;
const starter = inlineScript('scripts/inline/start-after-first-paint.js');
page = page.replace('</body>', `${modules}\n    <script>${starter.code}</script>\n  </body>`);

// The theme is on <html> before the first paint; inline, it costs the first paint no round trip.
const theme = inlineScript('public/theme-init.js');
page = page.replace(
  '<script src="/theme-init.js"></script>',
  () => `<script>${theme.code}</script>`,
);
if (!page.includes(theme.code)) throw new Error('dist/index.html has no theme-init.js <script>');
const policyWithScripts = page;
page = page.replace(
  /(http-equiv="Content-Security-Policy" content="[^"]*script-src &#39;self&#39;)/,
  `$1 &#39;sha256-${theme.hash}&#39; &#39;sha256-${starter.hash}&#39;`,
);
if (page === policyWithScripts)
  throw new Error('no script-src in the Content-Security-Policy to extend');

const [, cssHref] = take(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>\s*/, 'stylesheet link');
const css = readFileSync(new URL(`dist${cssHref}`, root), 'utf8').trim();
if (css.includes('</style')) throw new Error(`${cssHref} would close its <style> element`);
const cssHash = createHash('sha256').update(css).digest('base64');
page = page.replace('</head>', `<style>${css}</style>\n  </head>`);
const policyBefore = page;
page = page.replace(
  /(http-equiv="Content-Security-Policy" content="[^"]*style-src &#39;self&#39;)/,
  `$1 &#39;sha256-${cssHash}&#39;`,
);
if (page === policyBefore) throw new Error('no style-src in the Content-Security-Policy to extend');

writeFileSync(indexUrl, page);

/** A script's text for an inline <script>, and the hash that lets the policy run it. */
function inlineScript(path) {
  // Its comments are for whoever reads the file; the page need not carry them.
  const code = readFileSync(new URL(path, root), 'utf8')
    .replace(/^\s*(\/\/.*|\/\*.*\*\/)\n/gm, '')
    .trim();
  if (code.includes('</script')) throw new Error(`${path} would close its <script> element`);
  return { code, hash: createHash('sha256').update(code).digest('base64') };
}
rmSync(new URL('dist-ssr/', root), { recursive: true, force: true });
console.log(
  `prerendered dist/index.html (${Math.round(html.length / 1024)} KB of HTML, ${Math.round(css.length / 1024)} KB of CSS inline)`,
);
