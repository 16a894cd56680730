// What `npm run bench` and `npm run lighthouse` both do before they measure: keep a clock and the
// machine's load for the report, build the app unless --no-build, and serve dist/ beside the
// static page of the same article (/static/) with the bench server.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { filesFromDir, startServer } from './server.mjs';
import { buildStaticPage } from './static-page.mjs';

export const repoRoot = new URL('../../', import.meta.url);

/** The load average (1, 5, 15 min), as the reports print it. */
export const loadavg = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');

/** A run's clock: when it started, the load then, and a log line stamped with the seconds since. */
export function startClock() {
  const started = Date.now();
  return {
    started,
    loadStart: loadavg(),
    log: (message) =>
      console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`),
  };
}

/**
 * Builds (unless the command has --no-build) and reads what the bench server serves: the article,
 * dist/ and the static page built from the article. `serve(extraFiles)` starts the server with
 * those, /static/ and whatever else the caller adds ({ "/path": Buffer | string }), and resolves
 * to it ({ url, close }).
 */
export function prepareBenchServer({ log }) {
  if (!process.argv.includes('--no-build')) {
    log('building (npm run build)…');
    execSync('npm run build', {
      cwd: fileURLToPath(repoRoot),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const article = JSON.parse(readFileSync(new URL('public/data/article.json', repoRoot), 'utf8'));
  const dist = filesFromDir(fileURLToPath(new URL('dist/', repoRoot)));
  const staticPage = buildStaticPage(article);
  const serve = async (extraFiles = {}) => {
    const server = await startServer({
      ...dist,
      '/static/index.html': staticPage['index.html'],
      '/static/static.css': staticPage['static.css'],
      ...extraFiles,
    });
    log(`serving on ${server.url}`);
    return server;
  };
  return { article, dist, staticPage, serve };
}
