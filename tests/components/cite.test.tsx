import { beforeAll, describe, expect, it, vi } from 'vitest';
import { citationArtifacts, CITATIONS_PATH } from '../../src/exports/citation-artifacts';
import { readDataJson, renderApp, screen, serveDataFiles, waitFor, within } from '../test-utils';

type ArticleJson = { meta: { headline: string } };
const article = readDataJson<ArticleJson>('article.json');

// The file the build writes, made by the same generator the build uses.
let citationsJson = '';
beforeAll(async () => {
  const artifacts = await citationArtifacts((file) => readDataJson(file));
  citationsJson = artifacts.find((artifact) => artifact.path === CITATIONS_PATH)!.body;
});
const APA_ARTICLE =
  'Strengthened cooperation, innovation vital in fighting crime – Ban. (2010, April 12). UN News. https://news.un.org/en/story/2010/04/335002';

const citationsReply = () =>
  new Response(citationsJson, { status: 200, headers: { 'Content-Type': 'application/json' } });

async function openCite(reply: (attempt: number) => Response = citationsReply) {
  serveDataFiles({ 'v1/citations.json': reply });
  const rendered = renderApp();
  await screen.findByRole('heading', { level: 1, name: article.meta.headline });
  const button = screen.getByRole('button', { name: 'Cite this article' });
  await rendered.user.click(button);
  // Named for what is cited: "this article" until the citation arrives, then its headline.
  const dialog = await screen.findByRole('dialog', { name: /^Cite / });
  return { ...rendered, button, dialog };
}

describe('citing the article', () => {
  it('shows the APA reference in the dialog, and copies it', async () => {
    const { user, dialog } = await openCite();
    await waitFor(() => expect(dialog).toHaveAccessibleName(/^Cite “Strengthened cooperation/));
    const apa = within(dialog).getByRole('region', { name: 'APA' });
    // The text is in runs (the publication's name in italics): matched as the paragraph reads.
    expect(
      await within(apa).findByText(
        (_, element) => element?.tagName === 'P' && element.textContent === APA_ARTICLE,
      ),
    ).toBeInTheDocument();
    expect(within(apa).getByText('UN News').tagName).toBe('I');

    await user.click(
      within(apa).getByRole('button', { name: 'Copy the APA reference list entry' }),
    );
    expect(await navigator.clipboard.readText()).toBe(APA_ARTICLE);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Citation copied: APA reference list entry.',
    );
  });

  it('offers the text selected in a field when the clipboard is refused', async () => {
    const { user, dialog } = await openCite();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('', 'NotAllowedError'),
    );
    const mla = within(dialog).getByRole('region', { name: 'MLA' });
    await user.click(
      await within(mla).findByRole('button', { name: 'Copy the MLA works cited entry' }),
    );
    const field = await within(mla).findByRole('textbox', { name: /did not allow copying/ });
    expect(field).toHaveValue(
      '“Strengthened Cooperation, Innovation Vital in Fighting Crime – Ban.” UN News, 12 Apr. 2010, https://news.un.org/en/story/2010/04/335002.',
    );
    await waitFor(() => expect(field).toHaveFocus());
    expect(within(dialog).getByRole('status')).toHaveTextContent('');
  });

  it('links the BibTeX, RIS and CSL-JSON files as downloads', async () => {
    const { dialog } = await openCite();
    const downloads = within(dialog).getByRole('region', { name: 'Downloads' });
    const links = await within(downloads).findAllByRole('link');
    expect(
      links.map((link) => [
        link.textContent,
        link.getAttribute('href'),
        link.hasAttribute('download'),
      ]),
    ).toEqual([
      ['BibTeX (.bib)', '/data/v1/cite/article.bib', true],
      ['RIS (.ris)', '/data/v1/cite/article.ris', true],
      ['CSL-JSON (.json)', '/data/v1/cite/article.json', true],
    ]);
  });

  it('closes and gives focus back to the Cite button', async () => {
    const { user, button, dialog } = await openCite();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(button).toHaveFocus();
  });

  it('says so when the citations cannot be loaded, and Retry brings them', async () => {
    const { user, dialog } = await openCite((attempt) =>
      // A missing file is reported at once (a server error would get a quiet retry first).
      attempt === 1 ? new Response('', { status: 404, statusText: 'Not Found' }) : citationsReply(),
    );
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The citations could not be shown.');
    expect(alert).toHaveTextContent(
      'v1/citations.json could not be loaded: the file was not found on the server (HTTP 404 Not Found).',
    );
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(dialog).findByRole('region', { name: 'APA' })).toHaveTextContent(
      APA_ARTICLE,
    );
  });
});
