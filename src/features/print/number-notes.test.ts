import { describe, expect, it } from 'vitest';
import { readDataJson } from '../../../tests/test-utils';
import type { FilterData, FilterSelection } from '../../data/apply-filters';
import { buildArticleModel } from '../../data/article-model';
import { byId } from '../../data/data-file-query';
import { articleFileSchema, type ArticleFile } from '../../data/schemas/article';
import { entitiesFileSchema } from '../../data/schemas/entities';
import { crimeCategoriesFileSchema, instrumentsFileSchema } from '../../data/schemas/reference';
import { numberNotes } from './number-notes';

const article = articleFileSchema.parse(readDataJson('article.json'));
const model = buildArticleModel(article);
const entities = byId(entitiesFileSchema.parse(readDataJson('entities.json')).entities);
const instruments = byId(instrumentsFileSchema.parse(readDataJson('instruments.json')).instruments);
const crimes = byId(
  crimeCategoriesFileSchema.parse(readDataJson('crime-categories.json')).categories,
);
const data: FilterData = { model, entities, instruments, crimes };
const none: FilterSelection = { crimes: [], topics: [] };

/** Each numbered mention as the handout prints it: its words, then its note numbers. */
function printed(result: ReturnType<typeof numberNotes>, from: ArticleFile = article): string[] {
  const segments = Object.values(buildArticleModel(from).blocks)
    .flat()
    .flatMap((block) => block.segments);
  return Object.entries(result.numbersOfControl).map(([control, numbers]) => {
    const segment = segments.find((s) => s.kind === 'mention' && s.id === control);
    return `${segment?.text}${numbers.join(',')}`;
  });
}

const noteNames = (result: ReturnType<typeof numberNotes>) =>
  result.notes.map((note) => `${note.number} ${note.entityId}`);

describe('numberNotes', () => {
  it('numbers every entity once, in the order the handout first names it', () => {
    const result = numberNotes(data, none);
    // The headline and the photo credit are printed above paragraph 1.
    expect(noteNames(result).slice(0, 4)).toEqual([
      '1 ban-ki-moon',
      '2 raimond-spekking',
      '3 organized-crime',
      '4 cyber-crime',
    ]);
    expect(result.notes).toHaveLength(Object.keys(entities).length);
    expect(result.notes.map((note) => note.number)).toEqual(
      result.notes.map((_, index) => index + 1),
    );
  });

  it('gives a later mention of the same entity the same number', () => {
    const result = numberNotes(data, none);
    const mentions = printed(result);
    expect(mentions).toContain('Ban1');
    expect(mentions).toContain('Secretary-General Ban Ki-moon1');
    expect(mentions.filter((mention) => /^cyber-crime4$/.test(mention))).toHaveLength(2);
    expect(result.notes.find((note) => note.entityId === 'cyber-crime')?.sources).toEqual([
      'p1',
      'p6',
    ]);
  });

  it('gives a mention that names several entities one number for each', () => {
    const mentions = printed(numberNotes(data, none));
    expect(mentions).toContain('its three additional Protocols16,17,18');
    // The Convention's title, with the crime category named inside it.
    expect(mentions).toContain('UN Convention against Transnational Organized Crime14,15');
  });

  it('with a crime type on, numbers only the matching mentions, and in them only what matches', () => {
    const result = numberNotes(data, { crimes: ['corruption'], topics: [] });
    // The Convention addresses corruption (arts. 8 and 9); the crime category inside its title
    // does not match, so the title carries one number, not two.
    expect(noteNames(result)).toEqual(['1 untoc', '2 corruption']);
    expect(printed(result)).toEqual([
      'UN Convention against Transnational Organized Crime1',
      'corruption2',
    ]);
  });

  it('combines crime types with OR and narrows by topic with AND, as the screen does', () => {
    const either = numberNotes(data, {
      crimes: ['smuggling-of-migrants', 'cyber-crime'],
      topics: [],
    });
    expect(noteNames(either)).toEqual([
      '1 cyber-crime',
      '2 smuggling-protocol',
      '3 smuggling-of-migrants',
    ]);
    expect(printed(either)).toEqual([
      'cyber-crime1',
      'its three additional Protocols2',
      'smuggling of migrants3',
      'cyber-crime1',
    ]);
    const treatiesOnly = numberNotes(data, {
      crimes: ['smuggling-of-migrants'],
      topics: ['instrument'],
    });
    expect(printed(treatiesOnly)).toEqual(['its three additional Protocols1']);
  });

  it('with topics alone numbers only their types, and nothing when nothing matches', () => {
    const result = numberNotes(data, { crimes: [], topics: ['goal', 'person'] });
    expect(noteNames(result)).toEqual([
      '1 ban-ki-moon',
      '2 raimond-spekking',
      '3 john-sandage',
      '4 mdgs',
    ]);
    const nothing = numberNotes(data, { crimes: ['corruption'], topics: ['person'] });
    expect(nothing.notes).toEqual([]);
    expect(nothing.numbersOfControl).toEqual({});
  });

  it('skips a mention whose entity the data lacks rather than printing a note for nothing', () => {
    const fewer = Object.fromEntries(
      Object.entries(entities).filter(([id]) => id !== 'john-sandage'),
    );
    const result = numberNotes({ ...data, entities: fewer }, none);
    expect(result.notes.map((note) => note.entityId)).not.toContain('john-sandage');
    expect(printed(result)).not.toContain(expect.stringMatching(/^John Sandage/));
    expect(result.notes).toHaveLength(Object.keys(entities).length - 1);
  });
});
