import { describe, expect, it } from 'vitest';
import {
  articleSearchParts,
  buildSearchIndex,
  searchField,
  type SearchEntry,
  type SearchGroupId,
} from './build-search-index';
import type { MarkedText } from './marked-text';
import { MATCH_TIERS, rankResults, type SearchResults } from './rank-results';
import { realData, realSearchIndex } from './search-test-data';

const entry = (
  key: string,
  group: SearchGroupId,
  fields: SearchEntry['fields'],
  title = fields[0]?.text ?? key,
): SearchEntry => ({ key, group, title, target: { type: 'definition', id: key }, fields });

const keys = (results: SearchResults) =>
  results.groups.flatMap((group) => group.results.map((result) => result.key));
const marked = ({ text, mark }: MarkedText) => (mark ? text.slice(mark.start, mark.end) : null);

describe('rankResults: order within a group', () => {
  const index = [
    entry('body', 'crime', [searchField('name', 'Piracy'), searchField('body', 'a crime at sea')]),
    entry('inside', 'crime', [searchField('name', 'Cybercrimes')]),
    entry('alias', 'crime', [
      searchField('name', 'Mafia'),
      searchField('alias', 'crime syndicate'),
    ]),
    entry('word', 'crime', [searchField('name', 'Organized crime')]),
    entry('prefix', 'crime', [searchField('name', 'Crime prevention')]),
    entry('exact', 'crime', [searchField('name', 'Crime')]),
  ];

  it('ranks exact name > name prefix > name word > alias > inside a name > body text', () => {
    expect(keys(rankResults(index, 'crime', { perGroup: 10, total: 10 }))).toEqual([
      'exact',
      'prefix',
      'word',
      'alias',
      'inside',
      'body',
    ]);
  });

  it('reports the tier of each result', () => {
    const [group] = rankResults(index, 'crime', { perGroup: 10, total: 10 }).groups;
    expect(group?.results.map((result) => result.score[0])).toEqual([
      MATCH_TIERS.exactName,
      MATCH_TIERS.namePrefix,
      MATCH_TIERS.nameWord,
      MATCH_TIERS.alias,
      MATCH_TIERS.nameInside,
      MATCH_TIERS.body,
    ]);
  });

  it('prefers the shorter name when two match alike, and otherwise keeps the data order', () => {
    const ties = [
      entry('long', 'term', [searchField('name', 'Illicit trafficking in firearms')]),
      entry('short', 'term', [searchField('name', 'Illicit trafficking')]),
      entry('first-text', 'passage', [searchField('body', 'about illicit things')]),
      entry('second-text', 'passage', [searchField('body', 'illicit, and short')]),
    ];
    expect(keys(rankResults(ties, 'illicit'))).toEqual([
      'short',
      'long',
      'first-text',
      'second-text',
    ]);
  });

  it('takes the best field of an entry, not the first', () => {
    const [result] = rankResults(
      [
        entry('x', 'instrument', [
          searchField('name', 'UNTOC'),
          searchField('alias', 'Palermo Convention', 'Also called'),
        ]),
      ],
      'palermo',
    ).groups[0]!.results;
    expect(result?.score[0]).toBe(MATCH_TIERS.alias);
    expect(result?.detail?.label).toBe('Also called');
    expect(marked(result!.detail!.text)).toBe('Palermo');
  });
});

