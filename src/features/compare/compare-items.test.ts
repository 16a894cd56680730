// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonsFileSchema } from '../../data/schemas/comparisons';
import { crimeCategoriesFileSchema, termsFileSchema } from '../../data/schemas/reference';
import { parseItems, resolveItem, tablesFor, tablesNear, type Lookups } from './compare-items';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', file), 'utf8'));
const crimes = crimeCategoriesFileSchema.parse(read('crime-categories.json'));
const terms = termsFileSchema.parse(read('terms.json'));
const { comparisons } = comparisonsFileSchema.parse(read('comparisons.json'));
const lookups: Lookups = {
  categories: Object.fromEntries(crimes.categories.map((c) => [c.id, c])),
  terms: Object.fromEntries(terms.terms.map((t) => [t.id, t])),
};
const resolve = (ids: string[]) => ids.map((id) => resolveItem(id, lookups)!);

describe('compare addresses', () => {
  it('reads the ids in order, without blanks, repeats or stray case', () => {
    expect(
      parseItems('?items=Trafficking-in-persons,,smuggling-of-migrants,trafficking-in-persons'),
    ).toEqual(['trafficking-in-persons', 'smuggling-of-migrants']);
    expect(parseItems('?crime=corruption')).toEqual([]);
  });

  it('resolves crime categories and defined terms by the explorer’s ids, and nothing else', () => {
    const [crime, term] = resolve(['trafficking-in-persons', 'smuggling-of-migrants-definition']);
    expect(crime).toMatchObject({ kind: 'crime', name: 'Trafficking in persons' });
    expect(crime?.term?.id).toBe('trafficking-in-persons-definition');
    expect(term).toMatchObject({ kind: 'term', name: 'Smuggling of migrants' });
    expect(term?.category?.id).toBe('smuggling-of-migrants');
    expect(resolveItem('trafficking-protocol', lookups)).toBeUndefined();
    expect(resolveItem('no-such-thing', lookups)).toBeUndefined();
  });

  it('shows the trafficking/smuggling table for the categories or their definitions, in any order', () => {
    const ids = (items: string[]) => tablesFor(resolve(items), comparisons).map((c) => c.id);
    expect(ids(['trafficking-in-persons', 'smuggling-of-migrants'])).toEqual([
      'trafficking-vs-smuggling',
    ]);
    expect(ids(['smuggling-of-migrants-definition', 'trafficking-in-persons-definition'])).toEqual([
      'trafficking-vs-smuggling',
    ]);
    expect(ids(['trafficking-in-persons', 'corruption'])).toEqual([]);
    expect(
      tablesNear(resolve(['trafficking-in-persons', 'corruption']), comparisons).map((c) => c.id),
    ).toEqual(['trafficking-vs-smuggling']);
  });
});
