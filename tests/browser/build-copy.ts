import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, renameSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
/** What `npm run build` reads: the page shells (every .html here), the configuration, the code
 * and the data. */
const SOURCES = [
  ...readdirSync(repo).filter((name) => name.endsWith('.html')),
  'package.json',
  'tsconfig.json',
  'vite.config.ts',
  'public',
  'src',
  'scripts',
];

/**
 * Two production builds of this checkout, made in a copy of it in a temporary folder (so
 * public/ and dist/ here are never touched): the first as the sources are, the second after
 * `change` has edited the copy's public/data. Returns the two dist folders.
 */
export async function buildTwice(change: (dataFolder: string) => void) {
  const copy = mkdtempSync(join(tmpdir(), 'explorer-builds-'));
  for (const source of SOURCES) cpSync(join(repo, source), join(copy, source), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const build = () =>
    run('npm', ['run', 'build'], { cwd: copy, maxBuffer: 64 * 1024 * 1024, env: process.env });

  await build();
  const first = join(copy, 'dist-first');
  renameSync(join(copy, 'dist'), first);
  change(join(copy, 'public', 'data'));
  await build();
  return { copy, first, second: join(copy, 'dist') };
}
