// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSources } from '../../data/collect-sources';
import type { DocumentsFile } from '../../data/schemas/documents';
import { bibliographyGroups, buildBibliography, type CitingFiles } from './build-bibliography';

/*
 * The bibliography against the real files in public/data, as the page builds it. The files are
 * read as they are (their schemas are the data tests' business): the builder only reads fields
 * every version of them carries.
 */

const dataDir = join(process.cwd(), 'public', 'data');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;

const documents = read<DocumentsFile>('documents.json');
const files: CitingFiles = {
  entities: read('entities.json'),
  instruments: read('instruments.json'),
  terms: read('terms.json'),
  crimes: read('crime-categories.json'),
  mdgs: read('mdgs.json'),
  sdgs: read('sdgs.json'),
  notes: read('context-notes.json'),
  timeline: read('timeline.json'),
  comparisons: read('comparisons.json'),
};
const { groups, unplaced } = buildBibliography(documents, files);
const entries = groups.flatMap((group) => group.entries);
const entryFor = (id: string) => {
  const entry = entries.find((candidate) => candidate.doc.id === id);
  expect(entry, `the bibliography lists ${id}`).toBeDefined();
  return entry!;
};

/** Every citation in the files the page reads, with the file it is in. */
const places = [
  ['entities.json', files.entities],
  ['instruments.json', files.instruments],
  ['terms.json', files.terms],
  ['crime-categories.json', files.crimes],
  ['mdgs.json', files.mdgs],
  ['sdgs.json', files.sdgs],
  ['context-notes.json', files.notes],
  ['timeline.json', files.timeline],
  ['comparisons.json', files.comparisons],
].flatMap(([file, tree]) => collectSources(file as string, tree));

