/** One annotation's extent in a text, in UTF-16 code units, end exclusive. */
export type Span = { id: string; start: number; end: number };

/** A stretch of a mention with the annotations that cover it, outermost first. */
export type Run = { start: number; end: number; text: string; spanIds: string[] };

export type TextSegment = { kind: 'text'; start: number; end: number; text: string };

/**
 * Overlapping annotations become one mention: a single control, so controls never nest. Its
 * `id` is the primary (outermost, earliest) annotation; `spanIds` lists every annotation in it.
 */
export type MentionSegment = {
  kind: 'mention';
  id: string;
  start: number;
  end: number;
  text: string;
  spanIds: string[];
  runs: Run[];
};

export type Segment = TextSegment | MentionSegment;

/**
 * Cuts a text into plain stretches and mentions. The segments cover the text exactly once, in
 * order; spans that overlap or nest are merged into one mention whose runs keep each inner
 * span's extent, so an inner name can still be styled and listed. Touching spans stay apart.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  for (const span of spans) {
    if (!(span.start >= 0 && span.end > span.start && span.end <= text.length)) {
      throw new RangeError(`span ${span.id} [${span.start}, ${span.end}) is not inside the text`);
    }
  }
  const ordered = spans
    .map((span, order) => ({ span, order }))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.order - b.order)
    .map(({ span }) => span);

  const groups: Span[][] = [];
  let groupEnd = -1;
  for (const span of ordered) {
    const current = groups.at(-1);
    if (current && span.start < groupEnd) {
      current.push(span);
      groupEnd = Math.max(groupEnd, span.end);
    } else {
      groups.push([span]);
      groupEnd = span.end;
    }
  }

  const segments: Segment[] = [];
  let cursor = 0;
  for (const members of groups) {
    const [primary] = members as [Span, ...Span[]];
    const start = primary.start;
    const end = Math.max(...members.map((member) => member.end));
    if (start > cursor) {
      segments.push({ kind: 'text', start: cursor, end: start, text: text.slice(cursor, start) });
    }
    const cuts = [...new Set(members.flatMap((member) => [member.start, member.end]))].sort(
      (a, b) => a - b,
    );
    const runs: Run[] = [];
    for (let index = 0; index < cuts.length - 1; index++) {
      const runStart = cuts[index] as number;
      const runEnd = cuts[index + 1] as number;
      runs.push({
        start: runStart,
        end: runEnd,
        text: text.slice(runStart, runEnd),
        spanIds: members
          .filter((member) => member.start <= runStart && member.end >= runEnd)
          .map((member) => member.id),
      });
    }
    segments.push({
      kind: 'mention',
      id: primary.id,
      start,
      end,
      text: text.slice(start, end),
      spanIds: members.map((member) => member.id),
      runs,
    });
    cursor = end;
  }
  if (cursor < text.length) {
    segments.push({ kind: 'text', start: cursor, end: text.length, text: text.slice(cursor) });
  }
  return segments;
}
