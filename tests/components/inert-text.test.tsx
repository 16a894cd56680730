import { describe, expect, it } from 'vitest';
import { Providers } from '../../src/app/providers';
import { createQueryClient } from '../../src/app/query-client';
import { DOCUMENTS_FILE } from '../../src/data/documents-query';
import type { DocumentsFile } from '../../src/data/schemas/documents';
import { SourceCitation } from '../../src/ui/source-citation';
import { render, screen } from '../test-utils';

/*
 * The rendering layer's own guard: even if a non-http(s) address got past validation, a citation
 * never turns it into a link, and text from the data is shown as text, never as markup. The
 * document records are put in the cache as they are, unvalidated, to stand for such a slip.
 */

function renderCitation(document: Partial<DocumentsFile['documents'][number]>) {
  const client = createQueryClient();
  const file = {
    version: 1,
    checked: '2026-12-02',
    documents: [
      {
        id: 'untoc',
        kind: 'treaty',
        title: 'United Nations Convention against Transnational Organized Crime',
        publisher: 'United Nations Treaty Collection',
        ...document,
      },
    ],
    copies: [],
  } as DocumentsFile;
  client.setQueryData(['data', DOCUMENTS_FILE], file);
  return render(
    <Providers client={client}>
      <SourceCitation source={{ doc: 'untoc', note: document.unlinked }} />
    </Providers>,
  );
}

describe('a source citation with untrusted data', () => {
  for (const url of [
    'javascript:window.__pwned=1',
    'JavaScript:window.__pwned=1',
    ' javascript:window.__pwned=1',
    'data:text/html,<script>window.__pwned=1</script>',
    'vbscript:msgbox(1)',
    '//evil.example/path',
  ]) {
    it(`renders no link for ${JSON.stringify(url)}`, () => {
      const { container } = renderCitation({ url });
      expect(screen.queryByRole('link')).toBeNull();
      expect(container.querySelector('a')).toBeNull();
      expect(container.innerHTML).not.toMatch(/javascript:|data:|vbscript:/i);
    });
  }

  it('links an https source, opening it with noopener noreferrer', () => {
    renderCitation({ url: 'https://treaties.un.org/' });
    const link = screen.getByRole('link', { name: /Open at treaties\.un\.org/ });
    expect(link).toHaveAttribute('href', 'https://treaties.un.org/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')?.split(' ')).toEqual(
      expect.arrayContaining(['noopener', 'noreferrer']),
    );
  });

  it('shows markup in a title or note as literal text', () => {
    const img = '<img src=x onerror="window.__pwned=1">';
    const script = '<script>window.__pwned=1</script>';
    const { container } = renderCitation({ title: img, unlinked: script });
    expect(container.querySelector('img, script')).toBeNull();
    expect(container).toHaveTextContent(img);
    expect(container).toHaveTextContent(script);
  });
});
