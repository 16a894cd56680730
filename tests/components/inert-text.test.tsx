import { describe, expect, it } from 'vitest';
import { SourceCitation } from '../../src/ui/source-citation';
import type { Source } from '../../src/data/schemas/common';
import { render, screen } from '../test-utils';

/*
 * The rendering layer's own guard: even if a non-http(s) address got past validation, a citation
 * never turns it into a link, and text from the data is shown as text, never as markup.
 */

const source = (overrides: Partial<Source>): Source => ({
  title: 'United Nations Convention against Transnational Organized Crime',
  reliability: 'primary',
  ...overrides,
});

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
      const { container } = render(<SourceCitation source={source({ url })} />);
      expect(screen.queryByRole('link')).toBeNull();
      expect(container.querySelector('a')).toBeNull();
      expect(container.innerHTML).not.toMatch(/javascript:|data:|vbscript:/i);
    });
  }

  it('links an https source, opening it with noopener noreferrer', () => {
    render(<SourceCitation source={source({ url: 'https://treaties.un.org/' })} />);
    const link = screen.getByRole('link', { name: /Open source/ });
    expect(link).toHaveAttribute('href', 'https://treaties.un.org/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')?.split(' ')).toEqual(
      expect.arrayContaining(['noopener', 'noreferrer']),
    );
  });

  it('shows markup in a title or note as literal text', () => {
    const img = '<img src=x onerror="window.__pwned=1">';
    const script = '<script>window.__pwned=1</script>';
    const { container } = render(<SourceCitation source={source({ title: img, note: script })} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container).toHaveTextContent(img);
    expect(container).toHaveTextContent(script);
  });
});
