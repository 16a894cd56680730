import { describe, expect, it } from 'vitest';
import { renderApp, readDataJson, screen, serveDataFiles, waitFor, within } from '../test-utils';

type ArticleJson = { meta: { headline: string }; paragraphs: { text: string }[] };
const article = readDataJson<ArticleJson>('article.json');

async function openApp() {
  serveDataFiles();
  const rendered = renderApp();
  await screen.findByRole('heading', { level: 1, name: article.meta.headline });
  // Mentions appear once entities.json has loaded too.
  await screen.findAllByRole('link', { name: 'cyber-crime' });
  // The side column (definition, key, panels) loads its code on its own, after the article.
  await screen.findByRole('complementary', { name: 'Details and key' });
  return rendered;
}

describe('the reading view', () => {
  it('shows the headline, the date in UN style, the photo credit and every paragraph', async () => {
    await openApp();
    const articleEl = screen.getByRole('article');
    expect(within(articleEl).getByRole('heading', { level: 1 })).toHaveTextContent(
      article.meta.headline,
    );
    expect(within(articleEl).getByText('12 April 2010')).toBeInTheDocument();
    expect(within(articleEl).getByText('Global perspective Human stories')).toBeInTheDocument();
    expect(articleEl).toHaveTextContent('Photo: Raimond Spekking');
    const paragraphs = articleEl.querySelectorAll('p.paragraph');
    expect(
      [...paragraphs].map((p) =>
        p.textContent?.replace(
          /\s*continues ↓\(the quotation continues in the next paragraph\)/,
          '',
        ),
      ),
    ).toEqual(article.paragraphs.map((p) => p.text));
  });

  it('says the photo credit is that of a photo on the original page, not reproduced here', async () => {
    await openApp();
    const credit = screen.getByRole('article').querySelector('.photo-credit')!;
    expect(credit).toHaveTextContent(
      'The story on UN News has a photo, not reproduced here. Its credit: Photo: Raimond Spekking',
    );
    // The article's own words stay as published, marked apart from the label around them.
    expect(credit.querySelector('.photo-credit-text')).toHaveTextContent(
      /^Photo: Raimond Spekking$/,
    );
  });

  it('opens an entity’s card when a reader clicks its mention', async () => {
    const { user } = await openApp();
    const [firstCyber] = screen.getAllByRole('link', { name: 'cyber-crime' });
    await user.click(firstCyber!);
    const card = screen.getByRole('region', { name: 'Cyber-crime' });
    expect(within(card).getByText(/Crime category/)).toBeInTheDocument();
    expect(within(card).getByText(/Sources for this summary/)).toBeInTheDocument();
    const [sourceLink] = within(card).getAllByRole('link', { name: /^Open at / });
    expect(sourceLink).toHaveAttribute('target', '_blank');
    expect(sourceLink).toHaveAttribute('rel', 'noopener noreferrer');
    // Both places the article names cyber-crime are listed.
    expect(within(card).getAllByRole('link', { name: /“cyber-crime”/ })).toHaveLength(2);
    expect(within(card).getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('works by keyboard: Enter opens the card, Escape closes it and returns focus', async () => {
    const { user } = await openApp();
    const mention = screen.getByRole('link', { name: 'smuggling of migrants' });
    mention.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Smuggling of migrants' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Smuggling of migrants' })).not.toBeInTheDocument();
    expect(mention).toHaveFocus();
  });

  it('opens a phrase that names several entities as one card listing them all equally', async () => {
    const { user } = await openApp();
    await user.click(screen.getByRole('link', { name: 'its three additional Protocols' }));
    const card = screen.getByRole('region', { name: '“its three additional Protocols”' });
    const named = within(card).getByRole('list', { name: 'Named in this phrase' });
    const items = [...named.querySelectorAll(':scope > li')];
    expect(items.map((item) => item.querySelector('.phrase-entity-name')?.textContent)).toEqual([
      'Trafficking in Persons Protocol',
      'Smuggling of Migrants Protocol',
      'Firearms Protocol',
    ]);
    // Each with the same things said of it: its type and what it is.
    for (const item of items) {
      expect(item.querySelector('.phrase-entity-type')).toHaveTextContent('Treaty');
      expect(item.querySelector('.phrase-entity-description')?.textContent).toMatch(/.{20,}/);
    }
    expect(within(card).queryByText('Also named in this phrase')).toBeNull();
    await user.click(within(named).getByRole('link', { name: 'Firearms Protocol' }));
    expect(screen.getByRole('region', { name: 'Firearms Protocol' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '← Back' }));
    expect(
      screen.getByRole('region', { name: '“its three additional Protocols”' }),
    ).toBeInTheDocument();
  });

  it('reaches the crime named inside the Convention’s title through the Convention’s card', async () => {
    const { user } = await openApp();
    await user.click(
      screen.getByRole('link', { name: 'UN Convention against Transnational Organized Crime' }),
    );
    const card = screen.getByRole('region', {
      name: 'UN Convention against Transnational Organized Crime',
    });
    const others = within(card).getByRole('list', { name: 'Also named in this phrase' });
    await user.click(within(others).getByRole('link', { name: 'Transnational organized crime' }));
    expect(
      screen.getByRole('region', { name: 'Transnational organized crime' }),
    ).toBeInTheDocument();
  });
});

describe('loading and failure', () => {
  it('tells the reader which file failed and why, and recovers on Retry', async () => {
    let fail = true;
    const fetchMock = serveDataFiles({
      'article.json': () =>
        fail
          ? new Response('gone', { status: 404, statusText: 'Not Found' })
          : new Response(JSON.stringify(article), { status: 200 }),
    });
    const { user } = renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The article could not be shown.');
    expect(alert).toHaveTextContent(
      'article.json could not be loaded: the file was not found on the server (HTTP 404 Not Found).',
    );
    // The key to the highlights still shows: one broken file does not take the page down. (It
    // comes once its own files are in: app/side-column.tsx.)
    expect(await screen.findByRole('heading', { name: 'Topics' })).toBeInTheDocument();

    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: article.meta.headline }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(
      fetchMock.mock.calls.filter(([url]) => String(url).endsWith('article.json')),
    ).toHaveLength(2);
  });

  it('shows the first schema fault when a file is malformed', async () => {
    const broken = structuredClone(article) as unknown as { paragraphs: { text: unknown }[] };
    broken.paragraphs[3]!.text = 42;
    serveDataFiles({ 'article.json': new Response(JSON.stringify(broken)) });
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'article.json: paragraph 4, text should be a string.',
    );
  });

  it('keeps the article readable when entities.json fails, and says so', async () => {
    serveDataFiles({ 'entities.json': new Response('{"version":', { status: 200 }) });
    renderApp();
    expect(
      await screen.findByRole('heading', { level: 1, name: article.meta.headline }),
    ).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('entities.json is not valid JSON (it may have been cut off).');
    expect(screen.queryByRole('link', { name: 'cyber-crime' })).not.toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveTextContent(article.paragraphs[0]!.text);
  });

  it('shows progress while the article loads', async () => {
    serveDataFiles({ 'article.json': () => new Promise<Response>(() => {}) });
    renderApp();
    expect(await screen.findByText('Loading the article…')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('progressbar')).toBeInTheDocument());
  });
});
