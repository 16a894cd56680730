import { collectSources, type SourcePlace } from '../../data/collect-sources';
import { ENTITIES_FILE } from '../../data/entities-query';
import {
  CONTEXT_NOTES_FILE,
  CRIME_CATEGORIES_FILE,
  INSTRUMENTS_FILE,
  MDGS_FILE,
  TERMS_FILE,
} from '../../data/reference-queries';
import { SDGS_FILE } from '../../data/sdgs-query';
import { COMPARISONS_FILE } from '../../data/comparisons-query';
import type { ComparisonsFile } from '../../data/schemas/comparisons';
import { compareHref } from '../../ui/compare/compare-href';
import { sdgTargetId } from '../../data/sdg-ids';
import type { SdgsFile } from '../../data/schemas/sdgs';
import type { EntitiesFile } from '../../data/schemas/entities';
import type {
  CitedDocument,
  DocumentCopy,
  DocumentKind,
  DocumentsFile,
} from '../../data/schemas/documents';
import type {
  ContextNotesFile,
  CrimeCategoriesFile,
  InstrumentsFile,
  MdgsFile,
  TermsFile,
} from '../../data/schemas/reference';
import type { TimelineFile } from '../../data/schemas/timeline';
import { TIMELINE_FILE, timelineAnchor } from '../../data/timeline-query';

/*
 * The bibliography of the "How we check facts" page, built from the data alone: every document in
 * documents.json once, in groups by kind, each with the copies it was read in and the cards that
 * cite it. Pure, so the page and its test read the same answer from the same files.
 */

/** The groups, in the order the page shows them; every document kind belongs to exactly one. */
export const bibliographyGroups = [
  { id: 'treaties', heading: 'Treaties', kinds: ['treaty'] },
  { id: 'resolutions', heading: 'Resolutions', kinds: ['resolution'] },
  { id: 'reports', heading: 'Reports', kinds: ['report'] },
  { id: 'press-releases', heading: 'Press releases', kinds: ['press-release'] },
  { id: 'news', heading: 'News', kinds: ['news'] },
  { id: 'web-pages', heading: 'UN web pages', kinds: ['web-page'] },
  { id: 'secondary', heading: 'Secondary sources', kinds: ['secondary'] },
] as const satisfies readonly { id: string; heading: string; kinds: readonly DocumentKind[] }[];

export type BibliographyGroupId = (typeof bibliographyGroups)[number]['id'];

/** Where a citation is shown: a card of the explorer (or a context note beside the text). */
export type CardLink = {
  /** Stable and unique per card, for de-duplication and React keys. */
  key: string;
  label: string;
  /** Relative to the explorer: `./?open=untoc`, `./#paragraph-4`. Undefined: nowhere to link. */
  href: string | undefined;
};

export type BibliographyEntry = {
  doc: CitedDocument;
  /** The reproductions the document's facts were read in, each once, in the order first cited. */
  readIn: DocumentCopy[];
  /** The cards that cite the document, each once, in the order first cited. */
  citedIn: CardLink[];
};

export type BibliographyGroup = {
  id: BibliographyGroupId;
  heading: string;
  entries: BibliographyEntry[];
};

/** The loaded (validated) data files whose citations the bibliography collects. */
export type CitingFiles = {
  entities: EntitiesFile;
  instruments: InstrumentsFile;
  terms: TermsFile;
  crimes: CrimeCategoriesFile;
  mdgs: MdgsFile;
  sdgs: SdgsFile;
  notes: ContextNotesFile;
  timeline: TimelineFile;
  comparisons: ComparisonsFile;
};

export type Bibliography = {
  groups: BibliographyGroup[];
  /** Citations whose card could not be named: none in good data; the test holds it to that. */
  unplaced: SourcePlace[];
};

