// The last step of `npm run build`: writes dist/sw.js, a Workbox service worker that precaches the
// whole finished site, so a reader who has visited once can read everything offline.
//
// Why workbox-build from a script rather than vite-plugin-pwa: vite-plugin-pwa 2.0.0 accepts
// vite 8, but it writes the worker when the client build closes (its closeBundle), before
// `vite build --ssr` and scripts/prerender.mjs have put the article and its seed data into
// dist/index.html. The worker would carry the revision of the empty shell, so a build whose only
// change is the data would leave readers on the old prerendered page. Run here, after the
// prerender, every revision is the hash of the file as served. It is the same Workbox (7.4.1)
// the plugin wraps.
//
// What is precached is found by glob, never listed: every page, script and stylesheet, every
// data file in dist/data and every download the build makes under dist/data/v1 (cite/* too), so
// a file added to public/data or to the exports is taken offline without a change here.
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*'],
  globIgnores: ['sw.js', 'sw.js.map', 'workbox-*.js', '**/*.map'],
  swDest: `${dist}sw.js`,
  // One file, so nothing but sw.js itself decides which version a reader has.
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  // Vite's file names carry a content hash already; the pages and the data files do not, so
  // they are precached under the hash Workbox computes (the revision), and a new build's data
  // replaces the old one.
  dontCacheBustURLsMatching: /^assets\/.+-[\w-]{8}\.\w+$/,
  // The address holds the view (?open=untoc&crime=…), never a different file: every query
  // parameter is ignored when a request is matched against the precache.
  ignoreURLParametersMatching: [/.*/],
  // The biggest download (data/v1/citations.json) is about 190 KB; the default 2 MB ceiling
  // would drop a larger one silently, so a file too big fails the build below instead.
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  cleanupOutdatedCaches: true,
  // A new worker waits until the reader chooses Reload (src/features/offline/) or every page of
  // the old one has closed: taking over an open page would mix the old page's scripts with the
  // new build's files. Once active, a worker takes control of the open pages, so the first visit,
  // which has no worker to replace, is kept offline without a reload.
  skipWaiting: false,
  clientsClaim: true,
});

if (warnings.length > 0) {
  for (const warning of warnings) console.error(`service worker: ${warning}`);
  process.exit(1);
}
console.log(`service worker: dist/sw.js precaches ${count} files, ${Math.round(size / 1024)} KB`);
