/** A piece of text to show with one stretch of it marked as the match. */
export type MarkedText = {
  text: string;
  /** Offsets into `text` (end exclusive), or null when nothing in it is marked. */
  mark: { start: number; end: number } | null;
};

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const ELLIPSIS = '…';

/**
 * Widens [start, end) to whole words, so a passage is marked from "shared resp" as "shared
 * responsibility": the reader typed part of a phrase, the article holds all of it.
 */
export function expandToWords(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from > 0 && WORD_CHAR.test(text[from - 1] ?? '')) from -= 1;
  while (to < text.length && WORD_CHAR.test(text[to] ?? '')) to += 1;
  return { start: from, end: to };
}

/**
 * The match with some context either side, cut at spaces rather than mid-word and with an
 * ellipsis where text was left out, so a long paragraph or definition shows as one line or two.
 * Short texts come back whole.
 */
export function excerpt(
  text: string,
  start: number,
  end: number,
  { before = 40, after = 70 }: { before?: number; after?: number } = {},
): MarkedText {
  let from = Math.max(0, start - before);
  let to = Math.min(text.length, end + after);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < start ? space + 1 : from;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > end ? space : to;
  }
  const head = from > 0 ? ELLIPSIS : '';
  const tail = to < text.length ? ELLIPSIS : '';
  // Line breaks in verbatim treaty text would only break the one-line layout of a result.
  const body = text.slice(from, to).replace(/\s+/g, ' ');
  const shownStart = head.length + text.slice(from, start).replace(/\s+/g, ' ').length;
  const shownEnd = shownStart + text.slice(start, end).replace(/\s+/g, ' ').length;
  return {
    text: `${head}${body.trimEnd()}${tail}`,
    mark: { start: shownStart, end: Math.min(shownEnd, head.length + body.trimEnd().length) },
  };
}
