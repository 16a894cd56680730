import { describe, expect, it } from 'vitest';
import { uniqueSources } from './unique-sources';

describe('uniqueSources', () => {
  it('lists a document read in one copy once, with every place cited, in order', () => {
    expect(
      uniqueSources([
        { doc: 'untoc', pinpoint: 'art. 2', readIn: 'nl' },
        { doc: 'untoc', pinpoint: 'status' },
        { doc: 'untoc', pinpoint: 'art. 5', readIn: 'nl', note: 'A note.' },
        { doc: 'untoc', pinpoint: 'art. 2', readIn: 'nl' },
        { doc: 'avl' },
      ]),
    ).toEqual([
      { doc: 'untoc', readIn: 'nl', pinpoint: 'art. 2; art. 5', note: 'A note.' },
      { doc: 'untoc', pinpoint: 'status' },
      { doc: 'avl' },
    ]);
  });
});
