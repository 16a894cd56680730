// @vitest-environment node
// Pure data checks: no DOM needed, and Node's own URL/fs must be used to read files from disk.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceSchema, type Source } from '../../src/data/schemas/common';
import {
  contextNotesFileSchema,
  crimeCategoriesFileSchema,
  crimeCategoryIds,
  instrumentsFileSchema,
  mdgIds,
  mdgsFileSchema,
  termsFileSchema,
  type ParagraphId,
} from '../../src/data/schemas/reference';

/* ------------------------------------------------------------------------------------------------
 * Loading
 * --------------------------------------------------------------------------------------------- */

const repoFile = (relative: string): string =>
  fileURLToPath(new URL(`../../${relative}`, import.meta.url).href);
const readText = (relative: string): string => readFileSync(repoFile(relative), 'utf8');
const readJson = (relative: string): unknown => JSON.parse(readText(relative)) as unknown;

const raw = {
  mdgs: readJson('public/data/mdgs.json'),
  instruments: readJson('public/data/instruments.json'),
  terms: readJson('public/data/terms.json'),
  crimes: readJson('public/data/crime-categories.json'),
  notes: readJson('public/data/context-notes.json'),
};

// Parsed once up front: every later test assumes valid files, and the schema test reports why not.
const mdgs = mdgsFileSchema.parse(raw.mdgs);
const instruments = instrumentsFileSchema.parse(raw.instruments);
const terms = termsFileSchema.parse(raw.terms);
const crimes = crimeCategoriesFileSchema.parse(raw.crimes);
const notes = contextNotesFileSchema.parse(raw.notes);

/** Facts.md lives outside the repo; the repo must still pass its tests without it. */
const factsPath = repoFile('../shared/reference/facts.md');
const factsAvailable = existsSync(factsPath);

interface VerbatimFixture {
  definitions: { term: string; factsLabel: string; definedTerm: string; text: string }[];
}
const verbatim = readJson('tests/fixtures/verbatim-definitions.json') as VerbatimFixture;

/* ------------------------------------------------------------------------------------------------
 * Helpers (exported behaviour is tested below so a broken helper cannot pass everything)
 * --------------------------------------------------------------------------------------------- */

const PHOTO_LINE = 'Photo: Raimond Spekking';

/** The six body paragraphs: the non-empty lines after the photo credit, numbered p1–p6. */
function parseArticleParagraphs(text: string): Map<ParagraphId, string> {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === PHOTO_LINE);
  if (start === -1) throw new Error(`"${PHOTO_LINE}" not found in the article fixture`);
  const body = lines.slice(start + 1).filter((line) => line.trim() !== '');
  if (body.length !== 6) throw new Error(`expected 6 body paragraphs, found ${body.length}`);
  const ids: ParagraphId[] = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
  return new Map(ids.map((id, index) => [id, body[index] ?? '']));
}

const paragraphs = parseArticleParagraphs(readText('tests/fixtures/source-article.txt'));

function occursIn(paragraph: ParagraphId, exact: string): boolean {
  return (paragraphs.get(paragraph) ?? '').includes(exact);
}

/** Blockquotes of facts.md that open with a bold label ("> **Art. 2(a)** …"); "> " lines continue. */
function parseFactsBlockquotes(markdown: string): { label: string; text: string }[] {
  const entries: { label: string; lines: string[] }[] = [];
  let current: { label: string; lines: string[] } | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const opening = /^> \*\*(.+?)\*\* (.*)$/.exec(line);
    if (opening) {
      current = { label: opening[1] ?? '', lines: [opening[2] ?? ''] };
      entries.push(current);
    } else if (line.startsWith('> ') && current) {
      current.lines.push(line.slice(2));
    } else {
      current = undefined;
    }
  }
  return entries.map((entry) => ({ label: entry.label, text: entry.lines.join('\n') }));
}

