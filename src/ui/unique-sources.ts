import type { Source } from '../data/schemas/common';

/**
 * The same document is often cited for several facts of one card, at different places in it. A
 * reader needs to see it once, with every place cited ("art. 2; art. 3(a); status"): citations of
 * one document read in the same copy are merged, keeping their pinpoints and notes in order.
 */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const merged = new Map<string, { source: Source; pinpoints: string[]; notes: string[] }>();
  for (const source of sources) {
    const key = `${source.doc}\u0000${source.readIn ?? ''}`;
    const entry = merged.get(key) ?? { source, pinpoints: [], notes: [] };
    if (source.pinpoint && !entry.pinpoints.includes(source.pinpoint))
      entry.pinpoints.push(source.pinpoint);
    if (source.note && !entry.notes.includes(source.note)) entry.notes.push(source.note);
    merged.set(key, entry);
  }
  return [...merged.values()].map(({ source, pinpoints, notes }) => ({
    doc: source.doc,
    ...(source.readIn !== undefined && { readIn: source.readIn }),
    ...(pinpoints.length > 0 && { pinpoint: pinpoints.join('; ') }),
    ...(notes.length > 0 && { note: notes.join(' ') }),
  }));
}
