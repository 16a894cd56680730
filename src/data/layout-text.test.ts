import { describe, expect, it } from 'vitest';
import { layoutText } from './layout-text';

describe('layoutText', () => {
  const text = '“Crime is a threat,” he said in Salvador.';
  const quoteEnd = text.indexOf('”') + 1;

  it('puts the quoted stretch in a quote block and the rest in plain blocks', () => {
    const blocks = layoutText(text, [], [{ id: 'q', start: 0, end: quoteEnd, continues: false }]);
    expect(blocks.map((block) => [block.kind, block.segments.map((s) => s.text).join('')])).toEqual(
      [
        ['quote', '“Crime is a threat,”'],
        ['plain', ' he said in Salvador.'],
      ],
    );
  });

  it('keeps a mention inside the quotation that contains it', () => {
    const blocks = layoutText(
      text,
      [{ id: 'm', start: 1, end: 6 }],
      [{ id: 'q', start: 0, end: quoteEnd, continues: false }],
    );
    const [quote] = blocks;
    expect(quote?.kind).toBe('quote');
    expect(quote?.segments.map((segment) => [segment.kind, segment.text])).toEqual([
      ['text', '“'],
      ['mention', 'Crime'],
      ['text', ' is a threat,”'],
    ]);
  });

  it('marks a quotation that runs on into the next paragraph', () => {
    const open = '“We are all affected by crime.';
    const [block] = layoutText(
      open,
      [],
      [{ id: 'q', start: 0, end: open.length, continues: true }],
    );
    expect(block).toMatchObject({ kind: 'quote', quote: { continues: true } });
  });
});
