import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium-path.mjs';

// PW_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.PW_PORT ?? 4173);

/**
 * Browser tests run in real Chromium (Debian's, since Playwright cannot download its own here)
 * against the production build served by `vite preview`.
 */
export default defineConfig({
  testDir: 'tests/browser',
  // Two workers, one spec file each at a time: on a two-core machine the suite takes about six
  // minutes where one worker took eleven, and CI stays under ten. Every test waits for what the
  // reader would see, never for a fixed time, so sharing the cores changes how long, not whether
  // (npm run test:stress runs it so with both cores kept busy besides).
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // The service worker (src/features/offline/) is tested on its own, in offline.spec.ts, which
    // allows it. Everywhere else each test must meet the network afresh: once a worker controls
    // the page, its requests are answered from the cache, so the faults a spec sets up with
    // page.route (faults.spec.ts and others) would never be seen, and whether they were would
    // depend on how soon the worker took control.
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npm run build && npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
