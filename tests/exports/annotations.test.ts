import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../src/exports/code-points';
import type { ExportData } from '../../src/exports/export-data';
import {
  buildAnnotationCollection,
  type AnnotationCollection,
  type AnnotationPage,
} from '../../src/exports/web-annotations';
import { dataWithEmoji, GLOBE, realData } from './export-fixtures';
import { ANNO_CONTEXT, checkWebAnnotationDocument, isAbsoluteIri } from './web-annotation-model';

/*
 * data/v1/annotations.jsonld against the W3C Web Annotation Data Model's rules, and against the
 * article: every quote, found at its code-point positions, is the text the mention quotes.
 */

/** RFC 4151: "tag:" authorityName "," date ":" specific; the date YYYY, YYYY-MM or YYYY-MM-DD. */
const TAG_URI =
  /^tag:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|[^@\s]+@[^@\s]+),\d{4}(?:-\d{2}(?:-\d{2})?)?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$/;

const itemsOf = (collection: AnnotationCollection) => (collection.first as AnnotationPage).items;

function textOf(data: ExportData, source: string): string {
  if (source === 'headline') return data.article.meta.headline;
  if (source === 'photoCredit') return data.article.meta.photoCredit;
  return data.article.paragraphs.find((paragraph) => paragraph.id === source)!.text;
}

/** A crime category counts for an entity that is one, or a treaty either file says addresses it. */
function expectedCrimes(data: ExportData, entityIds: readonly string[]): string[] {
  const crimes = new Set<string>();
  for (const id of entityIds) {
    const entity = data.entitiesById[id]!;
    if (entity.type === 'crime') crimes.add(id);
    for (const category of data.crimes.categories) {
      if (category.id === id) crimes.add(category.id);
      if (category.instruments.some((ref) => ref.instrument === id)) crimes.add(category.id);
    }
    const instrument = data.instruments.instruments.find((candidate) => candidate.id === id);
    for (const ref of instrument?.addresses ?? []) crimes.add(ref.crime);
  }
  return [...crimes].sort();
}

