import { describe, expect, it } from 'vitest';
import { markdownLink, markdownText } from './markdown-text';

describe('markdownText', () => {
  it('escapes what would become emphasis, code, links, footnotes, HTML or table cells', () => {
    expect(markdownText('a *b* _c_ `d` [^e] <f> g|h ~i~ \\j')).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` \\[^e\\] \\<f\\> g\\|h \\~i\\~ \\\\j',
    );
  });

  it('escapes a line start that would open a block, and leaves the same characters elsewhere', () => {
    expect(markdownText('# not a heading')).toBe('\\# not a heading');
    expect(markdownText('2010. A year')).toBe('2010\\. A year');
    expect(markdownText('- not a list')).toBe('\\- not a list');
    expect(markdownText('cyber-crime, 12th UN Congress. 2010')).toBe(
      'cyber-crime, 12th UN Congress. 2010',
    );
  });

  it('escapes an ampersand only where it would start a character reference', () => {
    expect(markdownText('AT&T &amp; &#8220;')).toBe('AT&T \\&amp; \\&#8220;');
  });

  it('writes http(s) addresses as autolinks and refuses anything else', () => {
    expect(markdownLink('https://news.un.org/en/story/2010/04/335002')).toBe(
      '<https://news.un.org/en/story/2010/04/335002>',
    );
    expect(() => markdownLink('javascript:alert(1)')).toThrow();
    expect(() => markdownLink('https://example.org/a b')).toThrow();
  });
});
