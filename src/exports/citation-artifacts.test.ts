// @vitest-environment node
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ARTICLE_CITATION_ID,
  definitionCitationId,
  resolutionCitationId,
  treatyArticleCitationId,
} from '../data/citation-ids';
import { documentsFileSchema } from '../data/schemas/documents';
import { citationsFileSchema, type CitationsFile } from '../data/schemas/citations';
import { instrumentsFileSchema, mdgsFileSchema, termsFileSchema } from '../data/schemas/reference';
import type { Artifact } from './artifacts';
import { citationArtifacts } from './citation-artifacts';
import { cite } from './citation-library';
import { parseRis } from './ris-lines';

const read = (file: string) => JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));
const { instruments } = instrumentsFileSchema.parse(read('instruments.json'));
const { terms } = termsFileSchema.parse(read('terms.json'));
const { documents } = documentsFileSchema.parse(read('documents.json'));
const mdgs = mdgsFileSchema.parse(read('mdgs.json'));
/** A card offers a resolution's citation where the bibliography has its record. */
const recorded = (symbol: string) =>
  documents.some((doc) => doc.kind === 'resolution' && doc.symbol === symbol);

let artifacts: Artifact[];
let file: CitationsFile;
const body = (path: string) => {
  const artifact = artifacts.find((candidate) => candidate.path === path);
  if (!artifact) throw new Error(`no file ${path}`);
  return artifact.body;
};

beforeAll(async () => {
  artifacts = await citationArtifacts(read);
  file = citationsFileSchema.parse(JSON.parse(body('data/v1/citations.json')));
});

describe('citations.json', () => {
  it('has an entry for every item a card offers to cite, on that card', () => {
    const entry = (id: string) => file.citations.find((candidate) => candidate.id === id);
    const expected: [id: string, card: string][] = [[ARTICLE_CITATION_ID, 'article']];
    for (const instrument of instruments) {
      for (const { article } of instrument.keyArticles)
        expected.push([treatyArticleCitationId(instrument.id, article), instrument.id]);
      const symbol = instrument.adoption?.resolution?.symbol;
      if (symbol && recorded(symbol)) expected.push([resolutionCitationId(symbol), instrument.id]);
    }
    expect(recorded(mdgs.declaration.symbol)).toBe(true);
    expected.push([resolutionCitationId(mdgs.declaration.symbol), 'mdgs']);
    for (const term of terms) expected.push([definitionCitationId(term.id), term.id]);

    for (const [id, card] of expected) {
      expect(entry(id), id).toBeDefined();
      expect(entry(id)!.cards, id).toContain(card);
    }
    expect(file.citations).toHaveLength(new Set(expected.map(([id]) => id)).size);
  });

  it('offers no citation of the resolution that the bibliography has no record of', () => {
    const cybercrime = instruments.find((instrument) => instrument.id === 'cybercrime-convention');
    const symbol = cybercrime?.adoption?.resolution?.symbol;
    expect(symbol).toBe('A/RES/79/243');
    expect(file.citations.map((entry) => entry.id)).not.toContain(resolutionCitationId(symbol!));
  });

  it('names the styles with their editions', () => {
    expect(file.styles).toEqual({
      apa: 'APA Style 7th edition',
      chicago: 'Chicago Manual of Style 17th edition (full note)',
      mla: 'Modern Language Association 9th edition',
    });
  });

  it('links no resolution: none of their addresses could be verified', () => {
    for (const entry of file.citations.filter((candidate) => candidate.kind === 'resolution')) {
      const [record] = JSON.parse(body(entry.downloads.cslJson)) as { URL?: string }[];
      expect(record?.URL, entry.id).toBeUndefined();
      expect(entry.apa.text).not.toMatch(/https?:/);
    }
  });
});

describe('the downloads', () => {
  it('parse back: BibTeX through citation-js, to the same title, date and address', () => {
    for (const entry of file.citations) {
      const [record] = JSON.parse(body(entry.downloads.cslJson)) as Record<string, unknown>[];
      const parsed = cite(body(entry.downloads.bibtex) as never).format('data', {
        format: 'object',
      }) as unknown as Record<string, unknown>[];
      expect(parsed, entry.id).toHaveLength(1);
      expect(parsed[0]!['citation-key']).toBe(entry.id.replace(/-/g, '_'));
      expect(parsed[0]!.title).toBe(record!.title);
      expect(parsed[0]!.issued).toEqual(record!.issued);
      expect(parsed[0]!.URL).toBe(record!.URL);
    }
  });

  it('parse back: RIS, one record per file, each value on one line', () => {
    for (const entry of file.citations) {
      const [record] = JSON.parse(body(entry.downloads.cslJson)) as Record<string, unknown>[];
      const ris = parseRis(body(entry.downloads.ris));
      expect(ris, entry.id).toHaveLength(1);
      expect(ris[0]!.TI).toEqual([record!.title]);
      expect(ris[0]!.ID).toBeUndefined();
      if (record!.URL) expect(ris[0]!.UR).toEqual([record!.URL]);
    }
  });

  it('hold CSL-JSON items with the variables and types CSL defines', () => {
    const types = new Set(['article-newspaper', 'treaty', 'document']);
    for (const entry of file.citations) {
      const items = JSON.parse(body(entry.downloads.cslJson)) as Record<string, unknown>[];
      expect(items).toHaveLength(1);
      const [item] = items;
      expect(item!.id).toBe(entry.id);
      expect(types.has(item!.type as string), `${entry.id}: ${String(item!.type)}`).toBe(true);
      expect(typeof item!.title).toBe('string');
      expect(item!.issued).toMatchObject({ 'date-parts': [expect.any(Array)] });
      const [parts] = (item!.issued as { 'date-parts': number[][] })['date-parts'];
      expect(parts!.every(Number.isInteger)).toBe(true);
    }
  });

  it('gather every item in one file of each format', () => {
    const count = file.citations.length;
    expect(JSON.parse(body('data/v1/citations.csl.json'))).toHaveLength(count);
    expect(parseRis(body('data/v1/citations.ris'))).toHaveLength(count);
    const keys = body('data/v1/citations.bib').match(/^@\w+\{[^,]+,/gm) ?? [];
    expect(new Set(keys).size).toBe(count);
  });

  it('are written for every entry, and only those', () => {
    const paths = new Set(artifacts.map((artifact) => artifact.path));
    for (const entry of file.citations)
      for (const path of Object.values(entry.downloads)) expect(paths.has(path), path).toBe(true);
    expect(paths.size).toBe(file.citations.length * 3 + 4);
  });
});
