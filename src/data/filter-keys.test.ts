import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataJson } from '../../tests/test-utils';
import {
  applyFilters,
  buildRelations,
  type FilterData,
  type FilterSelection,
} from './apply-filters';
import { buildArticleModel } from './article-model';
import { byId } from './data-file-query';
import { filterClassesOf, FILTERING, matchSelector, selectionAttributes } from './filter-keys';
import { articleFileSchema } from './schemas/article';
import { entitiesFileSchema } from './schemas/entities';
import { crimeCategoryIds, entityTypes } from './schemas/ids';
import { crimeCategoriesFileSchema, instrumentsFileSchema } from './schemas/reference';

const model = buildArticleModel(articleFileSchema.parse(readDataJson('article.json')));
const entities = byId(entitiesFileSchema.parse(readDataJson('entities.json')).entities);
const instruments = byId(instrumentsFileSchema.parse(readDataJson('instruments.json')).instruments);
const crimes = byId(
  crimeCategoriesFileSchema.parse(readDataJson('crime-categories.json')).categories,
);

/** The text as the page marks it up for the filters: one element per mention and per source. */
function markUp(data: FilterData) {
  const relations = buildRelations(data);
  const entitiesOfSource = new Map<string, string[]>();
  const mentions = Object.entries(model.entitiesOfControl).map(([controlId, entityIds]) => {
    const element = document.createElement('a');
    element.className = `mention ${filterClassesOf(entityIds, entities, relations)}`;
    document.body.append(element);
    return { controlId, element };
  });
  for (const [entityId, refs] of Object.entries(model.mentionsOfEntity))
    for (const ref of refs)
      entitiesOfSource.set(ref.source, [...(entitiesOfSource.get(ref.source) ?? []), entityId]);
  const sources = [...entitiesOfSource].map(([source, entityIds]) => {
    const element = document.createElement('div');
    element.className = `paragraph-row ${filterClassesOf(entityIds, entities, relations)}`;
    document.body.append(element);
    return { source, element };
  });
  return { mentions, sources };
}

const selections = fc.record({
  crimes: fc.subarray([...crimeCategoryIds]),
  topics: fc.subarray([...entityTypes]),
});

/** Names a selection on the root element, as the app does. */
function select(selection: FilterSelection) {
  for (const [name, value] of Object.entries(selectionAttributes(selection))) {
    if (value === null) document.documentElement.removeAttribute(name);
    else document.documentElement.setAttribute(name, value);
  }
}

afterEach(() => {
  select({ crimes: [], topics: [] });
  document.body.replaceChildren();
});

describe('the filters’ stylesheet selectors', () => {
  const mentionMatch = matchSelector('.mention');
  const rowMatch = matchSelector('.paragraph-row');

  // The status line and the panels count with applyFilters; the text is styled with the
  // selectors. For every selection they must pick out the same mentions and paragraphs, with
  // every reference file loaded and before the treaty files have arrived.
  for (const [label, data] of [
    ['all files loaded', { model, entities, instruments, crimes }],
    ['only the article and entities loaded', { model, entities }],
  ] as const) {
    it(`pick out exactly the mentions and paragraphs applyFilters counts (${label})`, () => {
      const { mentions, sources } = markUp(data);
      fc.assert(
        fc.property(selections, (selection) => {
          select(selection);
          const result = applyFilters(data, selection);
          expect(document.documentElement.matches(FILTERING)).toBe(result.active);
          if (!result.active) {
            return [...mentions, ...sources].every(({ element }) => !element.matches(mentionMatch));
          }
          for (const { controlId, element } of mentions)
            expect(element.matches(mentionMatch), controlId).toBe(result.controls.has(controlId));
          for (const { source, element } of sources)
            expect(element.matches(rowMatch), source).toBe(result.sources.has(source));
          return true;
        }),
        { numRuns: 100 },
      );
    });
  }

  it('need topic and crime type to hold for the same entity of a mention', () => {
    // "its three additional Protocols" stands for treaties, and they address smuggling.
    const { mentions } = markUp({ model, entities, instruments, crimes });
    const matching = (selection: FilterSelection) => {
      select(selection);
      return mentions.filter(({ element }) => element.matches(mentionMatch)).length;
    };
    expect(matching({ crimes: ['smuggling-of-migrants'], topics: ['instrument'] })).toBe(1);
    expect(matching({ crimes: ['smuggling-of-migrants'], topics: ['crime'] })).toBe(1);
    expect(matching({ crimes: ['smuggling-of-migrants'], topics: ['goal'] })).toBe(0);
  });
});
