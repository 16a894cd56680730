import type { ArticleFile } from './schemas/article';
import { describeSource, textOf } from './text-sources';

const OPENING_MARK = '\u201C';
const CLOSING_MARK = '\u201D';

/**
 * Whether an offset falls between the two halves of a surrogate pair, that is, inside one
 * character such as an emoji. Offsets count UTF-16 code units, so nothing else stops this.
 */
function splitsCharacter(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * What the schema cannot say about article.json: ids are unique, paragraphs are numbered in
 * order, and every offset lands inside its text and quotes what is really there. Returns the
 * first fault in plain words, counting from 1, or null.
 */
export function checkArticle(article: ArticleFile): string | null {
  for (const [index, paragraph] of article.paragraphs.entries()) {
    if (paragraph.id !== `p${index + 1}`) {
      return `paragraph ${index + 1} has the id "${paragraph.id}" (expected "p${index + 1}")`;
    }
  }

  const annotationIds = new Set<string>();
  for (const [index, annotation] of article.annotations.entries()) {
    const label = `annotation ${index + 1}`;
    if (annotationIds.has(annotation.id)) return `${label} repeats the id "${annotation.id}"`;
    annotationIds.add(annotation.id);

    const { source, selector } = annotation.target;
    const [position, quote] = selector;
    const text = textOf(article, source);
    if (text === undefined)
      return `${label} points into ${describeSource(source)}, which does not exist`;
    if (position.end <= position.start) return `${label} is empty or ends before it starts`;
    if (position.end > text.length) {
      return `${label} ends after the end of ${describeSource(source)}`;
    }
    if (splitsCharacter(text, position.start))
      return `${label} starts in the middle of a character`;
    if (splitsCharacter(text, position.end)) return `${label} ends in the middle of a character`;
    const actual = text.slice(position.start, position.end);
    if (actual !== quote.exact) {
      return `${label} quotes "${quote.exact}" but ${describeSource(source)} has "${actual}" at its offsets`;
    }
    if (!text.slice(0, position.start).endsWith(quote.prefix)) {
      return `${label}'s prefix does not match the text before it`;
    }
    if (!text.slice(position.end).startsWith(quote.suffix)) {
      return `${label}'s suffix does not match the text after it`;
    }
    if (new Set(annotation.entities).size !== annotation.entities.length) {
      return `${label} names the same entity twice`;
    }
  }

  for (const [index, quotation] of article.quotations.entries()) {
    for (const [partIndex, part] of quotation.parts.entries()) {
      const label = `quotation ${index + 1}, part ${partIndex + 1}`;
      const text = textOf(article, part.source);
      if (text === undefined)
        return `${label} points into ${describeSource(part.source)}, which does not exist`;
      if (part.end <= part.start || part.end > text.length) {
        return `${label} runs outside ${describeSource(part.source)}`;
      }
      if (part.opensWithMark && text[part.start] !== OPENING_MARK) {
        return `${label} should open with “ but does not`;
      }
      if (part.closesWithMark && text[part.end - 1] !== CLOSING_MARK) {
        return `${label} should close with ” but does not`;
      }
      const isLast = partIndex === quotation.parts.length - 1;
      if (!isLast && part.closesWithMark) {
        return `${label} closes with a mark, yet the quotation goes on`;
      }
      if (isLast && !part.closesWithMark) {
        return `${label} is the last part but never closes`;
      }
    }
  }
  return null;
}