export function buildBibliography(documents: DocumentsFile, files: CitingFiles): Bibliography {
  const cards = indexCards(files);
  const trees: [string, unknown][] = [
    [ENTITIES_FILE, files.entities],
    [INSTRUMENTS_FILE, files.instruments],
    [TERMS_FILE, files.terms],
    [CRIME_CATEGORIES_FILE, files.crimes],
    [MDGS_FILE, files.mdgs],
    [SDGS_FILE, files.sdgs],
    [CONTEXT_NOTES_FILE, files.notes],
    [TIMELINE_FILE, files.timeline],
    [COMPARISONS_FILE, files.comparisons],
  ];
  const copies = new Map(documents.copies.map((copy) => [copy.id, copy]));
  const readIn = new Map<string, Map<string, DocumentCopy>>();
  const citedIn = new Map<string, Map<string, CardLink>>();
  const unplaced: SourcePlace[] = [];

  for (const [file, tree] of trees) {
    for (const place of collectSources(file, tree)) {
      const { doc, readIn: copyId } = place.source;
      const copy = copyId === undefined ? undefined : copies.get(copyId);
      if (copy) addOnce(readIn, doc, copy.id, copy);
      const found = cardsFor(place, tree, cards, files.crimes);
      if (found.length === 0) unplaced.push(place);
      for (const card of found) addOnce(citedIn, doc, card.key, card);
    }
  }

  const entries = documents.documents.map((doc): BibliographyEntry => ({
    doc,
    readIn: [...(readIn.get(doc.id)?.values() ?? [])],
    citedIn: [...(citedIn.get(doc.id)?.values() ?? [])],
  }));
  const groups = bibliographyGroups.map((group): BibliographyGroup => ({
    id: group.id,
    heading: group.heading,
    entries: entries
      .filter((entry) => (group.kinds as readonly DocumentKind[]).includes(entry.doc.kind))
      .sort(byDateThenTitle),
  }));
  return { groups, unplaced };
}

/** "Treaties (9)": the group's heading with its count. */
export const groupHeading = (group: BibliographyGroup) =>
  `${group.heading} (${group.entries.length})`;

/** The publisher's host as the method lists it; any other address by its own host. */

/**
 * Oldest first; a date known only to the year or month sorts before the days within it (ISO
 * strings compare that way), and an undated document (a live status page) comes last.
 */
export function byDateThenTitle(a: BibliographyEntry, b: BibliographyEntry): number {
  const dateA = a.doc.date;
  const dateB = b.doc.date;
  if (dateA !== dateB) {
    if (dateA === undefined) return 1;
    if (dateB === undefined) return -1;
    return dateA < dateB ? -1 : 1;
  }
  return a.doc.title.localeCompare(b.doc.title, 'en');
}

function addOnce<T>(map: Map<string, Map<string, T>>, group: string, key: string, value: T) {
  const inner = map.get(group) ?? new Map<string, T>();
  map.set(group, inner);
  if (!inner.has(key)) inner.set(key, value);
}

const openHref = (id: string) => `./?open=${encodeURIComponent(id)}`;

/**
 * Every card a citation can be shown in, by the id the data gives its record. A crime category or
 * treaty is also an entity of the article: one card, under the article's name for it, as the
 * explorer's own definition view names it.
 */
