import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/exports/csv';
import type { ExportData } from '../../src/exports/export-data';
import { buildMentionsCsv } from '../../src/exports/mentions-csv';
import { dataWithEmoji, realData } from './export-fixtures';
import { parseRfc4180 } from './rfc4180';

/*
 * data/v1/mentions.csv, read back with a strict RFC 4180 reader and compared with article.json
 * and entities.json field by field. Code-point positions are checked on the article with an
 * emoji, where they differ from the UTF-16 offsets.
 */

const BOM = '\uFEFF';

function textOf(data: ExportData, source: string): string {
  if (source === 'headline') return data.article.meta.headline;
  if (source === 'photoCredit') return data.article.meta.photoCredit;
  return data.article.paragraphs.find((paragraph) => paragraph.id === source)!.text;
}

describe.each([
  ['the real data', realData],
  ['the data with an emoji before some mentions', dataWithEmoji],
])('mentions.csv, from %s', (_name, load) => {
  const data = load();
  const csv = buildMentionsCsv(data);

  it('is UTF-8 with a byte-order mark, CRLF line ends and no bare CR or LF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).not.toContain(BOM);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // The byte-order mark is the three bytes EF BB BF once encoded.
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('reads back to one row per mention, field for field as the data has it', () => {
    const [header, ...rows] = parseRfc4180(csv.slice(BOM.length));
    expect(header).toEqual([
      'annotation_id',
      'source',
      'paragraph',
      'start',
      'end',
      'start_utf16',
      'end_utf16',
      'exact',
      'entity_ids',
      'entity_names',
      'entity_types',
      'crime_categories',
    ]);
    expect(rows).toHaveLength(data.article.annotations.length);
    data.article.annotations.forEach((annotation, index) => {
      const row = Object.fromEntries(header!.map((name, column) => [name, rows[index]![column]!]));
      const [position, quote] = annotation.target.selector;
      const entities = annotation.entities.map((id) => data.entitiesById[id]!);
      const text = textOf(data, annotation.target.source);
      expect(row.annotation_id).toBe(annotation.id);
      expect(row.source).toBe(annotation.target.source);
      expect(row.paragraph).toBe(
        /^p\d+$/.test(annotation.target.source) ? annotation.target.source.slice(1) : '',
      );
      expect(row.start_utf16).toBe(String(position.start));
      expect(row.end_utf16).toBe(String(position.end));
      expect(row.exact).toBe(quote.exact);
      // The code-point columns pick the same words out of the text.
      const characters = Array.from(text);
      expect(characters.slice(Number(row.start), Number(row.end)).join('')).toBe(quote.exact);
      expect(text.slice(Number(row.start_utf16), Number(row.end_utf16))).toBe(quote.exact);
      expect(row.entity_ids!.split('; ')).toEqual(annotation.entities);
      expect(row.entity_names!.split('; ')).toEqual(entities.map((entity) => entity.name));
      expect(row.entity_types!.split('; ')).toEqual(entities.map((entity) => entity.type));
      const crimes = row.crime_categories ? row.crime_categories.split('; ') : [];
      for (const crime of crimes) expect(data.entitiesById[crime]?.type).toBe('crime');
      for (const entity of entities)
        if (entity.type === 'crime') expect(crimes).toContain(entity.id);
    });
  });
});

describe('the CSV columns that differ', () => {
  it('gives code points and UTF-16 code units apart where an emoji comes first', () => {
    const rows = parseRfc4180(buildMentionsCsv(dataWithEmoji()).slice(1));
    const m4 = rows.find((row) => row[0] === 'm4')!;
    // "🌍 " is three UTF-16 code units and two code points.
    expect(m4.slice(3, 7)).toEqual(['123', '138', '124', '139']);
  });

  it('lists the crime categories the filter counts: a treaty stands with those it addresses', () => {
    const rows = parseRfc4180(buildMentionsCsv(realData()).slice(1));
    const protocols = rows.find((row) => row[0] === 'm18')!;
    expect(protocols[11]!.split('; ').sort()).toEqual([
      'firearms-trafficking',
      'smuggling-of-migrants',
      'trafficking-in-persons',
    ]);
    expect(rows.find((row) => row[0] === 'm9')![11]).toBe('');
  });
});

describe('the CSV writer', () => {
  it('quotes only what must be quoted, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('“curly” and "straight"')).toBe('"“curly” and ""straight"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('refuses a text cell a spreadsheet would run as a formula', () => {
    expect(() => toCsv(['a'], [['=HYPERLINK("x")']])).toThrow(/formula/);
    expect(() => toCsv(['a'], [['@SUM(1)']])).toThrow(/formula/);
    expect(toCsv(['a'], [['Sum = 1']])).toBe('a\r\nSum = 1\r\n');
  });
});
