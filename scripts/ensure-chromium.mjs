// Playwright cannot download its own browser here, so the browser tests use the system Chromium.
// Find it; where it is missing and we may install packages (root, apt-get), install Debian's;
// otherwise stop and say how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, hasChromium } from './chromium-path.mjs';

if (hasChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!process.env.CHROMIUM_PATH && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Chromium not found at /usr/bin/chromium: installing Debian’s chromium package…');
  try {
    execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', {
      stdio: 'inherit',
    });
  } catch {
    // Reported below.
  }
  if (hasChromium()) process.exit(0);
}

console.error(
  [
    `The browser tests need Chromium, and none was found at ${chromiumPath()}.`,
    'Install it, then run the tests again:',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    '  elsewhere:      set CHROMIUM_PATH to a Chromium or Chrome executable',
  ].join('\n'),
);
process.exit(1);
