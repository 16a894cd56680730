// The print test (tests/browser/print.spec.ts) reads the PDFs Chromium prints with poppler's
// pdftotext and pdfinfo. Find them; where they are missing and we may install packages (root,
// apt-get), install Debian's poppler-utils; otherwise stop and say how.
import { hasPoppler, popplerTools } from './poppler-path.mjs';
import { aptInstall, canAptInstall } from './apt-install.mjs';

if (hasPoppler()) process.exit(0);

if (canAptInstall()) {
  console.log('pdftotext and pdfinfo not found: installing Debian’s poppler-utils package…');
  aptInstall('poppler-utils');
  if (hasPoppler()) process.exit(0);
}

console.error(
  [
    `The print test needs poppler's ${popplerTools.join(' and ')}, and they were not found on the PATH.`,
    'Install them, then run the tests again:',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y poppler-utils',
    '  macOS:          brew install poppler',
  ].join('\n'),
);
process.exit(1);
