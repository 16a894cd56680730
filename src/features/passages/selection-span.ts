import type { Span } from './passage-citation';

/** Text inside these is the page's, not the article's (the "continues ↓" marker). */
const NOT_ARTICLE_TEXT = '.quote-continues';

/**
 * Where a selection lies in the article's text: one paragraph and the offsets of the selected
 * words in it, counted as article.json counts them. A selection across paragraphs, outside the
 * article or empty gives null: a quotation is taken from one paragraph at a time.
 */
export function selectionSpan(selection: Selection | null): Span | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const paragraphOf = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(
      '#article p[id^="paragraph-"]',
    ) ?? null;
  const paragraph = paragraphOf(range.startContainer);
  if (!paragraph || paragraph !== paragraphOf(range.endContainer)) return null;

  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let offset = 0;
  let start = -1;
  let end = -1;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const own = !node.parentElement?.closest(NOT_ARTICLE_TEXT);
    const length = own ? (node.nodeValue?.length ?? 0) : 0;
    if (node === range.startContainer) start = offset + (own ? range.startOffset : 0);
    if (node === range.endContainer) end = offset + (own ? range.endOffset : 0);
    offset += length;
  }
  // A range may start or end on an element rather than in a text node: take its edges.
  if (start < 0) start = 0;
  if (end < 0) end = offset;
  if (end <= start) return null;
  return { source: `p${paragraph.id.slice('paragraph-'.length)}`, start, end };
}