describe.each([
  ['the real data', realData],
  ['the data with an emoji before some mentions', dataWithEmoji],
])('the annotation export, from %s', (_name, load) => {
  const data = load();
  const collection = buildAnnotationCollection(data);
  const items = itemsOf(collection);

  it('breaks none of the Web Annotation Data Model’s MUSTs', () => {
    // The file as served: serialised and read back, so only JSON reaches the checks.
    expect(checkWebAnnotationDocument(JSON.parse(JSON.stringify(collection)))).toEqual([]);
    expect(collection['@context']).toBe(ANNO_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
  });

  it('holds one annotation per mention, each with an absolute, unique tag URI', () => {
    expect(collection.total).toBe(data.article.annotations.length);
    expect(items.map((item) => item.id)).toEqual(
      data.article.annotations.map(
        (annotation) => `tag:crime-congress-explorer,2026:annotation/${annotation.id}`,
      ),
    );
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    for (const id of [
      collection.id,
      (collection.first as AnnotationPage).id,
      ...items.map((i) => i.id),
    ])
      expect(id).toMatch(TAG_URI);
  });

  it('targets the UN News page, with an absolute IRI for every source and body', () => {
    for (const item of items) {
      expect(item.target.source.id).toBe('https://news.un.org/en/story/2010/04/335002');
      for (const body of item.body) {
        if (body.type === 'SpecificResource') expect(isAbsoluteIri(body.source.id)).toBe(true);
      }
    }
  });

  it('finds every quote at its code-point positions in the article text', () => {
    data.article.annotations.forEach((annotation, index) => {
      const item = items[index]!;
      const [quote, scoped] = item.target.selector;
      const segment = textOf(data, annotation.target.source);
      expect(quote.type).toBe('TextQuoteSelector');
      expect(quote.exact).toBe(annotation.target.selector[1].exact);
      // The scope quotes the whole paragraph (or headline, or credit) the positions count in.
      expect(scoped.exact).toBe(segment);
      const { start, end } = scoped.refinedBy;
      expect(sliceCodePoints(segment, start, end)).toBe(quote.exact);
      // prefix, exact and suffix sit together in the text, as the positions say.
      const before = sliceCodePoints(segment, 0, start);
      const after = sliceCodePoints(segment, end, Infinity);
      expect(before.endsWith(quote.prefix ?? '')).toBe(true);
      expect(after.startsWith(quote.suffix ?? '')).toBe(true);
    });
  });

  it('quotes each mention so that it can be found only once in the article', () => {
    const segments = ['headline', 'photoCredit', ...data.article.paragraphs.map((p) => p.id)].map(
      (source) => textOf(data, source),
    );
    for (const item of items) {
      const [quote] = item.target.selector;
      const needle = `${quote.prefix ?? ''}${quote.exact}${quote.suffix ?? ''}`;
      const hits = segments.reduce((count, segment) => count + segment.split(needle).length - 1, 0);
      expect(hits, needle).toBe(1);
    }
  });

  it('names each mention’s entities, their types and its crime categories in its bodies', () => {
    data.article.annotations.forEach((annotation, index) => {
      const bodies = items[index]!.body;
      const entities = annotation.entities.map((id) => data.entitiesById[id]!);
      const sources = (purpose: string) =>
        bodies.flatMap((body) =>
          body.type === 'SpecificResource' && body.purpose === purpose ? [body.source] : [],
        );
      const texts = (purpose: string) =>
        bodies.flatMap((body) =>
          body.type === 'TextualBody' && body.purpose === purpose ? [body.value] : [],
        );
      expect(sources('identifying')).toEqual(
        entities.map((entity) => ({
          id: `tag:crime-congress-explorer,2026:entity/${entity.id}`,
          label: entity.name,
        })),
      );
      expect(texts('describing')).toEqual(
        entities.map((entity) => `${entity.name}: ${entity.description}`),
      );
      expect(texts('tagging')).toEqual([...new Set(entities.map((entity) => entity.type))]);
      expect(
        sources('classifying')
          .map((source) => source.id.replace(/^.*:entity\//, ''))
          .sort(),
      ).toEqual(expectedCrimes(data, annotation.entities));
    });
  });

  it('uses only terms the Web Annotation context defines, so a JSON-LD processor keeps them all', () => {
    // The terms of http://www.w3.org/ns/anno.jsonld this file uses, as the Recommendation's
    // tables name them, and one compact IRI under its "dcterms" prefix.
    const known = new Set([
      '@context',
      'id',
      'type',
      'label',
      'total',
      'first',
      'last',
      'partOf',
      'startIndex',
      'items',
      'motivation',
      'rights',
      'body',
      'target',
      'purpose',
      'source',
      'value',
      'format',
      'language',
      'selector',
      'exact',
      'prefix',
      'suffix',
      'refinedBy',
      'start',
      'end',
      'dcterms:description',
    ]);
    const keys = new Set<string>();
    const visit = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object')
        for (const [key, child] of Object.entries(value)) {
          keys.add(key);
          visit(child);
        }
    };
    visit(collection);
    expect([...keys].filter((key) => !known.has(key))).toEqual([]);
  });

  it('says in the file how positions are counted', () => {
    expect(collection['dcterms:description']).toMatch(
      /Positions count Unicode code points .* article\.json counts UTF-16 code units/,
    );
  });
});

describe('code points against UTF-16 code units', () => {
  it('moves a position on by one code point, not two, for an emoji before it', () => {
    const plain = itemsOf(buildAnnotationCollection(realData()));
    const withEmoji = itemsOf(buildAnnotationCollection(dataWithEmoji()));
    const position = (items: typeof plain, id: string) =>
      items.find((item) => item.id.endsWith(`/${id}`))!.target.selector[1].refinedBy;
    // m1 is "Ban" in the headline, m3 "Secretary-General Ban Ki-moon" and m4 "organized crime"
    // in paragraph 1: "🌍 " adds three UTF-16 code units before each, and two code points.
    for (const id of ['m1', 'm3', 'm4']) {
      const before = position(plain, id);
      expect(position(withEmoji, id)).toEqual({
        ...before,
        start: before.start + 2,
        end: before.end + 2,
      });
    }
    // A mention in another paragraph does not move.
    expect(position(withEmoji, 'm6')).toEqual(position(plain, 'm6'));
    const article = dataWithEmoji().article;
    const m4 = article.annotations.find((annotation) => annotation.id === 'm4')!;
    expect(m4.target.selector[0].start).toBe(position(plain, 'm4').start + 3);
    expect(article.paragraphs[0]!.text.startsWith(GLOBE)).toBe(true);
  });

  it('says in the file when the article has characters outside the BMP', () => {
    expect(buildAnnotationCollection(realData())['dcterms:description']).toMatch(
      /two counts agree/,
    );
    expect(buildAnnotationCollection(dataWithEmoji())['dcterms:description']).toMatch(
      /they differ/,
    );
  });
});
