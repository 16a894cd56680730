import { describe, expect, it } from 'vitest';
import { readDataJson } from '../../tests/test-utils';
import { applyFilters, type FilterData } from './apply-filters';
import { describeFilterResult } from './describe-filter-result';
import { buildArticleModel } from './article-model';
import { byId } from './data-file-query';
import { articleFileSchema } from './schemas/article';
import { entitiesFileSchema } from './schemas/entities';
import { crimeCategoriesFileSchema, instrumentsFileSchema } from './schemas/reference';

const model = buildArticleModel(articleFileSchema.parse(readDataJson('article.json')));
const entities = byId(entitiesFileSchema.parse(readDataJson('entities.json')).entities);
const instruments = byId(instrumentsFileSchema.parse(readDataJson('instruments.json')).instruments);
const crimes = byId(
  crimeCategoriesFileSchema.parse(readDataJson('crime-categories.json')).categories,
);
const data: FilterData = { model, entities, instruments, crimes };

/** The words of the mentions that match, as a reader would read them off the page. */
function matchingWords(result: ReturnType<typeof applyFilters>): string[] {
  return Object.values(model.mentionsOfEntity)
    .flat()
    .filter(
      (mention, index, all) => all.findIndex((m) => m.controlId === mention.controlId) === index,
    )
    .filter((mention) => result.controls.has(mention.controlId))
    .map((mention) => mention.exact)
    .sort();
}

describe('applyFilters', () => {
  it('matches everything, inactive, when nothing is selected', () => {
    const result = applyFilters(data, { crimes: [], topics: [] });
    expect(result.active).toBe(false);
    expect(result.controls.size).toBe(Object.keys(model.entitiesOfControl).length);
    expect(result.crimes).toHaveLength(Object.keys(crimes).length);
  });

  it('finds a crime type’s mentions and the instruments that address it', () => {
    const result = applyFilters(data, { crimes: ['smuggling-of-migrants'], topics: [] });
    expect(result.active).toBe(true);
    expect(matchingWords(result)).toEqual([
      'its three additional Protocols',
      'smuggling of migrants',
    ]);
    expect(result.instruments).toContain('smuggling-protocol');
    expect(result.instruments).not.toContain('firearms-protocol');
    expect(result.crimes).toEqual(['smuggling-of-migrants']);
    expect([...result.sources]).toEqual(['p4']);
  });

  it('combines crime types with OR', () => {
    const one = applyFilters(data, { crimes: ['cyber-crime'], topics: [] });
    const both = applyFilters(data, { crimes: ['cyber-crime', 'corruption'], topics: [] });
    expect(one.mentionCount).toBe(2);
    expect(both.mentionCount).toBeGreaterThan(one.mentionCount);
    expect(both.crimes.sort()).toEqual(['corruption', 'cyber-crime']);
  });

  it('narrows with topics (AND): crime types × instruments leaves only the treaties', () => {
    const result = applyFilters(data, {
      crimes: ['smuggling-of-migrants'],
      topics: ['instrument'],
    });
    expect(matchingWords(result)).toEqual(['its three additional Protocols']);
    expect(result.crimes).toEqual([]);
    expect(result.instruments).toContain('smuggling-protocol');
  });

  it('filters by topic alone', () => {
    const result = applyFilters(data, { crimes: [], topics: ['person'] });
    expect(matchingWords(result)).toEqual([
      'Ban',
      'John Sandage',
      'Raimond Spekking',
      'Secretary-General Ban Ki-moon',
    ]);
    expect(result.instruments).toEqual([]);
    expect(result.sources).toEqual(new Set(['headline', 'photoCredit', 'p1', 'p2']));
  });

  it('works before the reference files load, from the article alone', () => {
    const result = applyFilters({ model, entities }, { crimes: ['cyber-crime'], topics: [] });
    expect(result.mentionCount).toBe(2);
    expect(result.instruments).toEqual([]);
  });
});

describe('the chips’ counts', () => {
  it('are the status’s count of mentions of each crime type itself', () => {
    for (const id of Object.keys(crimes))
      expect({ id, count: model.mentionsOfEntity[id]?.length ?? 0 }).toEqual({
        id,
        count: applyFilters(data, { crimes: [id], topics: [] }).named.count,
      });
  });
});

describe('describeFilterResult', () => {
  const name = {
    entity: (id: string) => entities[id]?.name ?? id,
    instrument: (id: string) => instruments[id]?.shortName ?? id,
    topic: (type: string) => (type === 'person' ? 'people' : `${type}s`),
  };

  it('says how many mentions of what, in how many paragraphs, and the treaties apart', () => {
    const result = applyFilters(data, { crimes: ['smuggling-of-migrants'], topics: [] });
    expect(describeFilterResult(result, name)).toBe(
      '1 mention of smuggling of migrants, and 1 of a treaty that addresses it (Smuggling of Migrants Protocol), in 1 paragraph',
    );
  });

  it('names the treaties the article does not mention only as related', () => {
    const result = applyFilters(data, { crimes: ['corruption', 'money-laundering'], topics: [] });
    expect(result.named.count).toBe(2);
    expect(result.viaTreaty).toEqual({ count: 1, instruments: ['untoc'] });
    expect(result.related).toEqual(['uncac']);
    expect(describeFilterResult(result, name)).toBe(
      '2 mentions of corruption or money-laundering, and 1 of a treaty that addresses them (UN Convention against Transnational Organized Crime), in 2 paragraphs · Related: UNCAC',
    );
  });

  it('counts a phrase that names several treaties once, as the text marks it', () => {
    const result = applyFilters(data, { crimes: [], topics: ['instrument'] });
    expect(result.mentionCount).toBe(2);
    expect(describeFilterResult(result, name)).toBe('2 mentions of instruments in 1 paragraph');
  });

  it('says treaties that address a crime type when the topic narrows to treaties', () => {
    const result = applyFilters(data, {
      crimes: ['smuggling-of-migrants'],
      topics: ['instrument'],
    });
    expect(describeFilterResult(result, name)).toBe(
      '1 mention of a treaty that addresses smuggling of migrants (Smuggling of Migrants Protocol) in 1 paragraph',
    );
  });

  it('says when nothing matches', () => {
    const result = applyFilters(data, { crimes: ['corruption'], topics: ['person'] });
    expect(describeFilterResult(result, name)).toBe('No mentions of corruption among people');
  });

  it('names the headline and photo credit apart from the paragraphs', () => {
    const result = applyFilters(data, { crimes: [], topics: ['person'] });
    expect(describeFilterResult(result, name)).toBe(
      '4 mentions of people in 2 paragraphs and the headline and the photo credit',
    );
  });

  it('says when the filters are cleared', () => {
    expect(describeFilterResult(applyFilters(data, { crimes: [], topics: [] }), name)).toBe(
      'Filters cleared: showing everything.',
    );
  });
});
