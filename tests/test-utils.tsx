import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { App } from '../src/app/app';
import { Providers } from '../src/app/providers';
import { createQueryClient } from '../src/app/query-client';

export * from '@testing-library/react';

// Tests run from the repository root (vitest's root); jsdom gives import.meta.url no file path.
const dataDir = join(process.cwd(), 'public', 'data');

/** The real file from public/data, as the app would fetch it. */
export function readDataFile(file: string): string {
  return readFileSync(join(dataDir, file), 'utf8');
}

export function readDataJson<T = unknown>(file: string): T {
  return JSON.parse(readDataFile(file)) as T;
}

type Reply = Response | ((attempt: number) => Response | Promise<Response>);

/**
 * Stands in for the network: every /data/<file> request gets the real file from public/data,
 * unless `replies` says otherwise for that file. Returns the mock so tests can count requests.
 */
export function serveDataFiles(replies: Record<string, Reply> = {}) {
  const attempts = new Map<string, number>();
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = url.split('/data/')[1] ?? '';
    const attempt = (attempts.get(file) ?? 0) + 1;
    attempts.set(file, attempt);
    const reply = replies[file];
    if (reply) return typeof reply === 'function' ? reply(attempt) : reply.clone();
    try {
      return new Response(readDataFile(file), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    } catch {
      return new Response('Not found', { status: 404, statusText: 'Not Found' });
    }
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The whole app, as a reader meets it, with a fresh cache per test. */
export function renderApp() {
  const user = userEvent.setup();
  const client = createQueryClient();
  const result = render(
    <Providers client={client}>
      <App />
    </Providers>,
  );
  return { user, client, ...result };
}

/**
 * How the filters' stylesheet shows an element of the text: "match", "quiet" or "" (no filter
 * on it). Read from the computed style, so it is what the cascade gives, not what React set.
 */
export function filterState(element: Element): string {
  return getComputedStyle(element).getPropertyValue('--filter').trim();
}
