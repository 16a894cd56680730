import type { Page, Request } from '@playwright/test';

/**
 * The page's requests for its data files (anything under /data/), from now on: how many are
 * still waiting for their answer. A test that must know every file asked for has arrived (before
 * it counts requests, or closes a window it measures over) polls `inFlight` down to 0 after
 * what the reader sees is there, rather than waiting a fixed time.
 */
export function watchDataRequests(page: Page) {
  const pending = new Set<Request>();
  const isData = (request: Request) => new URL(request.url()).pathname.includes('/data/');
  page.on('request', (request) => {
    if (isData(request)) pending.add(request);
  });
  const done = (request: Request) => pending.delete(request);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { inFlight: () => pending.size };
}
