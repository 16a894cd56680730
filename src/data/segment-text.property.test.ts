// @vitest-environment node
// Pure functions on strings: no DOM needed, so skip jsdom and keep the 1,000-case runs fast.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutText, type QuoteRange } from './layout-text';
import { segmentText, type MentionSegment, type Segment, type Span } from './segment-text';

/**
 * Property-based tests: each property is checked against 1,000 generated texts and annotation
 * sets. Offsets count UTF-16 code units, as in article.json.
 *
 * Split characters: an annotation may start or end between the two halves of a surrogate pair
 * (the middle of an emoji). segmentText works in code units and does not look at characters,
 * so it still covers the text exactly once; the generators below pick offsets anywhere, so they
 * split emoji often. Article data must never do this: checkArticle rejects such an annotation
 * ("annotation 3 starts in the middle of a character"), see check-article.test.ts.
 */

const RUNS = { numRuns: 1000 };
/** Generous: the file takes a few seconds, but a busy machine can slow it several times over. */
const TIMEOUT = 30_000;

/**
 * A cheap assertion for the hot loops (vitest's expect is slow at thousands of calls per case);
 * fast-check reports the failing case and shrinks it.
 */
function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Error(what);
}

/** Pieces that trip up code that counts characters: astral emoji, ZWJ sequences, marks. */
const tricky = [
  '🙂',
  '👩🏽‍⚖️',
  '🇧🇷',
  'e\u0301',
  'n\u0303o',
  '“',
  '”',
  '‘',
  '’',
  '—',
  '–',
  '…',
  '\u00A0',
  ' ',
  '\n',
  'UN',
  'crime',
];

/** Texts made of ordinary words, the tricky pieces above and random graphemes. */
const textArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...tricky),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }),
    ),
    { maxLength: 24 },
  )
  .map((pieces) => pieces.join(''));

const nonEmptyTextArb = textArb.filter((text) => text.length > 0);

/** How to make one annotation, often relative to an earlier one, so that overlaps are common. */
type Recipe = {
  kind:
    | 'free'
    | 'atStart'
    | 'atEnd'
    | 'whole'
    | 'identical'
    | 'nested'
    | 'crossing'
    | 'touchesAfter'
    | 'touchesBefore';
  a: number;
  b: number;
  ref: number;
};

const recipeArb: fc.Arbitrary<Recipe> = fc.record({
  kind: fc.constantFrom(
    'free',
    'atStart',
    'atEnd',
    'whole',
    'identical',
    'nested',
    'crossing',
    'touchesAfter',
    'touchesBefore',
  ),
  a: fc.nat(),
  b: fc.nat(),
  ref: fc.nat(),
});

/** A valid span (0 ≤ start < end ≤ length) inside [from, to), with from < to. */
function within(from: number, to: number, a: number, b: number): [number, number] {
  const start = from + (a % (to - from));
  return [start, start + 1 + (b % (to - start))];
}

/** Turns recipes into valid annotations for a text of the given length (which must be > 0). */
function buildSpans(length: number, recipes: readonly Recipe[]): Span[] {
  const spans: Span[] = [];
  for (const { kind, a, b, ref } of recipes) {
    const other = spans.length > 0 ? spans[ref % spans.length] : undefined;
    let range: [number, number] = within(0, length, a, b);
    if (kind === 'atStart') range = [0, 1 + (b % length)];
    else if (kind === 'atEnd') range = [a % length, length];
    else if (kind === 'whole') range = [0, length];
    else if (other && kind === 'identical') range = [other.start, other.end];
    else if (other && kind === 'nested') range = within(other.start, other.end, a, b);
    else if (other && kind === 'crossing') {
      // Starts strictly inside the other and ends strictly after it, when there is room.
      if (other.end - other.start >= 2 && other.end < length) {
        const start = other.start + 1 + (a % (other.end - other.start - 1));
        range = [start, other.end + 1 + (b % (length - other.end))];
      } else range = within(other.start, other.end, a, b);
    } else if (other && kind === 'touchesAfter' && other.end < length) {
      range = within(other.end, length, 0, b);
    } else if (other && kind === 'touchesBefore' && other.start > 0) {
      range = [a % other.start, other.start];
    }
    spans.push({ id: `s${spans.length + 1}`, start: range[0], end: range[1] });
  }
  return spans;
}

