// Playwright cannot download its own browser here, so the browser tests use the system Chromium.
// Find it; where it is missing and we may install packages (root, apt-get), install Debian's;
// otherwise stop and say how.
import { aptInstall, canAptInstall } from './apt-install.mjs';
import { chromiumPath, hasChromium } from './chromium-path.mjs';

if (hasChromium()) process.exit(0);

if (!process.env.CHROMIUM_PATH && canAptInstall()) {
  console.log('Chromium not found at /usr/bin/chromium: installing Debian’s chromium package…');
  aptInstall('chromium');
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
