const HIGHLIGHT = 'marked-passage';

/**
 * Marks a phrase inside an element with the CSS Custom Highlight API, which paints a text range
 * without touching the DOM React owns. Where the browser lacks it, the paragraph's own mark is
 * the fallback. Returns a function that removes the mark.
 */
export function highlightPhrase(container: HTMLElement, exact: string): () => void {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (!registry || typeof Highlight === 'undefined') return () => {};

  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    text += node.nodeValue ?? '';
  }
  const start = text.indexOf(exact);
  if (start < 0) return () => {};
  const end = start + exact.length;

  const range = document.createRange();
  let offset = 0;
  for (const node of nodes) {
    const length = node.nodeValue?.length ?? 0;
    if (start >= offset && start <= offset + length) range.setStart(node, start - offset);
    if (end >= offset && end <= offset + length) {
      range.setEnd(node, end - offset);
      break;
    }
    offset += length;
  }
  registry.set(HIGHLIGHT, new Highlight(range));
  return () => registry.delete(HIGHLIGHT);
}
