import { describe, expect, it } from 'vitest';
import {
  articleSearchParts,
  buildSearchIndex,
  crimeSearchParts,
  entitySearchParts,
  mdgSearchParts,
  SEARCH_GROUPS,
  termSearchParts,
  type SearchEntry,
} from './build-search-index';
import { realData, realSearchIndex } from './search-test-data';

const data = realData();
const entry = (index: SearchEntry[], key: string) => {
  const found = index.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no entry ${key}`);
  return found;
};
const fieldsOf = (found: SearchEntry) =>
  found.fields.map(({ role, text }): [string, string] => [role, text]);

describe('buildSearchIndex', () => {
  it('makes one entry of a crime category and the entity of the same id', () => {
    const index = buildSearchIndex([
      crimeSearchParts(data.crimes),
      entitySearchParts(data.entities),
    ]);
    const cyber = entry(index, 'definition-cyber-crime');
    expect(cyber.group).toBe('crime');
    expect(cyber.title).toBe('Cyber-crime');
    expect(cyber.target).toEqual({ type: 'definition', id: 'cyber-crime' });
    const fields = fieldsOf(cyber);
    // "cyber-crime" as the article words it, and the aliases "cybercrime" and "cyber crime", are
    // the name again once normalised, so it is kept once, as the name.
    expect(fields.filter(([, text]) => /^cyber.?crime$/i.test(text))).toEqual([
      ['name', 'Cyber-crime'],
    ]);
    expect(fields).toContainEqual(['alias', 'computer crime']);
    expect(fields.some(([role, text]) => role === 'body' && text.startsWith('In 2010'))).toBe(true);
    expect(index.filter((candidate) => candidate.key === 'definition-cyber-crime')).toHaveLength(1);
  });

  it('titles a thing as the article names it, as the definition view does', () => {
    const index = realSearchIndex();
    // instruments.json calls it "UNTOC"; the article's entity name wins.
    expect(entry(index, 'definition-untoc').title).toBe(
      'UN Convention against Transnational Organized Crime',
    );
    expect(fieldsOf(entry(index, 'definition-untoc'))).toContainEqual([
      'alias',
      'Palermo Convention',
    ]);
  });

  it('keeps a weaker duplicate out when a stronger field says the same', () => {
    const index = buildSearchIndex([entitySearchParts(data.entities)]);
    const laundering = fieldsOf(entry(index, 'definition-money-laundering'));
    // "money laundering" normalises like the name "Money-laundering".
    expect(laundering).toEqual([
      ['name', 'Money-laundering'],
      ['alias', 'laundering of proceeds of crime'],
    ]);
  });

  it('puts each entity type in its group, and the rest under names', () => {
    const index = buildSearchIndex([entitySearchParts(data.entities)]);
    expect(entry(index, 'definition-cyber-crime').group).toBe('crime');
    expect(entry(index, 'definition-untoc').group).toBe('instrument');
    expect(entry(index, 'definition-mdgs').group).toBe('goal');
    expect(entry(index, 'definition-unodc').group).toBe('name');
    expect(entry(index, 'definition-ban-ki-moon').group).toBe('name');
    expect(entry(index, 'definition-salvador').group).toBe('name');
  });

  it('works with whatever has loaded', () => {
    const index = buildSearchIndex([undefined, undefined, articleSearchParts(data.article)]);
    expect(index.map((candidate) => candidate.key)).toEqual(
      data.article.paragraphs.map((paragraph) => `passage-${paragraph.id}`),
    );
    expect(entry(index, 'passage-p5')).toMatchObject({
      group: 'passage',
      title: 'Paragraph 5',
      target: { type: 'passage', source: 'p5' },
    });
    expect(buildSearchIndex([])).toEqual([]);
  });

  it('indexes goals by number and title, and their targets as text', () => {
    const index = buildSearchIndex([mdgSearchParts(data.mdgs)]);
    const goal = entry(index, 'definition-mdg-4');
    expect(goal.title).toBe('Goal 4: Reduce child mortality');
    expect(goal.fields.filter((field) => field.role === 'name').map((field) => field.text)).toEqual(
      ['Goal 4: Reduce child mortality', 'Reduce child mortality'],
    );
    expect(goal.fields.find((field) => field.role === 'body')?.label).toBe('Target 4.A');
    expect(entry(index, 'definition-mdgs').title).toBe('Millennium Development Goals');
  });

  it('indexes terms by name and verbatim text, with where the text comes from', () => {
    const index = buildSearchIndex([termSearchParts(data.terms)]);
    const term = entry(index, 'definition-serious-crime');
    expect(term.group).toBe('term');
    expect(term.fields[1]).toMatchObject({ role: 'body', label: 'Definition, art. 2(b)' });
    expect(term.fields[1]?.text).toMatch(/^"Serious crime" shall mean/);
  });

  it('lists the groups in the order the results show them', () => {
    expect(SEARCH_GROUPS.map((group) => group.label)).toEqual([
      'Crime categories',
      'Instruments',
      'Goals',
      'Terms',
      'People, organizations, places and events',
      'Passages in the article',
    ]);
  });
});