/** A text with up to 8 valid annotations (none when the text is empty). */
const caseArb = textArb.chain((text) =>
  (text.length === 0
    ? fc.constant([] as Span[])
    : fc.array(recipeArb, { maxLength: 8 }).map((recipes) => buildSpans(text.length, recipes))
  ).map((spans) => ({ text, spans })),
);

/** Non-overlapping quotation ranges (they may touch), given in any order. */
function quotesArb(length: number): fc.Arbitrary<QuoteRange[]> {
  return fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: length }), { maxLength: 8 }),
      fc.boolean(),
      fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    )
    .map(([offsets, reversed, continues]) => {
      const sorted = [...offsets].sort((x, y) => x - y);
      const quotes: QuoteRange[] = [];
      for (let index = 0; index + 1 < sorted.length; index += 2) {
        const start = sorted[index] as number;
        const end = sorted[index + 1] as number;
        if (end > start) {
          quotes.push({
            id: `q${quotes.length + 1}`,
            start,
            end,
            continues: continues[quotes.length] ?? false,
          });
        }
      }
      return reversed ? quotes.reverse() : quotes;
    });
}

const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end;
const contains = (outer: { start: number; end: number }, inner: { start: number; end: number }) =>
  outer.start <= inner.start && inner.end <= outer.end;
const mentionsOf = (segments: Segment[]) =>
  segments.filter((segment): segment is MentionSegment => segment.kind === 'mention');

/** Pieces cover [0, text.length) exactly once, in order, each quoting the text at its offsets. */
function checkExactCover(
  text: string,
  pieces: readonly { start: number; end: number; text: string }[],
  from = 0,
  to = text.length,
) {
  check(
    pieces.map((piece) => piece.text).join('') === text.slice(from, to),
    'pieces join up to the text',
  );
  let cursor = from;
  for (const piece of pieces) {
    check(piece.start === cursor, `piece [${piece.start}, ${piece.end}) starts at ${cursor}`);
    check(piece.end > piece.start, `piece [${piece.start}, ${piece.end}) is not empty`);
    check(piece.text === text.slice(piece.start, piece.end), 'piece quotes the text');
    cursor = piece.end;
  }
  check(cursor === to, `pieces end at ${to}`);
}

