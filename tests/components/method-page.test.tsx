import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Providers } from '../../src/app/providers';
import { createQueryClient } from '../../src/app/query-client';
import { publisherHosts } from '../../src/data/publisher-hosts';
import { MethodPage } from '../../src/features/method/method-page';
import { readDataJson, render, screen, serveDataFiles, within } from '../test-utils';

/*
 * "How we check facts" (sources.html) as a reader meets it, built from the real files in
 * public/data. Expectations come from the data wherever it can supply them.
 */

type DocumentsJson = {
  checked: string;
  documents: { id: string; kind: string; title: string; url?: string; unlinked?: string }[];
  copies: { id: string; title: string; url?: string }[];
};
const documents = readDataJson<DocumentsJson>('documents.json');
const firearmsProtocol = documents.documents.find((doc) => doc.id === 'firearms-protocol')!;

/** The groups as documents.json fills them, counted here rather than by the page's own code. */
const expectedGroups = [
  ['Treaties', ['treaty']],
  ['Resolutions', ['resolution']],
  ['Reports', ['report']],
  ['Press releases', ['press-release']],
  ['News', ['news']],
  ['UN web pages', ['web-page']],
  ['Secondary sources', ['secondary']],
].map(([heading, kinds]) => {
  const count = documents.documents.filter((doc) => kinds!.includes(doc.kind)).length;
  return `${heading as string} (${count})`;
});

function renderPage() {
  const user = userEvent.setup();
  render(
    <Providers client={createQueryClient()}>
      <MethodPage />
    </Providers>,
  );
  return { user };
}

const bibliography = () => screen.getByRole('region', { name: 'Bibliography' });

async function openPage() {
  serveDataFiles();
  const rendered = renderPage();
  await screen.findByRole('heading', { level: 3, name: expectedGroups[0] });
  return rendered;
}

describe('How we check facts', () => {
  it('says politely that the sources are loading, then shows the page in its landmarks', async () => {
    serveDataFiles();
    renderPage();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the sources…');
    expect(
      screen.getByRole('heading', { level: 1, name: 'How we check facts' }),
    ).toBeInTheDocument();
    await screen.findByRole('heading', { level: 3, name: expectedGroups[0] });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    const back = within(screen.getByRole('banner')).getByRole('link', {
      name: 'Back to the article',
    });
    expect(back).toHaveAttribute('href', './');
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual(['Method', 'What could not be confirmed', 'Licence', 'Bibliography']);
  });

  it('lists every publisher host that counts as primary, with why', async () => {
    await openPage();
    const method = screen.getByRole('region', { name: 'Method' });
    for (const entry of publisherHosts) {
      const term = within(method).getByText(entry.host);
      expect(term.closest('div')).toHaveTextContent(entry.why);
    }
    expect(method).toHaveTextContent('read in a copy at …');
  });

  it('heads each bibliography group with its count, in order, as documents.json fills them', async () => {
    await openPage();
    expect(
      within(bibliography())
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(expectedGroups);
    // Every document is listed once.
    const titles = within(bibliography())
      .getAllByRole('listitem')
      .flatMap((item) => {
        const cite = item.querySelector(':scope > p > cite');
        return cite ? [cite.textContent] : [];
      });
    expect(titles.sort()).toEqual(documents.documents.map((doc) => doc.title).sort());
  });

  it('links the Firearms Protocol to treaties.un.org and names the cards that cite it', async () => {
    await openPage();
    const treaties = within(bibliography()).getByRole('region', { name: expectedGroups[0] });
    const entry = within(treaties).getByText(firearmsProtocol.title, { selector: 'cite' });
    const item = entry.closest('li')!;
    const hosts = within(item)
      .getAllByRole('link')
      .map((link) => new URL(link.getAttribute('href')!, 'https://example.org/').host);
    expect(hosts).toContain('treaties.un.org');
    expect(within(item).getByRole('link', { name: /^Open at treaties\.un\.org/ })).toHaveAttribute(
      'target',
      '_blank',
    );
    expect(item).toHaveTextContent('Read in:');
    expect(within(item).getByRole('link', { name: 'Firearms Protocol' })).toHaveAttribute(
      'href',
      './?open=firearms-protocol',
    );
  });

  it('lists each document without a link with its reason, and each copy without an address', async () => {
    await openPage();
    const section = screen.getByRole('region', { name: 'What could not be confirmed' });
    for (const doc of documents.documents.filter((candidate) => !candidate.url)) {
      const items = within(section)
        .getAllByText(doc.title, { selector: 'cite' })
        .map((cite) => cite.closest('li')?.textContent ?? '');
      expect(
        items.some((text) => text.includes(doc.unlinked!)),
        doc.id,
      ).toBe(true);
    }
    for (const copy of documents.copies.filter((candidate) => !candidate.url))
      expect(within(section).getByText(copy.title, { selector: 'cite' })).toBeInTheDocument();
    expect(section).toHaveTextContent(
      'Facts we could not confirm against a primary text are left out of the explorer rather than guessed',
    );
  });

  it('shows the licence with a link to CC BY 4.0', async () => {
    await openPage();
    const licence = screen.getByRole('region', { name: 'Licence' });
    expect(licence).toHaveTextContent('The article’s text is © United Nations (UN News)');
    expect(
      within(licence).getByRole('link', { name: /Creative Commons Attribution 4\.0/ }),
    ).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  });

  it('names the file that failed and why, and recovers on Retry', async () => {
    let fail = true;
    const fetchMock = serveDataFiles({
      'instruments.json': () =>
        fail
          ? new Response('gone', { status: 404, statusText: 'Not Found' })
          : new Response(JSON.stringify(readDataJson('instruments.json')), { status: 200 }),
    });
    const { user } = renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('instruments.json');
    expect(alert).toHaveTextContent(
      'instruments.json could not be loaded: the file was not found on the server (HTTP 404 Not Found).',
    );

    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 3, name: expectedGroups[0] }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(
      fetchMock.mock.calls.filter(([url]) => String(url).endsWith('instruments.json')),
    ).toHaveLength(2);
  });
});
