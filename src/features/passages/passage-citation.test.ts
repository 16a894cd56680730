import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFileSchema } from '../../data/schemas/article';
import { splitSentences } from '../../data/sentences';
import { originalLink, quoteWithCitation, speakerOf } from './passage-citation';

const article = articleFileSchema.parse(
  JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', 'article.json'), 'utf8')),
);
const names = { speaker: (id: string) => (id === 'ban-ki-moon' ? 'Ban Ki-moon' : id) };
const sentence = (paragraph: number, index: number) => {
  const p = article.paragraphs[paragraph - 1]!;
  const s = splitSentences(p.text)[index - 1]!;
  return { span: { source: p.id, start: s.start, end: s.end }, text: s.text };
};

describe('a quotation with its citation', () => {
  it('keeps the words as published, names the speaker, the story, UN News and the date', () => {
    const { span, text } = sentence(6, 1);
    const quote = quoteWithCitation(article, span, names, 'https://example.test/x');
    expect(quote.split('\n')[0]).toBe(text);
    expect(quote.split('\n')[1]).toBe(
      '— Ban Ki-moon, quoted in “Strengthened cooperation, innovation vital in fighting crime – Ban”, UN News, 12 April 2010. https://example.test/x',
    );
  });

  it('names no speaker for the reporter’s own words', () => {
    const { span } = sentence(1, 1);
    expect(speakerOf(article, span)).toBeNull();
    expect(quoteWithCitation(article, span, names, 'u').split('\n')[1]).toMatch(/^— “Strength/);
  });

  it('links the same words on the UN News page with a text fragment', () => {
    const { span } = sentence(5, 3);
    const link = originalLink(article, span);
    expect(link.startsWith('https://news.un.org/en/story/2010/04/335002#:~:text=')).toBe(true);
    // The long sentence is given by its first and last words, each percent-encoded.
    expect(link).toContain(encodeURIComponent('“We are all affected'));
    expect(link).toContain(',shared%20responsibility%20to%20act.');
  });
});
