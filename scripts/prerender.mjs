// After `vite build` (the client) and `vite build --ssr` (the renderer), writes the rendered
// article and the data that seeds the client's cache into dist/index.html.
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
});

const indexUrl = new URL('dist/index.html', root);
const page = readFileSync(indexUrl, 'utf8');
if (!page.includes('<div id="root"></div>'))
  throw new Error('dist/index.html has no empty #root to fill');
// A JSON data block, never executed, so the page's Content-Security-Policy allows it; "<" is
// escaped so no string in the data can close the element.
const stateScript = `<script type="application/json" id="explorer-state">${JSON.stringify(state).replace(/</g, '\\u003c')}</script>`;
writeFileSync(
  indexUrl,
  page.replace('<div id="root"></div>', `<div id="root">${html}</div>${stateScript}`),
);
rmSync(new URL('dist-ssr/', root), { recursive: true, force: true });
console.log(`prerendered dist/index.html (${Math.round(html.length / 1024)} KB of HTML)`);
