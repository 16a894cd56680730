// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsFileSchema } from '../data/schemas/documents';
import { buildCitableItems, treatySeriesLocation } from './citation-records';

const read = (file: string) => JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));
const items = buildCitableItems(read);
const { documents } = documentsFileSchema.parse(read('documents.json'));

describe('treatySeriesLocation', () => {
  it('reads the volume and page of a UN Treaty Series reference', () => {
    expect(
      treatySeriesLocation(
        'United Nations, Treaty Series, vol. 2225, p. 209; registration No. 39574',
      ),
    ).toEqual({ volume: '2225', page: '209' });
    expect(treatySeriesLocation(undefined)).toBeNull();
    expect(treatySeriesLocation('Annex 1C to the Marrakesh Agreement')).toBeNull();
  });
});

describe('the citation records', () => {
  it('give a treaty the volume and page documents.json has for it, and none where it has none', () => {
    for (const item of items.filter((candidate) => candidate.record.type === 'treaty')) {
      const doc = documents.find((candidate) => candidate.title === item.record.title);
      expect(doc, item.id).toBeDefined();
      const series = treatySeriesLocation(doc!.treatySeries);
      if (series) {
        expect(item.record).toMatchObject({
          'container-title': 'United Nations Treaty Series',
          ...series,
        });
      } else {
        expect(item.record['container-title'], item.id).toBeUndefined();
        expect(item.record.volume, item.id).toBeUndefined();
      }
      expect(item.record.URL, item.id).toBe(doc!.url);
      expect(item.record.section, item.id).toMatch(/^art\. \d/);
    }
  });

  it('date and title every record from the data', () => {
    const article = read('article.json').meta;
    const cited = items.find((item) => item.id === 'article')!.record;
    expect(cited).toMatchObject({
      type: 'article-newspaper',
      title: article.headline,
      'container-title': 'UN News',
      publisher: 'United Nations',
      URL: article.url,
      issued: { 'date-parts': [[2010, 4, 12]] },
    });
    for (const item of items.filter((candidate) => candidate.kind === 'resolution')) {
      const doc = documents.find((candidate) => candidate.symbol === item.record.number)!;
      expect(item.record.title).toBe(doc.title);
      expect(item.record.author).toEqual([{ literal: 'United Nations General Assembly' }]);
    }
  });

  it('have one id each', () => {
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });
});
