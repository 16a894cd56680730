import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DataFileError } from './data-file-error';
import { fetchDataFile } from './fetch-data-file';

const schema = z.object({
  version: z.literal(1),
  annotations: z.array(z.object({ id: z.string(), start: z.number() })),
});

function replyWith(response: Response | Error) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      if (response instanceof Error) throw response;
      return response;
    }),
  );
}

async function failure(promise: Promise<unknown>): Promise<DataFileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fetchDataFile', () => {
  it('returns the parsed file', async () => {
    replyWith(new Response(JSON.stringify({ version: 1, annotations: [] })));
    await expect(fetchDataFile('x.json', schema)).resolves.toEqual({ version: 1, annotations: [] });
  });

  it('says a missing file was not found, and does not ask for a retry', async () => {
    replyWith(new Response('nope', { status: 404, statusText: 'Not Found' }));
    const error = await failure(fetchDataFile('article.json', schema));
    expect(error.message).toBe(
      'article.json could not be loaded: the file was not found on the server (HTTP 404 Not Found).',
    );
    expect(error.retryable).toBe(false);
  });

  it('marks a server error as worth one retry', async () => {
    replyWith(new Response('', { status: 503, statusText: 'Service Unavailable' }));
    const error = await failure(fetchDataFile('entities.json', schema));
    expect(error.message).toBe(
      'entities.json could not be loaded: the server answered 503 (Service Unavailable).',
    );
    expect(error.retryable).toBe(true);
  });

  it('says a cut-off file is not valid JSON', async () => {
    replyWith(new Response('{"version": 1, "annot'));
    const error = await failure(fetchDataFile('article.json', schema));
    expect(error.message).toBe('article.json is not valid JSON (it may have been cut off).');
  });

  it('names the first schema fault in plain words, counting from 1', async () => {
    replyWith(
      new Response(
        JSON.stringify({
          version: 1,
          annotations: [
            { id: 'a', start: 0 },
            { id: 'b', start: 'x' },
          ],
        }),
      ),
    );
    const error = await failure(fetchDataFile('article.json', schema));
    expect(error.message).toBe('article.json: annotation 2, start should be a number.');
  });

  it('says which field is missing', async () => {
    replyWith(new Response(JSON.stringify({ version: 1, annotations: [{ start: 3 }] })));
    const error = await failure(fetchDataFile('article.json', schema));
    expect(error.message).toBe('article.json: annotation 1, id is missing (expected string).');
  });

  it('runs the file’s own checks after the schema', async () => {
    replyWith(new Response(JSON.stringify({ version: 1, annotations: [] })));
    const error = await failure(
      fetchDataFile('article.json', schema, {
        check: () => 'annotation 12 ends after the end of paragraph 4',
      }),
    );
    expect(error.message).toBe('article.json: annotation 12 ends after the end of paragraph 4.');
  });

  it('says when the network fails', async () => {
    replyWith(new TypeError('Failed to fetch'));
    const error = await failure(fetchDataFile('article.json', schema));
    expect(error.message).toMatch(/^article\.json could not be loaded: the network request failed/);
    expect(error.retryable).toBe(true);
  });

  it('gives up on a file that has not arrived after 15 seconds', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init?: RequestInit) =>
          new Promise<Response>((_resolve, reject) => {
            init?.signal?.addEventListener('abort', () =>
              reject(new DOMException('aborted', 'AbortError')),
            );
          }),
      ),
    );
    const pending = failure(fetchDataFile('article.json', schema));
    await vi.advanceTimersByTimeAsync(14_900);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect((await pending).message).toBe('article.json did not arrive within 15 seconds.');
  });
});