export function indexCards(files: CitingFiles): Map<string, CardLink> {
  const cards = new Map<string, CardLink>();
  const entityName = new Map(files.entities.entities.map((entity) => [entity.id, entity.name]));
  const add = (id: string, label: string, href: string) => {
    if (!cards.has(id)) cards.set(id, { key: id, label, href });
  };
  for (const category of files.crimes.categories)
    add(category.id, entityName.get(category.id) ?? category.name, openHref(category.id));
  for (const instrument of files.instruments.instruments)
    add(
      instrument.id,
      entityName.get(instrument.id) ?? instrument.shortName,
      openHref(instrument.id),
    );
  for (const term of files.terms.terms) add(term.id, term.term, openHref(term.id));
  for (const goal of files.mdgs.goals)
    add(goal.id, `Goal ${goal.number}: ${goal.title}`, openHref(goal.id));
  add(files.mdgs.id, 'Millennium Development Goals', openHref(files.mdgs.id));
  add(files.sdgs.id, '2030 Agenda for Sustainable Development', openHref(files.sdgs.id));
  for (const entity of files.entities.entities) add(entity.id, entity.name, openHref(entity.id));
  for (const note of files.notes.notes) {
    const paragraph = /\d+/.exec(note.anchor.paragraph)?.[0];
    add(note.id, note.title, paragraph ? `./#paragraph-${paragraph}` : './');
  }
  for (const event of files.timeline.events)
    add(event.id, `The timeline: ${event.label}`, `./#${timelineAnchor(event.id)}`);
  // A provision quoted in a comparison is shown in that comparison's table, on the compare page.
  for (const comparison of files.comparisons.comparisons) {
    add(
      comparison.id,
      `Compared side by side: ${comparison.title}`,
      compareHref(comparison.columns.map((column) => column.item)),
    );
    const card = cards.get(comparison.id)!;
    for (const id of provisionsOf(comparison)) if (!cards.has(id)) cards.set(id, card);
  }
  // The key is the data's record id ("sdg-16.4"); the card the explorer opens is "sdg-16-4".
  for (const target of files.crimes.sdgTargets) {
    const key = `sdg-${target.target}`;
    cards.set(key, {
      key,
      label: `SDG target ${target.target}`,
      href: openHref(sdgTargetId(target.target)),
    });
  }
  return cards;
}

/**
 * The card a citation is shown in: the nearest record on its path that is a card. The path is
 * walked rather than trusting `owner` alone, because a record inside a card may carry an id of its
 * own that is no card (a treaty's UN Treaty Collection chapter, "XVIII-12").
 */
function cardsFor(
  place: SourcePlace,
  tree: unknown,
  cards: Map<string, CardLink>,
  crimes: CrimeCategoriesFile,
): CardLink[] {
  const candidates = [place.owner, ...ownersAlong(tree, place.path).reverse()];
  for (const id of candidates) {
    const card = id === undefined ? undefined : cards.get(id);
    if (card) return [card];
  }
  // The 2030 Agenda's own sources sit once at the top of crime-categories.json; the explorer
  // shows them in every crime category that lists successor SDG targets.
  if (place.file === CRIME_CATEGORIES_FILE && place.path.startsWith('$.sdgAgenda')) {
    return crimes.categories
      .filter((category) => category.sdgTargets.length > 0)
      .flatMap((category) => cards.get(category.id) ?? []);
  }
  return [];
}

/** The ids of the records along a JSON path (`$.instruments[2].untcChapter.source`), outermost first. */
export function ownersAlong(tree: unknown, path: string): string[] {
  const ids: string[] = [];
  let node: unknown = tree;
  const steps = [...path.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)];
  for (const [, key, index] of steps) {
    if (node === null || typeof node !== 'object') break;
    const record = node as Record<string, unknown>;
    if (typeof record.id === 'string') ids.push(record.id);
    else if (typeof record.target === 'string' && 'wording' in record)
      ids.push(`sdg-${record.target}`);
    node = key !== undefined ? record[key] : (node as unknown[])[Number(index)];
  }
  return ids;
}

/** The provisions a comparison's cells quote, rest on or cite as where a crime is defined. */
function provisionsOf(comparison: ComparisonsFile['comparisons'][number]): Set<string> {
  const ids = new Set<string>();
  for (const row of comparison.rows)
    for (const cell of row.cells) {
      for (const quote of cell.quotes ?? []) ids.add(quote.provision);
      for (const id of cell.reading?.restsOn ?? []) ids.add(id);
      for (const id of cell.definedIn ?? []) ids.add(id);
    }
  return ids;
}
