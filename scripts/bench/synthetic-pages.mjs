// The synthetic articles as the app ships the real one: prerendered by the app's own renderer
// into the production index.html, so their text arrives in the HTML and React hydrates only the
// header, the filters and the islands. (Left for the client to render from article.json, the
// ×1000 article kept a 4× CPU page busy for minutes: that is not how the app is served.)
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { prerenderedPage } from '../empty-shell.mjs';
import { repoRoot } from './start.mjs';

const readData = (file) =>
  JSON.parse(readFileSync(new URL(`public/data/${file}`, repoRoot), 'utf8'));

/**
 * Builds the server renderer (src/entry-server.tsx) into .scratch/, and returns a function that
 * renders one article into a copy of the built `indexHtml`.
 */
export async function syntheticPageRenderer(indexHtml, { log }) {
  const outDir = '.scratch/bench-ssr';
  log('building the server renderer for the synthetic pages…');
  execSync(`npx vite build --ssr src/entry-server.tsx --outDir ${outDir} --emptyOutDir`, {
    cwd: fileURLToPath(repoRoot),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const { prerender } = await import(
    pathToFileURL(fileURLToPath(new URL(`${outDir}/entry-server.js`, repoRoot))).href
  );
  const rest = {
    entities: readData('entities.json'),
    notes: readData('context-notes.json'),
    documents: readData('documents.json'),
  };
  return (article) => prerenderedPage(indexHtml, prerender({ article, ...rest }));
}
