// The browser tests need a few Debian packages (Chromium, poppler-utils). Where they are missing
// and we may install packages (root, apt-get), install them; the callers say how otherwise.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** True when this process may install Debian packages itself: root, on a system with apt-get. */
export function canAptInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/usr/bin/apt-get');
}

/** Installs a Debian package; failures are left to the caller, which checks for the files again. */
export function aptInstall(pkg) {
  try {
    execSync(`apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${pkg}`, {
      stdio: 'inherit',
    });
  } catch {
    // The caller reports what is still missing.
  }
}