describe('rankResults: groups and limits', () => {
  it('shows the groups in their fixed order when their best matches are equally good', () => {
    const index = [
      entry('passage', 'passage', [searchField('name', 'Organized crime')]),
      entry('term', 'term', [searchField('name', 'Organized criminal group')]),
      entry('goal', 'goal', [searchField('name', 'Organize')]),
      entry('instrument', 'instrument', [searchField('name', 'Organized Crime Convention')]),
      entry('crime', 'crime', [searchField('name', 'organized groups')]),
      entry('name', 'name', [searchField('name', 'Organizers')]),
    ];
    const results = rankResults(index, 'organ');
    expect(results.groups.map((group) => group.id)).toEqual([
      'crime',
      'instrument',
      'goal',
      'term',
      'name',
      'passage',
    ]);
    expect(results.groups.map((group) => group.label)).toEqual([
      'Crime categories',
      'Instruments',
      'Goals',
      'Terms',
      'People, organizations, places and events',
      'Passages in the article',
    ]);
  });

  it('puts the group with the best match first: an exact name before texts that mention it', () => {
    const index = [
      entry('crime', 'crime', [searchField('body', 'run by an organized criminal group')]),
      entry('instrument', 'instrument', [
        searchField('name', 'Convention'),
        searchField('alias', 'against the organized criminal group and others'),
      ]),
      entry('term', 'term', [searchField('name', 'Organized criminal group')]),
    ];
    const results = rankResults(index, 'organized criminal group');
    expect(results.groups.map((group) => group.id)).toEqual(['term', 'instrument', 'crime']);
    expect(keys(results)[0]).toBe('term');
  });

  it('shows at most five per group and twenty in all, dropping text matches before names', () => {
    const many = (group: SearchGroupId, role: 'name' | 'body', count: number) =>
      Array.from({ length: count }, (_, i) =>
        entry(`${group}-${i}`, group, [searchField(role, `Crime ${group} ${i}`)]),
      );
    const index = [
      ...many('crime', 'body', 7),
      ...many('instrument', 'name', 5),
      ...many('goal', 'name', 5),
      ...many('term', 'name', 5),
      ...many('passage', 'body', 6),
    ];
    const results = rankResults(index, 'crime');
    expect(results.total).toBe(28);
    expect(results.shown).toBe(20);
    const sizes = Object.fromEntries(results.groups.map((g) => [g.id, g.results.length]));
    // 25 candidates after the cap per group; the five weakest go, all of them text matches,
    // the later group's first.
    expect(sizes).toEqual({ crime: 5, instrument: 5, goal: 5, term: 5 });
  });

  it('finds nothing for an empty query or one of punctuation only', () => {
    const index = [entry('a', 'crime', [searchField('name', 'Crime')])];
    expect(rankResults(index, '')).toEqual({ groups: [], total: 0, shown: 0 });
    expect(rankResults(index, ' – ')).toEqual({ groups: [], total: 0, shown: 0 });
    expect(rankResults(index, 'zebra')).toEqual({ groups: [], total: 0, shown: 0 });
  });
});

describe('rankResults: what a result shows', () => {
  it('marks the match in the title, in the original spelling', () => {
    const [result] = rankResults(
      [entry('c', 'crime', [searchField('name', 'Cyber-crime')])],
      'CYBERCRIME',
    ).groups[0]!.results;
    expect(result?.title).toEqual({ text: 'Cyber-crime', mark: { start: 0, end: 11 } });
    expect(result?.detail).toBeNull();
  });

  it('marks a name that the title spells out inside the title', () => {
    const goal = entry(
      'mdg-4',
      'goal',
      [
        searchField('name', 'Goal 4: Reduce child mortality'),
        searchField('name', 'Reduce child mortality'),
      ],
      'Goal 4: Reduce child mortality',
    );
    const [result] = rankResults([goal], 'reduce child mortality').groups[0]!.results;
    expect(result?.score[0]).toBe(MATCH_TIERS.exactName);
    expect(marked(result!.title)).toBe('Reduce child mortality');
  });

  it('shows an excerpt of a long text around the match', () => {
    const data = realData();
    const index = buildSearchIndex([articleSearchParts(data.article)]);
    const [result] = rankResults(index, 'shared resp').groups[0]!.results;
    expect(result?.title).toEqual({ text: 'Paragraph 5', mark: null });
    expect(result?.detail?.label).toBeNull();
    expect(marked(result!.detail!.text)).toBe('shared resp');
    expect(result!.detail!.text.text.length).toBeLessThan(data.article.paragraphs[4]!.text.length);
    // The article is marked with the whole words.
    expect(result?.exact).toBe('shared responsibility');
    expect(result?.target).toEqual({ type: 'passage', source: 'p5' });
  });
});

