const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#38;': '&',
  '&#39;': "'",
};

/**
 * The character references citeproc writes in a formatted citation, turned back into text. The
 * build (checking its output) and the browser (rendering it as text) must read them alike.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#38|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}
