import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const article = JSON.parse(
  readFileSync(join(process.cwd(), 'public', 'data', 'article.json'), 'utf8'),
) as { paragraphs: { id: string; text: string }[] };

describe('splitSentences', () => {
  it('splits after a full stop, and after a closing quotation mark that follows one', () => {
    expect(splitSentences('One. “Two,” he said. “Three.” Four?').map((s) => s.text)).toEqual([
      'One.',
      '“Two,” he said.',
      '“Three.”',
      'Four?',
    ]);
  });

  it('does not split inside a sentence at a comma or a closing quotation mark', () => {
    expect(splitSentences('“Goals (MDGs),” he added, referring to 2000.')).toHaveLength(1);
  });

  it('gives offsets that slice the paragraph back into its sentences', () => {
    for (const paragraph of article.paragraphs) {
      for (const sentence of splitSentences(paragraph.text))
        expect(paragraph.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('finds the sentences a reader counts in each paragraph of the article', () => {
    expect(article.paragraphs.map((p) => splitSentences(p.text).length)).toEqual([
      1, 1, 1, 1, 3, 3,
    ]);
    const p6 = splitSentences(article.paragraphs[5]!.text);
    expect(p6[1]!.text).toMatch(/^“When it comes to emerging threats .* ahead of the criminals\.$/);
    expect(p6[2]!.text).toBe(
      'We must also be more effective in stopping the money flows enabled by corruption and money-laundering.”',
    );
  });
});