/** Every value in a JSON tree, with its path, so "every fact has a source" can be checked generically. */
function walk(value: unknown, path: string, visit: (value: unknown, path: string) => void): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`, visit);
  }
}

/** Where a Source object may sit: `source`, or an item of `sources` / `titleSources`. */
const SOURCE_PATH = /\.(?:sources|titleSources)\[\d+\]$|\.source$/;
const SOURCE_LIST_PATH = /\.(?:sources|titleSources)$/;

function collectSources(tree: unknown): { path: string; source: Source }[] {
  const found: { path: string; source: Source }[] = [];
  walk(tree, '$', (value, path) => {
    if (SOURCE_PATH.test(path)) found.push({ path, source: sourceSchema.parse(value) });
  });
  return found;
}

const isoDay = 24 * 60 * 60 * 1000;
const toTime = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/* ------------------------------------------------------------------------------------------------
 * Fixtures the rest relies on
 * --------------------------------------------------------------------------------------------- */

describe('article fixture', () => {
  it('has the six body paragraphs after the photo credit, in order', () => {
    expect(paragraphs.get('p1')?.startsWith('Secretary-General Ban Ki-moon today called')).toBe(
      true,
    );
    expect(paragraphs.get('p6')?.startsWith('“Finally I urge you')).toBe(true);
  });

  it('anchor check rejects wording that is not in the named paragraph', () => {
    expect(occursIn('p3', 'health care')).toBe(true);
    expect(occursIn('p4', 'health care')).toBe(false);
    expect(occursIn('p3', 'Health care')).toBe(false);
  });
});

/* ------------------------------------------------------------------------------------------------
 * Schemas
 * --------------------------------------------------------------------------------------------- */

describe('schemas', () => {
  it.each([
    ['mdgs.json', mdgsFileSchema, raw.mdgs],
    ['instruments.json', instrumentsFileSchema, raw.instruments],
    ['terms.json', termsFileSchema, raw.terms],
    ['crime-categories.json', crimeCategoriesFileSchema, raw.crimes],
    ['context-notes.json', contextNotesFileSchema, raw.notes],
  ] as const)('%s passes its schema', (_name, schema, data) => {
    const result = schema.safeParse(data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('rejects a fact without sources, an unknown key and a bad date', () => {
    const note = structuredClone(notes.notes[0]);
    expect(note).toBeDefined();
    const withoutSources = { version: 1, notes: [{ ...note, sources: [] }] };
    expect(contextNotesFileSchema.safeParse(withoutSources).success).toBe(false);
    const withTypo = { version: 1, notes: [{ ...note, sorces: note?.sources }] };
    expect(contextNotesFileSchema.safeParse(withTypo).success).toBe(false);
    const badDate = structuredClone(raw.instruments) as {
      instruments: { adoption?: { date: string } }[];
    };
    const first = badDate.instruments[0];
    if (first?.adoption) first.adoption.date = '2000-11-31';
    expect(instrumentsFileSchema.safeParse(badDate).success).toBe(false);
  });

  it('rejects a term link whose text is not in the definition', () => {
    const term = structuredClone(terms.terms[0]);
    const broken = {
      version: 1,
      terms: [{ ...term, links: [{ exact: 'no such words', term: 'serious-crime' }] }],
    };
    expect(termsFileSchema.safeParse(broken).success).toBe(false);
  });
});

/* ------------------------------------------------------------------------------------------------
 * Sources
 * --------------------------------------------------------------------------------------------- */

describe('sources', () => {
  const all = Object.entries(raw).flatMap(([file, tree]) =>
    collectSources(tree).map((entry) => ({ ...entry, file })),
  );

  it('every file cites sources', () => {
    for (const file of Object.keys(raw))
      expect(all.some((entry) => entry.file === file)).toBe(true);
  });

  it('every "sources" list is non-empty', () => {
    const empty: string[] = [];
    for (const [file, tree] of Object.entries(raw)) {
      walk(tree, '$', (value, path) => {
        if (SOURCE_LIST_PATH.test(path) && (!Array.isArray(value) || value.length === 0))
          empty.push(`${file} ${path}`);
      });
    }
    expect(empty).toEqual([]);
  });

  it('every displayable statement carries a source next to it', () => {
    // Fields that hold a claim shown to readers; each must sit in an object that also has sources.
    const claimKeys = new Set(['text', 'wording', 'explanation', 'title', 'officialTitle']);
    const orphans: string[] = [];
    for (const [file, tree] of Object.entries(raw)) {
      walk(tree, '$', (value, path) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
        if (SOURCE_PATH.test(path)) return;
        const keys = Object.keys(value);
        const hasClaim = keys.some((key) => claimKeys.has(key));
        const hasSource = keys.some((key) => ['source', 'sources', 'titleSources'].includes(key));
        const isTopOrSection = /^\$(?:\.report2015)?$/.test(path);
        const isTreatyDefinitionRef = keys.includes('kind') && keys.includes('term');
        if (hasClaim && !hasSource && !isTopOrSection && !isTreatyDefinitionRef)
          orphans.push(`${file} ${path}`);
      });
    }
    expect(orphans).toEqual([]);
  });
});

/* ------------------------------------------------------------------------------------------------
 * Cross-references
 * --------------------------------------------------------------------------------------------- */

describe('cross-references', () => {
  const instrumentIds = new Set(instruments.instruments.map((instrument) => instrument.id));
  const termIds = new Set(terms.terms.map((term) => term.id));
  const sdgIds = new Set(crimes.sdgTargets.map((target) => target.target));

  it('ids are unique within each file', () => {
    const dupes = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(dupes(instruments.instruments.map((i) => i.id))).toEqual([]);
    expect(dupes(terms.terms.map((t) => t.id))).toEqual([]);
    expect(dupes(crimes.categories.map((c) => c.id))).toEqual([]);
    expect(dupes(notes.notes.map((n) => n.id))).toEqual([]);
    expect(dupes(crimes.sdgTargets.map((t) => t.target))).toEqual([]);
  });

  it('every crime category of the article is described, and no other', () => {
    expect(crimes.categories.map((c) => c.id).sort()).toEqual([...crimeCategoryIds].sort());
  });

  it('the Convention and its three Protocols are all present and the Protocols supplement it', () => {
    for (const id of ['untoc', 'trafficking-protocol', 'smuggling-protocol', 'firearms-protocol']) {
      expect(instrumentIds.has(id as never)).toBe(true);
    }
    for (const instrument of instruments.instruments.filter((i) => i.kind === 'protocol')) {
      expect(instrument.supplements).toBe('untoc');
    }
  });

  it('terms and instruments agree on who defines what', () => {
    for (const term of terms.terms) {
      expect(instrumentIds.has(term.instrument)).toBe(true);
      const owner = instruments.instruments.find((i) => i.id === term.instrument);
      expect(owner?.definesTerms).toContain(term.id);
    }
    for (const instrument of instruments.instruments) {
      for (const termId of instrument.definesTerms) {
        expect(terms.terms.find((t) => t.id === termId)?.instrument).toBe(instrument.id);
      }
    }
  });

  it('every term link points to an existing term', () => {
    for (const term of terms.terms) {
      for (const link of term.links)
        expect(termIds.has(link.term), `${term.id} → ${link.term}`).toBe(true);
    }
  });

  it('crime categories reference existing terms, instruments and SDG targets', () => {
    for (const category of crimes.categories) {
      if (category.definition.kind === 'treaty')
        expect(termIds.has(category.definition.term)).toBe(true);
      for (const termId of category.relatedTerms) expect(termIds.has(termId), termId).toBe(true);
      for (const ref of category.instruments) expect(instrumentIds.has(ref.instrument)).toBe(true);
      for (const ref of category.sdgTargets) expect(sdgIds.has(ref.target), ref.target).toBe(true);
    }
  });

  it('a treaty-defined category has at least one instrument, and the defining one among them', () => {
    for (const category of crimes.categories) {
      if (category.definition.kind !== 'treaty') continue;
      const definingTermId = category.definition.term;
      const definingInstrument = terms.terms.find((t) => t.id === definingTermId)?.instrument;
      expect(category.instruments.map((ref) => ref.instrument)).toContain(definingInstrument);
    }
  });

  it('instrument "addresses" and category "instruments" list the same pairs', () => {
    const fromInstruments = instruments.instruments
      .flatMap((i) => i.addresses.map((a) => `${i.id}|${a.crime}|${a.pinpoint}`))
      .sort();
    const fromCategories = crimes.categories
      .flatMap((c) => c.instruments.map((ref) => `${ref.instrument}|${c.id}|${ref.pinpoint}`))
      .sort();
    expect(fromCategories).toEqual(fromInstruments);
  });

  it('excluded SDG targets are not also used', () => {
    for (const excluded of crimes.excludedSdgTargets)
      expect(sdgIds.has(excluded.target)).toBe(false);
  });

  it('context notes reference existing instruments, goals and targets', () => {
    const targetNumbers = new Set(mdgs.goals.flatMap((g) => g.targets.map((t) => t.number)));
    for (const note of notes.notes) {
      for (const id of note.related?.instruments ?? []) expect(instrumentIds.has(id)).toBe(true);
      for (const id of note.related?.mdgs ?? []) expect(mdgIds).toContain(id);
      for (const number of note.related?.mdgTargets ?? [])
        expect(targetNumbers.has(number), number).toBe(true);
    }
  });
});

/* ------------------------------------------------------------------------------------------------
 * Dates
 * --------------------------------------------------------------------------------------------- */

describe('dates', () => {
  const MILLENNIUM_SUMMIT_CLOSE = '2000-09-08';
  const CONGRESS_OPENING = '2010-04-12';

  it('entry into force follows adoption, and signature opens after adoption', () => {
    for (const instrument of instruments.instruments) {
      const adopted = instrument.adoption?.date;
      if (adopted === undefined) continue;
      if (instrument.entryIntoForce) {
        expect(instrument.entryIntoForce.date > adopted, `${instrument.id} entry into force`).toBe(
          true,
        );
      }
      for (const period of instrument.openingForSignature?.periods ?? []) {
        if (period.from !== undefined)
          expect(period.from > adopted, `${instrument.id} signature`).toBe(true);
        expect(period.to > adopted, `${instrument.id} signature end`).toBe(true);
      }
    }
  });

  it('signature periods run in order', () => {
    for (const instrument of instruments.instruments) {
      const periods = instrument.openingForSignature?.periods ?? [];
      for (let index = 1; index < periods.length; index += 1) {
        expect((periods[index]?.to ?? '') >= (periods[index - 1]?.to ?? ''), instrument.id).toBe(
          true,
        );
      }
    }
  });

  it('the Convention and Protocols were adopted after the Millennium Summit', () => {
    for (const instrument of instruments.instruments.filter((i) => i.role === 'core')) {
      expect((instrument.adoption?.date ?? '') > MILLENNIUM_SUMMIT_CLOSE, instrument.id).toBe(true);
    }
  });

  it('party counts are dated after entry into force', () => {
    for (const instrument of instruments.instruments) {
      for (const count of instrument.parties) {
        if (instrument.entryIntoForce)
          expect(count.asOf > instrument.entryIntoForce.date, instrument.id).toBe(true);
      }
    }
  });

  it('the Millennium Declaration was adopted within the Summit', () => {
    const { adopted, summit } = mdgs.declaration;
    expect(summit.from <= adopted && adopted <= summit.to).toBe(true);
    expect(adopted).toBe(MILLENNIUM_SUMMIT_CLOSE);
  });

  it('supports the "10-year-old" note: the Convention was under ten years old at the Congress', () => {
    const untoc = instruments.instruments.find((i) => i.id === 'untoc');
    const adopted = untoc?.adoption?.date ?? '';
    const ageInDays = (toTime(CONGRESS_OPENING) - toTime(adopted)) / isoDay;
    expect(ageInDays).toBeGreaterThan(9 * 365);
    expect(ageInDays).toBeLessThan(10 * 365);
    expect(
      notes.notes.some(
        (n) => n.related?.instruments?.includes('untoc') && n.anchor.exact.includes('10-year-old'),
      ),
    ).toBe(true);
  });

  it('supports the Protocols note: the Firearms Protocol is younger than the other two', () => {
    const adoption = (id: string) =>
      instruments.instruments.find((i) => i.id === id)?.adoption?.date ?? '';
    expect(adoption('trafficking-protocol')).toBe(adoption('untoc'));
    expect(adoption('smuggling-protocol')).toBe(adoption('untoc'));
    expect(adoption('firearms-protocol') > adoption('untoc')).toBe(true);
  });
});

/* ------------------------------------------------------------------------------------------------
 * Anchors into the article
 * --------------------------------------------------------------------------------------------- */

describe('article anchors', () => {
  it('every MDG article link occurs verbatim in its paragraph', () => {
    const missing = mdgs.goals.flatMap((goal) =>
      goal.articleLinks
        .filter((link) => !occursIn(link.paragraph, link.exact))
        .map((link) => `${goal.id}: ${link.exact}`),
    );
    expect(missing).toEqual([]);
  });

  it('every context-note anchor occurs verbatim in its paragraph', () => {
    const missing = notes.notes
      .filter((n) => !occursIn(n.anchor.paragraph, n.anchor.exact))
      .map((n) => n.id);
    expect(missing).toEqual([]);
  });

  it("every crime category's article wording occurs in the article body", () => {
    const body = [...paragraphs.values()].join('\n');
    const missing = crimes.categories
      .filter((c) => !body.includes(c.articleWording))
      .map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it('links the goals the article names and leaves 3 and 7 without a phrase', () => {
    const linked = (id: string) => mdgs.goals.find((g) => g.id === id)?.articleLinks ?? [];
    for (const id of ['mdg-1', 'mdg-2', 'mdg-4', 'mdg-5']) {
      expect(
        linked(id).some((link) => link.fit === 'direct'),
        id,
      ).toBe(true);
    }
    expect(linked('mdg-3')).toEqual([]);
    expect(linked('mdg-7')).toEqual([]);
    const healthCare = mdgs.goals
      .flatMap((g) => g.articleLinks)
      .filter((link) => link.exact === 'health care');
    expect(healthCare.length).toBeGreaterThan(0);
    expect(healthCare.every((link) => link.fit === 'loose')).toBe(true);
  });
});

/* ------------------------------------------------------------------------------------------------
 * MDG structure
 * --------------------------------------------------------------------------------------------- */

describe('MDGs', () => {
  const targets = mdgs.goals.flatMap((goal) => goal.targets.map((target) => ({ goal, target })));

  it('has the 8 goals, mdg-1 … mdg-8 in order', () => {
    expect(mdgs.goals.map((g) => g.id)).toEqual([...mdgIds]);
    expect(mdgs.goals.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('has 21 targets with unique numbers 1.A … 8.F, each under its own goal', () => {
    const numbers = targets.map(({ target }) => target.number);
    expect(numbers).toHaveLength(21);
    expect(new Set(numbers).size).toBe(21);
    for (const { goal, target } of targets) {
      expect(target.number).toMatch(/^[1-8]\.[A-F]$/);
      expect(target.number.startsWith(`${goal.number}.`), target.number).toBe(true);
    }
    expect(mdgs.framework.revised.targets).toBe(numbers.length);
  });

  it('targets are lettered A, B, C … within each goal', () => {
    for (const goal of mdgs.goals) {
      const letters = goal.targets.map((t) => t.number.split('.')[1]).join('');
      expect(letters).toBe('ABCDEF'.slice(0, goal.targets.length));
    }
  });

  it("every deadline year in a target's wording is recorded as a deadline", () => {
    for (const { target } of targets) {
      const years = [...target.wording.matchAll(/\b(20\d\d)\b/g)].map((match) => Number(match[1]));
      expect(target.deadlines.map((d) => d.year).sort(), target.number).toEqual(
        [...new Set(years)].sort(),
      );
    }
  });

  it('records the targets that were not due in 2015', () => {
    const years = (number: string) =>
      targets.find(({ target }) => target.number === number)?.target.deadlines.map((d) => d.year) ??
      [];
    expect(years('3.A')).toContain(2005);
    expect(years('6.B')).toEqual([2010]);
    expect(years('7.B')).toEqual([2010]);
    expect(years('7.D')).toEqual([2020]);
  });

  it('gives the framework counts: 18 → 21 targets, 48 → 60 indicators', () => {
    expect(mdgs.framework.original).toEqual({ targets: 18, indicators: 48 });
    expect(mdgs.framework.revised).toEqual({ targets: 21, indicators: 60 });
    // The 2005 World Summit added targets on employment, reproductive health, HIV treatment and biodiversity.
    expect(
      targets
        .filter(({ target }) => target.addedInRevision === true)
        .map(({ target }) => target.number),
    ).toEqual(['1.B', '5.B', '6.B', '7.B']);
  });

  it('cites every target wording to the UN Statistics Division’s list, read in a reproduction', () => {
    for (const { target } of targets) {
      const wording = [...target.sources, ...(target.parenthetical?.sources ?? [])];
      for (const source of wording) {
        expect(source.doc, target.number).toBe('mdg-official-list');
        expect(source.readIn, target.number).toBe('mdg-list-reproductions');
      }
    }
  });
});

/* ------------------------------------------------------------------------------------------------
 * Verbatim definitions
 * --------------------------------------------------------------------------------------------- */

describe('verbatim definitions', () => {
  it('the fixture covers exactly the terms in terms.json', () => {
    expect(verbatim.definitions.map((d) => d.term).sort()).toEqual(
      terms.terms.map((t) => t.id).sort(),
    );
  });

  it.each(terms.terms.map((term) => [term.id, term] as const))(
    '%s matches the fixture character for character',
    (id, term) => {
      const expected = verbatim.definitions.find((d) => d.term === id);
      expect(term.text).toBe(expected?.text);
      expect(term.text.startsWith(`"${term.term}"`)).toBe(true);
    },
  );

  it('multi-line definitions keep their line breaks', () => {
    const manufacturing = terms.terms.find((t) => t.id === 'illicit-manufacturing');
    expect(manufacturing?.text.split('\n')).toHaveLength(5);
    expect(manufacturing?.text).toContain('\n(ii) Without a licence');
  });

  it.skipIf(!factsAvailable)('the fixture matches the blockquotes in facts.md', () => {
    const blockquotes = parseFactsBlockquotes(readFileSync(factsPath, 'utf8'));
    for (const definition of verbatim.definitions) {
      const matches = blockquotes.filter(
        (b) =>
          b.label === definition.factsLabel && b.text.startsWith(`"${definition.definedTerm}"`),
      );
      expect(
        matches.map((m) => m.text),
        definition.term,
      ).toEqual([definition.text]);
    }
  });

  it.skipIf(!factsAvailable)(
    'quoted descriptions taken from facts.md appear there verbatim',
    () => {
      const facts = readFileSync(factsPath, 'utf8');
      const fromFacts = ['environmental-crime', 'counterfeiting'];
      for (const id of fromFacts) {
        const definition = crimes.categories.find((c) => c.id === id)?.definition;
        const quoted =
          definition?.kind === 'none'
            ? [definition.description, ...(definition.otherDescriptions ?? [])]
            : [];
        for (const description of quoted) {
          if (description?.quoted)
            expect(
              facts.includes(description.text),
              `${id}: ${description.text.slice(0, 40)}`,
            ).toBe(true);
        }
      }
    },
  );

  it('every term link occurs in its term text', () => {
    for (const term of terms.terms) {
      for (const link of term.links)
        expect(term.text.includes(link.exact), `${term.id}: ${link.exact}`).toBe(true);
    }
  });

  it("links the defined terms used inside the Convention's art. 2(a)", () => {
    const group = terms.terms.find((t) => t.id === 'organized-criminal-group');
    expect(group?.links.map((l) => l.term).sort()).toEqual(['serious-crime', 'structured-group']);
  });
});

/* ------------------------------------------------------------------------------------------------
 * Counts written in prose must agree with the data they summarise
 * --------------------------------------------------------------------------------------------- */

describe('MDG deadlines in prose', () => {
  const allTargets = mdgs.goals.flatMap((goal) => goal.targets);
  const years = (target: (typeof allTargets)[number]) => target.deadlines.map((d) => d.year);
  const setFor = (year: number) =>
    allTargets.filter((t) => years(t).includes(year)).map((t) => t.number);
  const due = {
    2015: setFor(2015),
    2010: setFor(2010),
    2020: setFor(2020),
    none: allTargets.filter((t) => t.deadlines.length === 0).map((t) => t.number),
  };
  const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  const count = (word: string) => words.indexOf(word.toLowerCase()) + 1 || Number(word);
  /** Target numbers written out in a phrase, with "8.A to 8.F" read as the range it names. */
  const targetsIn = (phrase: string) =>
    phrase
      .replace(/(\d)\.([A-F]) to \1\.([A-F])/g, (_, goal: string, from: string, to: string) =>
        'ABCDEF'
          .slice('ABCDEF'.indexOf(from), 'ABCDEF'.indexOf(to) + 1)
          .split('')
          .map((letter) => `${goal}.${letter}`)
          .join(' '),
      )
      .match(/\b\d\.[A-F]\b/g) ?? [];

  it('derives the groups the article’s “all by 2015” is checked against', () => {
    expect(allTargets).toHaveLength(mdgs.framework.revised.targets);
    expect(due[2015].length + due[2010].length + due[2020].length + due.none.length).toBe(
      allTargets.length,
    );
  });

  it('the context note lists exactly the targets the data sets for each year', () => {
    const note = notes.notes.find((n) => n.id === 'not-all-by-2015')!;
    const m = /Only (\w+) of the (\d+) MDG targets were set for 2015 \(([^)]*)\)/.exec(note.text);
    expect(m, note.text).not.toBeNull();
    expect(count(m![1]!)).toBe(due[2015].length);
    expect(Number(m![2])).toBe(allTargets.length);
    expect(targetsIn(m![3]!).sort()).toEqual([...due[2015]].sort());
    const rest = /Targets (.*?) were set for 2010 and (.*?) for 2020; (.*?) had no date/.exec(
      note.text,
    );
    expect(rest, note.text).not.toBeNull();
    expect(targetsIn(rest![1]!).sort()).toEqual([...due[2010]].sort());
    expect(targetsIn(rest![2]!).sort()).toEqual([...due[2020]].sort());
    expect(targetsIn(rest![3]!).sort()).toEqual([...due.none].sort());
  });

  it('the MDGs’ description counts the same groups', () => {
    const entities = readJson('public/data/entities.json') as {
      entities: { id: string; description: string }[];
    };
    const text = entities.entities.find((e) => e.id === 'mdgs')!.description;
    const m =
      /(\d+) targets .*?; (\w+) of the targets were set for 2015, (\w+) for 2010, (\w+) for 2020, and (\w+) had no date/.exec(
        text,
      );
    expect(m, text).not.toBeNull();
    expect(Number(m![1])).toBe(allTargets.length);
    expect([m![2], m![3], m![4], m![5]].map((w) => count(w!))).toEqual([
      due[2015].length,
      due[2010].length,
      due[2020].length,
      due.none.length,
    ]);
  });
});
