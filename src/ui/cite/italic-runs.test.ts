import { describe, expect, it } from 'vitest';
import { italicRuns } from './italic-runs';

describe('italicRuns', () => {
  it('splits a citation into plain and italic runs and decodes its entities', () => {
    expect(
      italicRuns('“Title.” <i>UN News</i>, 12 Apr. 2010, https://x.org/?a=1&#38;b=2.'),
    ).toEqual([
      { text: '“Title.” ', italic: false },
      { text: 'UN News', italic: true },
      { text: ', 12 Apr. 2010, https://x.org/?a=1&b=2.', italic: false },
    ]);
  });

  it('keeps text that looks like markup as text', () => {
    expect(italicRuns('a &lt;b&gt; c')).toEqual([{ text: 'a <b> c', italic: false }]);
  });
});
