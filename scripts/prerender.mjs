// After `vite build` (the client) and `vite build --ssr` (the renderer), writes the rendered
// article and the data that seeds the client's cache into dist/index.html, and shapes the page
// for a first paint that needs nothing but the HTML:
// - the entry stylesheet goes inline (its hash joins the Content-Security-Policy), so painting
//   does not wait for a second round trip;
// - rendering waits for the first paragraph (below);
// - the entry script moves to the end of <body>. It is a module, so it never blocked parsing; but
//   found in <head>, its download starts at once and shares a slow connection with the rest of
//   the HTML. Found last, it starts once the text has arrived.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

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

if (!page.includes('<div id="root"></div>'))
  throw new Error('dist/index.html has no empty #root to fill');
// A JSON data block, never executed, so the page's Content-Security-Policy allows it; "<" is
// escaped so no string in the data can close the element.
const stateScript = `<script type="application/json" id="explorer-state">${JSON.stringify(state).replace(/</g, '\\u003c')}</script>`;
page = page.replace('<div id="root"></div>', `<div id="root">${html}</div>${stateScript}`);

// The first frame waits for the first paragraph. Painted bit by bit as the HTML streams in, the
// page would lay out the header and the filters once on their own and again with the article,
// and at a phone's CPU speed each of those frames costs more than the bytes that end it.
if (!html.includes('id="paragraph-1"'))
  throw new Error('the prerendered article has no paragraph-1');
page = page.replace(
  '</head>',
  '<link rel="expect" href="#paragraph-1" blocking="render" />\n  </head>',
);

const [entryScript] = take(/<script type="module"[^>]*><\/script>\s*/, 'entry <script>');
// The chunks the entry shares with the other page (sources.html) are preloaded from <head> by
// Vite; they move too, for the same reason as the entry.
const preloads = [];
for (let match; (match = /<link rel="modulepreload"[^>]*>\s*/.exec(page));) {
  preloads.push(match[0].trim());
  page = page.replace(match[0], '');
}
page = page.replace('</body>', `${[...preloads, entryScript.trim()].join('\n    ')}\n  </body>`);

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
rmSync(new URL('dist-ssr/', root), { recursive: true, force: true });
console.log(
  `prerendered dist/index.html (${Math.round(html.length / 1024)} KB of HTML, ${Math.round(css.length / 1024)} KB of CSS inline)`,
);
