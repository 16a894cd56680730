import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, checkWebAnnotationDocument, isAbsoluteIri } from './web-annotation-model';

/*
 * The checker itself: a well-formed annotation and collection pass, and each kind of fault the
 * Recommendation rules out is caught, so a clean result on the export means something.
 */

const annotation = () => ({
  '@context': ANNO_CONTEXT,
  id: 'tag:example.org,2026:anno1',
  type: 'Annotation',
  motivation: 'identifying',
  body: [
    { type: 'SpecificResource', purpose: 'identifying', source: 'tag:example.org,2026:city1' },
    { type: 'TextualBody', purpose: 'tagging', value: 'place', format: 'text/plain' },
  ],
  target: {
    source: 'http://example.org/page1',
    selector: [
      { type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has' },
      {
        type: 'TextQuoteSelector',
        exact: 'this is an anotation that has some',
        refinedBy: { type: 'TextPositionSelector', start: 11, end: 20 },
      },
    ],
  },
});

type Mutable = Record<string, unknown> & { target: { selector: Record<string, unknown>[] } };
const broken = (change: (copy: Mutable) => void) => {
  const copy = structuredClone(annotation()) as unknown as Mutable;
  change(copy);
  return checkWebAnnotationDocument(copy).map((violation) => violation.rule);
};

describe('the Web Annotation checker', () => {
  it('passes a well-formed annotation and collection', () => {
    expect(checkWebAnnotationDocument(annotation())).toEqual([]);
    const { '@context': context, ...embedded } = annotation();
    expect(
      checkWebAnnotationDocument({
        '@context': context,
        id: 'tag:example.org,2026:collection',
        type: 'AnnotationCollection',
        label: 'One',
        total: 1,
        first: { id: 'tag:example.org,2026:page1', type: 'AnnotationPage', items: [embedded] },
      }),
    ).toEqual([]);
  });

  it('catches a missing or wrong context, id, type or target', () => {
    expect(broken((a) => delete a['@context'])).toContainEqual(
      expect.stringMatching(/MUST have 1 or more @context values/),
    );
    expect(broken((a) => (a['@context'] = [ANNO_CONTEXT]))).toContainEqual(
      expect.stringMatching(/MUST be provided as a string/),
    );
    expect(broken((a) => (a.id = 'anno1'))).toContainEqual(
      expect.stringMatching(/exactly 1 IRI that identifies it/),
    );
    expect(broken((a) => (a.type = 'Note'))).toContainEqual(
      expect.stringMatching(/Annotation class MUST be one of them/),
    );
    expect(broken((a) => delete (a as Record<string, unknown>).target)).toContainEqual(
      expect.stringMatching(/1 or more target relationships/),
    );
  });

  it('catches selectors the model rules out', () => {
    expect(broken((a) => (a.target.selector[0]!.exact = ['a', 'b']))).toContainEqual(
      expect.stringMatching(/exactly 1 exact property/),
    );
    expect(broken((a) => (a.target.selector[0]!.prefix = ['a', 'b']))).toContainEqual(
      expect.stringMatching(/MUST NOT have more than 1 prefix/),
    );
    expect(
      broken(
        (a) =>
          (a.target.selector[1]!.refinedBy = { type: 'TextPositionSelector', start: -1, end: 3 }),
      ),
    ).toContainEqual(
      expect.stringMatching(/start property, and the value MUST be a non-negative integer/),
    );
    expect(
      broken(
        (a) =>
          (a.target.selector[1]!.refinedBy = { type: 'TextPositionSelector', start: 1.5, end: 3 }),
      ),
    ).toContainEqual(expect.stringMatching(/non-negative integer/));
    expect(
      broken((a) => (a.target.selector[1]!.refinedBy = { type: 'TextPositionSelector', start: 1 })),
    ).toContainEqual(expect.stringMatching(/exactly 1 end property/));
    expect(
      broken((a) => (a.target.selector[0]!.type = ['TextQuoteSelector', 'TextPositionSelector'])),
    ).toContainEqual(expect.stringMatching(/exactly 1 type/));
  });

  it('catches bodies, rights, times and motivations the model rules out', () => {
    expect(
      broken((a) => ((a.body as unknown[])[1] = { type: 'TextualBody', purpose: 'tagging' })),
    ).toContainEqual(expect.stringMatching(/exactly 1 value property/));
    expect(
      broken(
        (a) => ((a.body as unknown[])[0] = { type: 'SpecificResource', purpose: 'identifying' }),
      ),
    ).toContainEqual(expect.stringMatching(/exactly 1 source relationship/));
    expect(broken((a) => (a.body = 'not an iri'))).toContainEqual(
      expect.stringMatching(/MUST be an IRI/),
    );
    expect(broken((a) => (a.bodyValue = 'a comment'))).toContainEqual(
      expect.stringMatching(/body relationship MUST NOT also be present/),
    );
    expect(broken((a) => (a.rights = 'CC BY 4.0'))).toContainEqual(
      expect.stringMatching(/rights value MUST be an IRI/),
    );
    expect(broken((a) => (a.created = '2026-12-02T10:00:00+01:00'))).toContainEqual(
      expect.stringMatching(/UTC timezone expressed as "Z"/),
    );
    expect(broken((a) => (a.motivation = 'naming'))).toContainEqual(
      expect.stringMatching(/neither a Motivation of the model nor an IRI/),
    );
  });

  it('catches a collection without its first page, and a page without items', () => {
    const rules = (document: unknown) =>
      checkWebAnnotationDocument(document).map((violation) => violation.rule);
    expect(
      rules({
        '@context': ANNO_CONTEXT,
        id: 'tag:example.org,2026:c',
        type: 'AnnotationCollection',
        total: 2,
      }),
    ).toContainEqual(expect.stringMatching(/MUST have exactly 1 first page/));
    expect(
      rules({
        '@context': ANNO_CONTEXT,
        id: 'tag:example.org,2026:c',
        type: 'AnnotationCollection',
        total: 3,
        first: { id: 'tag:example.org,2026:p', type: 'AnnotationPage', items: [] },
      }),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/array of 1 or more Annotations/),
        expect.stringMatching(/MUST have a reference to the IRI of the page that follows/),
      ]),
    );
  });

  it('knows an absolute IRI from a relative reference', () => {
    expect(isAbsoluteIri('tag:crime-congress-explorer,2026:annotation/m12')).toBe(true);
    expect(isAbsoluteIri('https://news.un.org/en/story/2010/04/335002')).toBe(true);
    expect(isAbsoluteIri('/data/v1/annotations.jsonld')).toBe(false);
    expect(isAbsoluteIri('annotation m12')).toBe(false);
  });
});