describe('rankResults on the real data', () => {
  const index = realSearchIndex();
  const first = (query: string) => rankResults(index, query).groups[0]?.results[0];

  it('finds "Cyber-crime" first for "cybercrime"', () => {
    const results = rankResults(index, 'cybercrime');
    expect(results.groups[0]?.id).toBe('crime');
    expect(first('cybercrime')).toMatchObject({
      key: 'definition-cyber-crime',
      title: { text: 'Cyber-crime', mark: { start: 0, end: 11 } },
    });
    expect(first('cyber crime')?.key).toBe('definition-cyber-crime');
    const passages = results.groups.find((group) => group.id === 'passage')?.results ?? [];
    expect(passages.map((result) => result.exact)).toEqual(['cyber-crime', 'cyber-crime']);
  });

  it('finds "Money-laundering" for "money laundering"', () => {
    expect(first('money laundering')).toMatchObject({
      key: 'definition-money-laundering',
      score: [MATCH_TIERS.exactName, 0, 15],
    });
  });

  it('finds the UN Office on Drugs and Crime for "unodc", by its alias', () => {
    const results = rankResults(index, 'unodc');
    const names = results.groups.find((group) => group.id === 'name');
    expect(names?.results[0]).toMatchObject({
      key: 'definition-unodc',
      title: { text: 'UN Office on Drugs and Crime', mark: null },
      detail: { label: 'Also called', text: { text: 'UNODC', mark: { start: 0, end: 5 } } },
    });
  });

  it('finds the Convention for "palermo"', () => {
    expect(first('Palermo')).toMatchObject({
      key: 'definition-untoc',
      group: 'instrument',
      target: { type: 'definition', id: 'untoc' },
    });
  });

  it('finds paragraph 5 for "shared responsibility"', () => {
    expect(keys(rankResults(index, 'shared responsibility'))).toEqual(['passage-p5']);
  });

  it('finds the term itself first for "organized criminal group"', () => {
    expect(first('organized criminal group')).toMatchObject({
      key: 'definition-organized-criminal-group',
      score: [MATCH_TIERS.exactName, 0, 22],
    });
  });

  it.each([
    ['SDG', 'definition-sdgs'],
    ['SDGs', 'definition-sdgs'],
    ['sdgs', 'definition-sdgs'],
    ['2030', 'definition-sdgs'],
    ['Sustainable Development Goals', 'definition-sdgs'],
    ['16.4', 'definition-sdg-16-4'],
    ['target 16.4', 'definition-sdg-16-4'],
    ['SDG target 16.4', 'definition-sdg-16-4'],
    ['15.c', 'definition-sdg-15-c'],
  ])('finds the SDGs: "%s" → %s first', (query, key) => {
    const results = rankResults(index, query);
    expect(keys(results)[0]).toBe(key);
    expect(results.groups[0]?.id).toBe('goal');
  });

  it('opens the SDG target card from its result', () => {
    expect(first('16.4')).toMatchObject({
      title: { text: 'SDG target 16.4' },
      target: { type: 'definition', id: 'sdg-16-4' },
    });
    expect(first('2030')?.title.text).toBe('Sustainable Development Goals (2030 Agenda)');
  });

  it('puts a name match before a text match in the same group', () => {
    const instruments = rankResults(index, 'convention').groups.find(
      (group) => group.id === 'instrument',
    );
    const tiers = instruments?.results.map((result) => result.score[0] ?? Infinity) ?? [];
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(instruments?.results[0]?.key).toBe('definition-cybercrime-convention');
  });
});
