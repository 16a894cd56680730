import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '../data/data-file-error';

/**
 * The data files are static: fetched once, never stale. A network fault or a server error gets
 * one quiet retry after a second, so a reader learns of a real failure within about three
 * seconds; a missing or malformed file would fail the same way again, so it is reported at once.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // Always try: react-query would otherwise pause a fetch while the browser reports itself
        // offline, and a reader pressing Retry would see an endless loading notice instead of
        // "the network request failed. Check your connection."
        networkMode: 'always',
        retry: (failureCount, error) => failureCount < 1 && isRetryable(error),
        // A file that failed is fetched again only when the reader asks (Retry). Otherwise every
        // part of the page that mounts later (the side column, each citation) would refetch it
        // behind the reader's back, and a Retry button could vanish under the reader's pointer.
        retryOnMount: false,
        retryDelay: 1000,
      },
    },
  });
}
