import { segmentText, type Segment, type Span } from './segment-text';

export type QuoteRange = { id: string; start: number; end: number; continues: boolean };

export type Block =
  | { kind: 'quote'; quote: QuoteRange; segments: Segment[] }
  | { kind: 'plain'; segments: Segment[] };

function splitAt(segment: Segment, cuts: readonly number[]): Segment[] {
  if (segment.kind === 'mention') return [segment];
  // Quotations may be listed in any order and may touch: sort the cuts and drop repeats.
  const inner = [...new Set(cuts)]
    .filter((cut) => cut > segment.start && cut < segment.end)
    .sort((a, b) => a - b);
  const edges = [segment.start, ...inner, segment.end];
  return edges.slice(0, -1).map((start, index) => {
    const end = edges[index + 1] as number;
    const offset = segment.start;
    return {
      kind: 'text',
      start,
      end,
      text: segment.text.slice(start - offset, end - offset),
    };
  });
}

/**
 * Lays a text out as blocks: stretches inside a quotation and stretches outside one, each holding
 * its segments. Checks on load keep mentions from straddling a quotation's edge; if one ever
 * did, it stays whole outside the quotation rather than being cut in two.
 */
export function layoutText(
  text: string,
  spans: readonly Span[],
  quotes: readonly QuoteRange[],
): Block[] {
  const cuts = quotes.flatMap((quote) => [quote.start, quote.end]);
  const segments = segmentText(text, spans).flatMap((segment) => splitAt(segment, cuts));
  const blocks: Block[] = [];
  for (const segment of segments) {
    const quote = quotes.find((range) => segment.start >= range.start && segment.end <= range.end);
    const last = blocks.at(-1);
    if (quote) {
      if (last?.kind === 'quote' && last.quote.id === quote.id) last.segments.push(segment);
      else blocks.push({ kind: 'quote', quote, segments: [segment] });
    } else if (last?.kind === 'plain') {
      last.segments.push(segment);
    } else {
      blocks.push({ kind: 'plain', segments: [segment] });
    }
  }
  return blocks;
}
