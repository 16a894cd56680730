import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { fetchDataFile } from './fetch-data-file';

/**
 * The query options for one file in public/data: keyed by its name, fetched, parsed with its
 * schema and checked. Each data source declares its own factory with this, so key and fetcher
 * can never drift apart. The schema is loaded on first use: the validator is not needed to
 * paint the prerendered article, so it stays out of the first screen's JavaScript.
 */
export function dataFileQuery<T>(
  file: string,
  loadSchema: () => Promise<z.ZodType<T>>,
  check?: (data: T) => string | null,
) {
  return queryOptions({
    queryKey: ['data', file] as const,
    queryFn: async ({ signal }) => fetchDataFile(file, await loadSchema(), { signal, check }),
  });
}

/** Look-ups by id for a list, for a query's `select`. */
export function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  return Object.fromEntries(items.map((item) => [item.id, item]));
}
