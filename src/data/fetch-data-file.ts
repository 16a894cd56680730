import type { z } from 'zod';
import { DataFileError } from './data-file-error';
import { describeIssue } from './describe-issue';

/** How long a reader waits for one file before being told; a slow network still gets there. */
export const DATA_TIMEOUT_MS = 15_000;

export function dataFileUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

/**
 * Fetches one JSON file from public/data, parses it with its schema and runs the checks a schema
 * cannot express (offsets inside paragraphs, ids that exist). Every failure becomes a
 * DataFileError whose message names the file and the first fault, so the query's error state can
 * show it as is.
 */
export async function fetchDataFile<T>(
  file: string,
  schema: z.ZodType<T>,
  options: { signal?: AbortSignal; check?: (data: T) => string | null } = {},
): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, DATA_TIMEOUT_MS);
  const forwardAbort = () => controller.abort();
  options.signal?.addEventListener('abort', forwardAbort);

  try {
    let response: Response;
    let text: string;
    try {
      response = await fetch(dataFileUrl(file), { signal: controller.signal });
      text = await response.text();
    } catch (cause) {
      if (timedOut) {
        throw new DataFileError(
          file,
          'timeout',
          `${file} did not arrive within ${DATA_TIMEOUT_MS / 1000} seconds.`,
        );
      }
      if (options.signal?.aborted) throw cause;
      throw new DataFileError(
        file,
        'network',
        `${file} could not be loaded: the network request failed. Check your connection.`,
        true,
      );
    }

    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      // The status is said once: in words for a missing file, as the server's code otherwise.
      const reason =
        response.status === 404
          ? `the file was not found on the server (HTTP ${status})`
          : `the server answered ${response.status}${response.statusText ? ` (${response.statusText})` : ''}`;
      throw new DataFileError(
        file,
        'http',
        `${file} could not be loaded: ${reason}.`,
        response.status >= 500,
      );
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new DataFileError(
        file,
        'json',
        `${file} is not valid JSON (${text.length === 0 ? 'it is empty' : 'it may have been cut off'}).`,
      );
    }

    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const [first] = parsed.error.issues;
      const more = parsed.error.issues.length - 1;
      throw new DataFileError(
        file,
        'schema',
        `${file}: ${first ? describeIssue(first) : 'does not match its schema'}${
          more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''
        }.`,
      );
    }

    const fault = options.check?.(parsed.data) ?? null;
    if (fault) throw new DataFileError(file, 'consistency', `${file}: ${fault}.`);
    return parsed.data;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forwardAbort);
  }
}
