/** One sentence of a paragraph, by UTF-16 offsets into the paragraph's text (end exclusive). */
export type Sentence = { start: number; end: number; text: string };

/*
 * A sentence ends at ".", "!" or "?", with any closing quotation marks or brackets that follow,
 * before white space and the capital (or opening quotation mark) that starts the next one. That
 * is enough for news prose without abbreviations such as "Mr." or "e.g."; the unit test pins the
 * article's own sentences, so a paragraph that would need more fails loudly there.
 */
const BOUNDARY = /(?<=[.!?][”’"')\]]*)\s+(?=[“‘"'(]?[A-Z0-9])/g;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index;
    sentences.push({ start, end, text: text.slice(start, end) });
    start = end + match[0].length;
  }
  if (start < text.length) sentences.push({ start, end: text.length, text: text.slice(start) });
  return sentences;
}
