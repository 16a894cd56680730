import { describe, expect, it } from 'vitest';
import { excerpt, expandToWords } from './marked-text';

const marked = (result: { text: string; mark: { start: number; end: number } | null }) =>
  result.mark ? result.text.slice(result.mark.start, result.mark.end) : null;

describe('expandToWords', () => {
  it('widens a part-word match to the whole words', () => {
    const text = 'we have a shared responsibility to act.';
    const start = text.indexOf('shared');
    const range = expandToWords(text, start + 2, text.indexOf('resp') + 4);
    expect(text.slice(range.start, range.end)).toBe('shared responsibility');
  });

  it('stops at hyphens and punctuation', () => {
    const text = 'danger of cyber-crime, warning';
    const start = text.indexOf('crime');
    const range = expandToWords(text, start, start + 3);
    expect(text.slice(range.start, range.end)).toBe('crime');
  });
});

describe('excerpt', () => {
  const text =
    'Calling for strengthened bilateral, regional and international cooperation, he said this ' +
    'must be more than an inter-governmental process. It should involve civil society, the media.';

  it('cuts at spaces either side and marks the match inside the excerpt', () => {
    const start = text.indexOf('inter-governmental');
    const result = excerpt(text, start, start + 'inter-governmental'.length, {
      before: 20,
      after: 20,
    });
    expect(marked(result)).toBe('inter-governmental');
    expect(result.text.startsWith('…')).toBe(true);
    expect(result.text.endsWith('…')).toBe(true);
    // No word is cut in half.
    expect(result.text).toBe('…be more than an inter-governmental process. It should…');
  });

  it('keeps the start of the text when the match is near it', () => {
    const result = excerpt(text, 0, 7, { before: 20, after: 10 });
    expect(result.text.startsWith('Calling')).toBe(true);
    expect(marked(result)).toBe('Calling');
  });

  it('turns line breaks into spaces without moving the mark', () => {
    const lines = 'or ammunition:\n(i) From parts and components illicitly trafficked;';
    const start = lines.indexOf('From');
    const result = excerpt(lines, start, start + 4);
    expect(result.text).toBe('or ammunition: (i) From parts and components illicitly trafficked;');
    expect(marked(result)).toBe('From');
  });
});
