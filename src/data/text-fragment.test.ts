import { describe, expect, it } from 'vitest';
import { textFragment } from './text-fragment';

describe('textFragment', () => {
  it('percent-encodes the delimiters "-", "&" and "," inside the text', () => {
    const exact = 'cyber-crime, fraud & theft';
    expect(textFragment({ pageText: exact, exact, before: '', after: '' })).toBe(
      '#:~:text=cyber%2Dcrime%2C%20fraud%20%26%20theft',
    );
  });

  it('gives a long passage by its first and last four words', () => {
    const exact = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textFragment({ pageText: exact, exact, before: '', after: '' })).toBe(
      '#:~:text=one%20two%20three%20four,nine%20ten%20eleven%20twelve',
    );
  });

  it('adds a prefix and a suffix when the words recur on the page', () => {
    const pageText = 'we must act. Then we must act now, they said.';
    expect(
      textFragment({
        pageText,
        exact: 'we must act',
        before: 'act. Then',
        after: 'now, they said.',
      }),
    ).toBe('#:~:text=act.%20Then-,we%20must%20act,-now%2C%20they%20said.');
  });

  it('leaves out the prefix and suffix when the words occur once', () => {
    const pageText = 'alpha beta gamma';
    expect(textFragment({ pageText, exact: 'beta', before: 'alpha', after: 'gamma' })).toBe(
      '#:~:text=beta',
    );
  });
});
