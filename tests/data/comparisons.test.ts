// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkComparisonQuotes } from '../../src/data/comparisons-query';
import { comparisonsFileSchema } from '../../src/data/schemas/comparisons';
import { documentsFileSchema } from '../../src/data/schemas/documents';
import {
  crimeCategoriesFileSchema,
  instrumentsFileSchema,
  termsFileSchema,
} from '../../src/data/schemas/reference';

/*
 * comparisons.json against the treaty text it quotes: every quoted cell is word for word in the
 * provision it cites, and that provision's text is the one read in the copy it names (the
 * fixtures); every cell that is not a quotation says so and cites the articles it rests on.
 */

const root = process.cwd();
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const file = comparisonsFileSchema.parse(readJson('public/data/comparisons.json'));
const terms = termsFileSchema.parse(readJson('public/data/terms.json'));
const crimes = crimeCategoriesFileSchema.parse(readJson('public/data/crime-categories.json'));
const { instruments } = instrumentsFileSchema.parse(readJson('public/data/instruments.json'));
const documents = documentsFileSchema.parse(readJson('public/data/documents.json'));
type Fixture = { provisions: { provision: string; readAt: string[]; text: string }[] };
const provisionsFixture = readJson('tests/fixtures/verbatim-provisions.json') as Fixture;
type DefinitionsFixture = { definitions: { term: string; text: string }[] };
const definitionsFixture = readJson(
  'tests/fixtures/verbatim-definitions.json',
) as DefinitionsFixture;

const provisions = new Map(file.provisions.map((p) => [p.id, p]));
/** The stored treaty text of a provision: the verified fixture, never the data file itself. */
const storedText = (id: string): string | undefined => {
  const provision = provisions.get(id);
  if (provision?.term)
    return definitionsFixture.definitions.find((d) => d.term === provision.term)?.text;
  return provisionsFixture.provisions.find((p) => p.provision === id)?.text;
};
const cells = file.comparisons.flatMap((comparison) =>
  comparison.rows.flatMap((row) =>
    row.cells.map((cell, column) => ({
      comparison,
      row,
      cell,
      column: comparison.columns[column]!,
      where: `${comparison.id} / ${row.id} / ${comparison.columns[column]!.item}`,
    })),
  ),
);

describe('comparisons.json', () => {
  it('quotes every cell word for word from the stored text of the provision it cites', () => {
    const quotes = cells.flatMap(({ cell, where }) =>
      (cell.quotes ?? []).map((quote) => ({ ...quote, where })),
    );
    expect(quotes.length).toBeGreaterThan(10);
    for (const quote of quotes) {
      const text = storedText(quote.provision);
      expect(text, `${quote.where}: stored text of ${quote.provision}`).toBeDefined();
      expect(text!.includes(quote.exact), `${quote.where}: “${quote.exact}”`).toBe(true);
    }
    expect(checkComparisonQuotes(file, terms)).toBeNull();
  });

  it('holds each provision’s text exactly as read in the copies its sources name', () => {
    for (const provision of file.provisions) {
      if (provision.term) {
        const term = terms.terms.find((t) => t.id === provision.term);
        expect(term?.instrument, provision.id).toBe(provision.instrument);
        expect(term?.pinpoint, provision.id).toBe(provision.pinpoint);
        continue;
      }
      const read = provisionsFixture.provisions.find((p) => p.provision === provision.id);
      expect(read, provision.id).toBeDefined();
      expect(provision.text).toBe(read!.text);
      const copyUrls = (provision.sources ?? []).map(
        (source) => documents.copies.find((copy) => copy.id === source.readIn)?.url,
      );
      expect(copyUrls, provision.id).toEqual(read!.readAt);
      for (const source of provision.sources ?? []) {
        expect(source.doc, provision.id).toBe(provision.instrument);
        expect(source.pinpoint, provision.id).toBe(provision.pinpoint);
      }
    }
  });

  it('fails a quote that is not in its provision, whichever file holds the text', () => {
    const raw = readJson('public/data/comparisons.json') as {
      comparisons: { rows: { cells: { quotes?: { exact: string }[] }[] }[] }[];
    };
    const own = structuredClone(raw);
    own.comparisons[0]!.rows[3]!.cells[0]!.quotes![0]!.exact = 'consent shall be relevant';
    expect(comparisonsFileSchema.safeParse(own).success).toBe(false);
    const inTerms = structuredClone(file);
    inTerms.comparisons[0]!.rows[0]!.cells[0]!.quotes![0]!.exact = 'the recruitment of migrants';
    expect(checkComparisonQuotes(inTerms, terms)).toMatch(/is not in the text of tip-art-3a/);
  });

  it('marks every cell that is not a quotation as our reading, citing the articles it rests on', () => {
    for (const { cell, where } of cells) {
      if (cell.reading) {
        expect(cell.reading.restsOn.length, where).toBeGreaterThan(0);
        for (const id of cell.reading.restsOn) expect(provisions.has(id), where).toBe(true);
      } else {
        expect((cell.quotes?.length ?? 0) > 0 || !!cell.definedIn, where).toBe(true);
      }
    }
  });

  it('cites in each column only the instrument that defines its crime category', () => {
    const instrumentOf = (crime: string) => {
      const category = crimes.categories.find((c) => c.id === crime)!;
      expect(category.definition.kind, crime).toBe('treaty');
      const term = terms.terms.find(
        (t) => category.definition.kind === 'treaty' && t.id === category.definition.term,
      );
      return term!.instrument;
    };
    for (const { cell, column, where } of cells) {
      const cited = [
        ...(cell.quotes ?? []).map((q) => q.provision),
        ...(cell.reading?.restsOn ?? []),
        ...(cell.definedIn ?? []),
      ];
      for (const id of cited)
        expect(provisions.get(id)?.instrument, where).toBe(instrumentOf(column.item));
    }
    expect(instruments.map((i) => i.id)).toEqual(
      expect.arrayContaining(file.provisions.map((p) => p.instrument)),
    );
  });

  it('compares trafficking and smuggling element by element, as issue 12 asks', () => {
    const table = file.comparisons.find((c) => c.id === 'trafficking-vs-smuggling')!;
    expect(table.columns.map((c) => c.item)).toEqual([
      'trafficking-in-persons',
      'smuggling-of-migrants',
    ]);
    expect(table.rows.map((r) => r.id)).toEqual([
      'act',
      'means',
      'purpose',
      'consent',
      'border',
      'harmed',
      'defined',
    ]);
    const defined = table.rows.find((r) => r.id === 'defined')!;
    expect(defined.cells.map((c) => c.definedIn?.[0])).toEqual(['tip-art-3a', 'som-art-3a']);
  });
});
