import { describe, expect, it } from 'vitest';
import { segmentText, type Segment } from './segment-text';

const text = 'the UN Office on Drugs and Crime (UNODC) met in Salvador, Brazil';

function covered(segments: Segment[]) {
  return segments.map((segment) => segment.text).join('');
}

describe('segmentText', () => {
  it('leaves a text without annotations as one plain stretch', () => {
    expect(segmentText(text, [])).toEqual([{ kind: 'text', start: 0, end: text.length, text }]);
  });

  it('cuts a text into plain stretches and mentions that cover it exactly once', () => {
    const start = text.indexOf('Salvador');
    const segments = segmentText(text, [{ id: 'a', start, end: start + 8 }]);
    expect(segments.map((segment) => [segment.kind, segment.text])).toEqual([
      ['text', text.slice(0, start)],
      ['mention', 'Salvador'],
      ['text', ', Brazil'],
    ]);
    expect(covered(segments)).toBe(text);
  });

  it('merges a nested annotation into the outer mention and keeps its extent as a run', () => {
    const outerStart = text.indexOf('UN Office');
    const outerEnd = text.indexOf(')') + 1;
    const innerStart = text.indexOf('UNODC');
    const segments = segmentText(text, [
      { id: 'inner', start: innerStart, end: innerStart + 5 },
      { id: 'outer', start: outerStart, end: outerEnd },
    ]);
    const mentions = segments.filter((segment) => segment.kind === 'mention');
    expect(mentions).toHaveLength(1);
    const [mention] = mentions;
    expect(mention).toMatchObject({ id: 'outer', spanIds: ['outer', 'inner'] });
    if (mention?.kind !== 'mention') throw new Error('expected a mention');
    expect(mention.runs.map((run) => [run.text, run.spanIds])).toEqual([
      ['UN Office on Drugs and Crime (', ['outer']],
      ['UNODC', ['outer', 'inner']],
      [')', ['outer']],
    ]);
    expect(covered(segments)).toBe(text);
  });

  it('merges crossing annotations into one mention spanning both', () => {
    const segments = segmentText('abcdefgh', [
      { id: 'x', start: 1, end: 5 },
      { id: 'y', start: 3, end: 7 },
    ]);
    expect(segments.map((segment) => segment.text)).toEqual(['a', 'bcdefg', 'h']);
    const mention = segments[1];
    if (mention?.kind !== 'mention') throw new Error('expected a mention');
    expect(mention.runs.map((run) => [run.text, run.spanIds])).toEqual([
      ['bc', ['x']],
      ['de', ['x', 'y']],
      ['fg', ['y']],
    ]);
  });

  it('keeps touching annotations as separate mentions', () => {
    const segments = segmentText('abcdef', [
      { id: 'x', start: 0, end: 3 },
      { id: 'y', start: 3, end: 6 },
    ]);
    expect(segments.map((segment) => [segment.kind, segment.text])).toEqual([
      ['mention', 'abc'],
      ['mention', 'def'],
    ]);
  });

  it('rejects empty annotations and annotations past the end of the text', () => {
    expect(() => segmentText('abc', [{ id: 'x', start: 1, end: 1 }])).toThrow(RangeError);
    expect(() => segmentText('abc', [{ id: 'x', start: 1, end: 4 }])).toThrow(RangeError);
  });

  it('counts offsets in UTF-16 code units, so emoji and curly quotes stay whole', () => {
    const withEmoji = '“🙂 crime”';
    const start = withEmoji.indexOf('crime');
    const segments = segmentText(withEmoji, [{ id: 'x', start, end: start + 5 }]);
    expect(segments.map((segment) => segment.text)).toEqual(['“🙂 ', 'crime', '”']);
  });
});
