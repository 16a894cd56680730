// Fails when the JavaScript a reader must download before the article is readable grows past the
// budget. That is everything index.html loads up front: the scripts it names, the modules its
// starter loads after the first paint (#explorer-modules: the entry and its preloads) and any
// modulepreloads. Inline scripts count too.
// Chunks loaded later (the validator, with the first fetch) do not count. Sizes are gzip level 9,
// what a static host serves; brotli would be smaller.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startUpScripts } from './bench/start-up-scripts.mjs';

const BUDGET_BYTES = 100 * 1024;
const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');

// The same reading of the HTML as the bench's (scripts/bench/start-up-scripts.mjs), as paths.
const urls = startUpScripts(html, 'http://localhost/').map((url) => new URL(url).pathname);
if (urls.length === 0)
  throw new Error('dist/index.html loads no module script: did the build run?');

let total = 0;
for (const [, code] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
  const bytes = gzipSync(code, { level: 9 }).length;
  total += bytes;
  console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  inline <script>`);
}
for (const url of new Set(urls)) {
  const bytes = gzipSync(readFileSync(new URL(url.replace(/^\//, ''), dist)), { level: 9 }).length;
  total += bytes;
  console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${url}`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(
  `${(total / 1024).toFixed(1).padStart(7)} KB  JS before the article is readable: ${verdict} the ${BUDGET_BYTES / 1024} KB budget`,
);
if (total > BUDGET_BYTES) process.exit(1);
