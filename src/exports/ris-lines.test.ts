// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseRis, risText } from './ris-lines';

describe('risText', () => {
  it('writes TY first and ER last, each value whole on its line, with CRLF line ends', () => {
    const url = `https://example.org/${'a'.repeat(120)}?x=1&y=2`;
    const text = risText([{ TI: 'A title', TY: 'NEWS', UR: url, AU: ['One', 'Two'] }]);
    expect(text.split('\r\n')).toEqual([
      'TY  - NEWS',
      'TI  - A title',
      `UR  - ${url}`,
      'AU  - One',
      'AU  - Two',
      'ER  - ',
      '',
    ]);
    expect(parseRis(text)).toEqual([
      { TY: ['NEWS'], TI: ['A title'], UR: [url], AU: ['One', 'Two'] },
    ]);
  });

  it('refuses a value that would break a line', () => {
    expect(() => risText([{ TY: 'GEN', TI: 'two\nlines' }])).toThrow(/line break/);
  });
});

describe('parseRis', () => {
  it('rejects lines that are not tags, and records left open', () => {
    expect(() => parseRis('TY  - GEN\r\nnot a tag\r\nER  - \r\n')).toThrow(/not an RIS line/);
    expect(() => parseRis('TY  - GEN\r\nTI  - x\r\n')).toThrow(/no ER/);
  });
});