describe('segmentText, for any text and valid annotations', () => {
  it(
    'covers the text exactly once, in order, with no character lost or repeated',
    () => {
      fc.assert(
        fc.property(caseArb, ({ text, spans }) => {
          const segments = segmentText(text, spans);
          checkExactCover(text, segments);
          if (text.length > 0) {
            check(segments[0]?.start === 0, 'first segment starts at 0');
            check(segments.at(-1)?.end === text.length, 'last segment ends at the end');
          } else {
            check(segments.length === 0, 'an empty text has no segments');
          }
          // Plain stretches are as long as they can be: two never sit side by side.
          segments.slice(1).forEach((segment, index) => {
            const previous = segments[index];
            check(segment.kind !== 'text' || previous?.kind !== 'text', 'no two plain stretches');
          });
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'puts every annotation inside exactly one mention, whose runs for it quote it exactly',
    () => {
      fc.assert(
        fc.property(caseArb, ({ text, spans }) => {
          const mentions = mentionsOf(segmentText(text, spans));
          for (const span of spans) {
            const holders = mentions.filter((mention) => contains(mention, span));
            check(holders.length === 1, `${span.id} lies inside exactly one mention`);
            const [mention] = holders as [MentionSegment];
            const listing = mentions.filter((m) => m.spanIds.includes(span.id));
            check(listing.length === 1 && listing[0] === mention, `that mention lists ${span.id}`);
            const own = mention.runs.filter((run) => run.spanIds.includes(span.id));
            checkExactCover(text, own, span.start, span.end);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "covers each mention exactly once with runs, each covered by the mention's annotations",
    () => {
      fc.assert(
        fc.property(caseArb, ({ text, spans }) => {
          const byId = new Map(spans.map((span) => [span.id, span]));
          for (const mention of mentionsOf(segmentText(text, spans))) {
            checkExactCover(text, mention.runs, mention.start, mention.end);
            const members = mention.spanIds.map((id) => byId.get(id) as Span);
            check(mention.id === mention.spanIds[0], 'the mention is named for its first span');
            check(
              mention.start === Math.min(...members.map((member) => member.start)) &&
                mention.end === Math.max(...members.map((member) => member.end)),
              'the mention runs from its first start to its last end',
            );
            for (const run of mention.runs) {
              check(run.spanIds.length >= 1, `run [${run.start}, ${run.end}) is annotated`);
              // spanIds lists exactly the mention's annotations that cover the run, outermost first.
              const covering = members.filter((member) => contains(member, run));
              check(
                run.spanIds.join() === covering.map((member) => member.id).join(),
                `run [${run.start}, ${run.end}) lists the spans that cover it`,
              );
              // And no annotation covers only part of a run.
              for (const member of members) {
                check(
                  !overlaps(member, { id: '', ...run }) || contains(member, run),
                  `${member.id} covers all of run [${run.start}, ${run.end}) or none of it`,
                );
              }
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'never nests or overlaps mentions, merges overlapping annotations, leaves plain text bare',
    () => {
      fc.assert(
        fc.property(caseArb, ({ text, spans }) => {
          const segments = segmentText(text, spans);
          const mentions = mentionsOf(segments);
          mentions.slice(1).forEach((mention, index) => {
            const previous = mentions[index] as MentionSegment;
            check(mention.start >= previous.end, 'mentions neither nest nor overlap');
          });
          // Every annotation is listed by exactly one mention.
          check(
            mentions
              .flatMap((mention) => mention.spanIds)
              .sort()
              .join() ===
              spans
                .map((span) => span.id)
                .sort()
                .join(),
            'every annotation is listed by exactly one mention',
          );
          const mentionOf = (span: Span) => mentions.find((m) => m.spanIds.includes(span.id));
          for (const x of spans) {
            for (const y of spans) {
              check(
                !overlaps(x, y) || mentionOf(x) === mentionOf(y),
                `overlapping ${x.id} and ${y.id} share a mention`,
              );
            }
          }
          // A mention is never wider than it must be: every point inside it is crossed by one of
          // its annotations, so touching annotations stay apart unless another bridges them.
          const byId = new Map(spans.map((span) => [span.id, span]));
          for (const mention of mentions) {
            for (let cut = mention.start + 1; cut < mention.end; cut++) {
              const crossed = mention.spanIds.some((id) => {
                const span = byId.get(id) as Span;
                return span.start < cut && cut < span.end;
              });
              check(crossed, `some annotation in ${mention.id} crosses offset ${cut}`);
            }
          }
          for (const segment of segments) {
            if (segment.kind !== 'text') continue;
            for (const span of spans) {
              check(!overlaps(span, { id: '', ...segment }), `${span.id} stays out of plain text`);
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'rejects zero-length and out-of-range annotations with a RangeError',
    () => {
      const badArb = nonEmptyTextArb.chain((text) =>
        fc
          .tuple(
            fc.array(recipeArb, { maxLength: 6 }),
            fc.oneof(
              // Zero length, anywhere including both ends.
              fc.integer({ min: 0, max: text.length }).map((at) => [at, at]),
              // Ends before it starts.
              fc
                .tuple(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 1, max: 5 }))
                .map(([end, back]) => [end + back, end]),
              // Starts before the text.
              fc
                .tuple(fc.integer({ min: -5, max: -1 }), fc.integer({ min: 0, max: text.length }))
                .map(([start, end]) => [start, end]),
              // Ends after the text.
              fc
                .tuple(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 1, max: 5 }))
                .map(([start, past]) => [start, text.length + past]),
            ),
            fc.nat(),
          )
          .map(([recipes, [start, end], position]) => {
            const spans = buildSpans(text.length, recipes);
            const bad = { id: 'bad', start: start as number, end: end as number };
            spans.splice(position % (spans.length + 1), 0, bad);
            return { text, spans };
          }),
      );
      fc.assert(
        fc.property(badArb, ({ text, spans }) => {
          expect(() => segmentText(text, spans)).toThrow(RangeError);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('layoutText, for any text, valid annotations and non-overlapping quotations', () => {
  const layoutArb = caseArb.chain(({ text, spans }) =>
    quotesArb(text.length).map((quotes) => ({ text, spans, quotes })),
  );

  it(
    'covers the text exactly once, in order, and keeps mentions whole',
    () => {
      fc.assert(
        fc.property(layoutArb, ({ text, spans, quotes }) => {
          const blocks = layoutText(text, spans, quotes);
          const segments = blocks.flatMap((block) => block.segments);
          checkExactCover(text, segments);
          check(
            JSON.stringify(mentionsOf(segments)) ===
              JSON.stringify(mentionsOf(segmentText(text, spans))),
            'mentions come through whole and unchanged',
          );
          blocks.forEach((block, index) => {
            check(block.segments.length > 0, 'no block is empty');
            const previous = blocks[index - 1];
            if (block.kind === 'quote') {
              for (const segment of block.segments) {
                check(contains(block.quote, segment), `a segment lies inside ${block.quote.id}`);
              }
              check(
                previous?.kind !== 'quote' || previous.quote.id !== block.quote.id,
                'a quotation is one block',
              );
            } else {
              for (const segment of block.segments) {
                check(!quotes.some((quote) => contains(quote, segment)), 'plain text is unquoted');
              }
              check(previous?.kind !== 'plain', 'plain stretches are one block');
            }
          });
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('layoutText, cases the properties found', () => {
  const plainTexts = (blocks: ReturnType<typeof layoutText>) =>
    blocks.map((block) => [block.kind, block.segments.map((segment) => segment.text).join('')]);

  it('lays out quotations listed out of order once each, in text order', () => {
    const text = 'x “ab” y “cd” z';
    const quotes = [
      { id: 'second', start: 9, end: 13, continues: false },
      { id: 'first', start: 2, end: 6, continues: false },
    ];
    expect(plainTexts(layoutText(text, [], quotes))).toEqual([
      ['plain', 'x '],
      ['quote', '“ab”'],
      ['plain', ' y '],
      ['quote', '“cd”'],
      ['plain', ' z'],
    ]);
  });

  it('leaves no empty segment where two quotations touch', () => {
    const text = '“ab”“cd” e';
    const blocks = layoutText(
      text,
      [],
      [
        { id: 'q1', start: 0, end: 4, continues: false },
        { id: 'q2', start: 4, end: 8, continues: false },
      ],
    );
    expect(blocks.flatMap((block) => block.segments).every((s) => s.end > s.start)).toBe(true);
    expect(plainTexts(blocks)).toEqual([
      ['quote', '“ab”'],
      ['quote', '“cd”'],
      ['plain', ' e'],
    ]);
  });
});

describe('segmentText and split characters', () => {
  it('still covers the text exactly once when an annotation cuts an emoji in half', () => {
    const text = 'a🙂b';
    // Offset 2 falls between the two halves of 🙂 (code units 1 and 2).
    const segments = segmentText(text, [{ id: 'x', start: 2, end: 4 }]);
    expect(segments.map((segment) => [segment.kind, segment.text])).toEqual([
      ['text', 'a\uD83D'],
      ['mention', '\uDE42b'],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it(
    'covers texts of emoji exactly once whatever code-unit offsets the annotations use',
    () => {
      const emojiText = fc
        .array(fc.constantFrom('🙂', '👩🏽‍⚖️', '🇧🇷', '𝒜'), { minLength: 1, maxLength: 8 })
        .map((pieces) => pieces.join(''));
      const emojiCase = emojiText.chain((text) =>
        fc
          .array(recipeArb, { maxLength: 8 })
          .map((recipes) => ({ text, spans: buildSpans(text.length, recipes) })),
      );
      fc.assert(
        fc.property(emojiCase, ({ text, spans }) => {
          checkExactCover(text, segmentText(text, spans));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