describe('buildBibliography', () => {
  it('lists every document of documents.json exactly once', () => {
    const listed = entries.map((entry) => entry.doc.id).sort();
    expect(listed).toEqual(documents.documents.map((doc) => doc.id).sort());
  });

  it('groups the documents in the stated order, each by its kind', () => {
    expect(groups.map((group) => group.heading)).toEqual([
      'Treaties',
      'Resolutions',
      'Reports',
      'Press releases',
      'News',
      'UN web pages',
      'Secondary sources',
    ]);
    const groupOf: Record<string, string> = {
      treaty: 'Treaties',
      resolution: 'Resolutions',
      report: 'Reports',
      'press-release': 'Press releases',
      news: 'News',
      'web-page': 'UN web pages',
      secondary: 'Secondary sources',
    };
    for (const group of groups)
      for (const entry of group.entries)
        expect(groupOf[entry.doc.kind], entry.doc.id).toBe(group.heading);
    // The kinds and the groups stay in step: a new kind needs a group before it can be listed.
    expect(bibliographyGroups.flatMap((group) => group.kinds).sort()).toEqual(
      Object.keys(groupOf).sort(),
    );
  });

  it('sorts each group by date, then title, with undated documents last', () => {
    for (const group of groups) {
      const keys = group.entries.map(({ doc }) => [doc.date ?? '\uffff', doc.title] as const);
      const sorted = [...keys].sort(
        ([dateA, titleA], [dateB, titleB]) =>
          (dateA < dateB ? -1 : dateA > dateB ? 1 : 0) || titleA.localeCompare(titleB, 'en'),
      );
      expect(keys, group.heading).toEqual(sorted);
    }
  });

  it('gives every entry either a link to its publisher’s copy or the reason it has none', () => {
    const bare = entries
      .filter(({ doc }) => !doc.url?.match(/^https?:\/\//) && !doc.unlinked?.trim())
      .map(({ doc }) => doc.id);
    expect(bare).toEqual([]);
  });

  it('places every citation in a card, and every document in at least one', () => {
    expect(unplaced.map((place) => `${place.file} ${place.path}`)).toEqual([]);
    expect(entries.filter((entry) => entry.citedIn.length === 0).map((e) => e.doc.id)).toEqual([]);
  });

  it('lists the firearms-protocol card under every document that card cites', () => {
    const cited = new Set(
      places.filter((place) => place.owner === 'firearms-protocol').map((p) => p.source.doc),
    );
    expect(cited.size).toBeGreaterThan(0);
    for (const id of cited) {
      expect(entryFor(id).citedIn, id).toContainEqual({
        key: 'firearms-protocol',
        label: 'Firearms Protocol',
        href: './?open=firearms-protocol',
      });
    }
  });

  it('names a treaty’s card, not its Treaty Collection chapter, for the chapter’s source', () => {
    for (const instrument of files.instruments.instruments) {
      if (!instrument.untcChapter) continue;
      const { citedIn } = entryFor(instrument.untcChapter.source.doc);
      expect(citedIn.map((card) => card.key)).toContain(instrument.id);
      expect(citedIn.map((card) => card.key)).not.toContain(instrument.untcChapter.id);
    }
  });

  it('links a context note to its paragraph, and an SDG target to its own card', () => {
    for (const note of files.notes.notes) {
      const card = entryFor(note.sources[0]!.doc).citedIn.find((c) => c.key === note.id);
      expect(card, note.id).toEqual({
        key: note.id,
        label: note.title,
        href: `./#paragraph-${note.anchor.paragraph.replace(/^p/, '')}`,
      });
    }
    for (const target of files.crimes.sdgTargets) {
      const card = entryFor(target.sources[0]!.doc).citedIn.find(
        (c) => c.label === `SDG target ${target.target}`,
      );
      expect(card?.href, target.target).toBe(`./?open=sdg-${target.target.replace('.', '-')}`);
    }
  });

  it('links every card to an id the explorer opens, a paragraph of the article or a timeline event', () => {
    const ids = new Set([
      ...files.entities.entities.map((entity) => entity.id),
      ...files.instruments.instruments.map((instrument) => instrument.id),
      ...files.terms.terms.map((term) => term.id),
      ...files.crimes.categories.map((category) => category.id),
      ...files.mdgs.goals.map((goal) => goal.id),
      files.mdgs.id,
      files.sdgs.id,
      ...files.crimes.sdgTargets.map((target) => `sdg-${target.target.replace('.', '-')}`),
    ]);
    for (const { doc, citedIn } of entries) {
      for (const card of citedIn) {
        const open = /^\.\/\?open=(.+)$/.exec(card.href ?? '')?.[1];
        if (open) expect(ids.has(decodeURIComponent(open)), `${doc.id}: ${card.href}`).toBe(true);
        else if (card.href?.startsWith('/compare.html?items='))
          expect(
            files.comparisons.comparisons.map(
              (comparison) =>
                `/compare.html?items=${comparison.columns.map((column) => column.item).join(',')}`,
            ),
            doc.id,
          ).toContain(card.href);
        else if (card.href?.startsWith('./#timeline-'))
          expect(
            files.timeline.events.map((event) => `./#timeline-${event.id}`),
            doc.id,
          ).toContain(card.href);
        else expect(card.href, doc.id).toMatch(/^\.\/#paragraph-[1-6]$/);
      }
    }
  });

  it('lists exactly the copies each document was read in, each once', () => {
    for (const entry of entries) {
      const expected = new Set(
        places
          .filter((place) => place.source.doc === entry.doc.id && place.source.readIn)
          .map((place) => place.source.readIn),
      );
      const listed = entry.readIn.map((copy) => copy.id);
      expect(new Set(listed).size, entry.doc.id).toBe(listed.length);
      expect(new Set(listed), entry.doc.id).toEqual(expected);
    }
    expect(entryFor('firearms-protocol').readIn.length).toBeGreaterThan(0);
  });

  it('misses no citation by leaving out article.json, which cites none', () => {
    expect(collectSources('article.json', read('article.json'))).toEqual([]);
  });
});
