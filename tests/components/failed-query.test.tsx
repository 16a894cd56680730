import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../src/app/query-client';
import { articleQuery } from '../../src/data/article-query';
import { render, screen, serveDataFiles, waitFor, within } from '../test-utils';
import userEvent from '@testing-library/user-event';

/** One observer of the article query, as each part of the page that reads the article is. */
function ArticleState({ name }: { name: string }) {
  const { status, fetchStatus, refetch } = useQuery(articleQuery());
  return (
    <section aria-label={name}>
      <p>{`${status} ${fetchStatus}`}</p>
      <button type="button" onClick={() => void refetch()}>
        Retry
      </button>
    </section>
  );
}

/** The first observer at once; the second only when asked, as a lazy chunk mounts later. */
function Page() {
  const [later, setLater] = useState(false);
  return (
    <>
      <ArticleState name="first" />
      {later ? (
        <ArticleState name="second" />
      ) : (
        <button type="button" onClick={() => setLater(true)}>
          Mount another
        </button>
      )}
    </>
  );
}

describe('a failed query', () => {
  it('is not fetched again when another part of the page mounts later, only on Retry', async () => {
    const fetchMock = serveDataFiles({
      'article.json': new Response('gone', { status: 404, statusText: 'Not Found' }),
    });
    const articleRequests = () =>
      fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/data/article.json')).length;
    const client = createQueryClient();
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={client}>
        <Page />
      </QueryClientProvider>,
    );
    const first = screen.getByRole('region', { name: 'first' });
    await within(first).findByText('error idle');
    expect(articleRequests()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Mount another' }));
    // A refetch on mount would show at once: the new observer's first render would be
    // "fetching", and so would the query's own state.
    const second = screen.getByRole('region', { name: 'second' });
    expect(within(second).getByText('error idle')).toBeInTheDocument();
    expect(within(first).getByText('error idle')).toBeInTheDocument();
    expect(client.getQueryState(articleQuery().queryKey)?.fetchStatus).toBe('idle');
    expect(articleRequests()).toBe(1);

    await user.click(within(second).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(articleRequests()).toBe(2));
    await within(first).findByText('error idle');
  });
});
