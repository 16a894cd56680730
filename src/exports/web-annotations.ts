import type { Annotation, TextSource } from '../data/schemas/article';
import { describeSource, textOf } from '../data/text-sources';
import { formatUnDate } from '../ui/format-date';
import { codePointLength, toCodePointOffset } from './code-points';
import { CC_BY_URL } from './download-catalog';
import type { ExportData } from './export-data';
import { crimesOfMention } from './mention-crimes';

/*
 * The mentions as a W3C Web Annotation AnnotationCollection (JSON-LD). Every id must be an IRI;
 * the explorer has no fixed host of its own, so its resources are named with tag URIs (RFC 4151):
 * absolute, permanent, and pointing at no host that could be mistaken for ours. The tagging
 * entity is a name, not a domain, and the year is when the names were first given.
 */
export const TAG_PREFIX = 'tag:crime-congress-explorer,2026:';
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export const annotationIri = (id: string) => `${TAG_PREFIX}annotation/${id}`;
export const entityIri = (id: string) => `${TAG_PREFIX}entity/${id}`;
export const COLLECTION_IRI = `${TAG_PREFIX}annotations/v1`;
export const PAGE_IRI = `${COLLECTION_IRI}/page/1`;

type TextQuoteSelector = {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
  refinedBy?: TextPositionSelector;
};
type TextPositionSelector = { type: 'TextPositionSelector'; start: number; end: number };
type Body =
  | {
      type: 'SpecificResource';
      purpose: 'identifying' | 'classifying';
      source: { id: string; label: string };
    }
  | {
      type: 'TextualBody';
      purpose: 'tagging' | 'describing';
      value: string;
      format: 'text/plain';
      language?: string;
    };

export type WebAnnotation = {
  id: string;
  type: 'Annotation';
  motivation: 'identifying';
  rights: string;
  body: Body[];
  target: {
    type: 'SpecificResource';
    source: { id: string; type: 'Text'; format: 'text/html'; language: string };
    selector: [TextQuoteSelector, TextQuoteSelector & { refinedBy: TextPositionSelector }];
  };
};

export type AnnotationCollection = {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  'dcterms:description': string;
  rights: string;
  total: number;
  first: string | AnnotationPage;
  last: string;
};
export type AnnotationPage = {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: number;
  items: WebAnnotation[];
};

/** The text a source names; checkArticle has made sure it exists. */
function segmentOf(data: ExportData, source: TextSource): string {
  const text = textOf(data.article, source);
  if (text === undefined) throw new Error(`article.json has no ${describeSource(source)}`);
  return text;
}

/** How positions are counted, in words, for the file and the page alike. */
export function describePositions(data: ExportData): string {
  const sources: TextSource[] = [
    'headline',
    'photoCredit',
    ...data.article.paragraphs.map((paragraph) => paragraph.id as TextSource),
  ];
  const same = sources.every((source) => {
    const text = segmentOf(data, source);
    return codePointLength(text) === text.length;
  });
  return [
    'Positions count Unicode code points from the start of the paragraph (or of the headline or photo credit), end exclusive, as the W3C Web Annotation Data Model requires.',
    'article.json counts UTF-16 code units instead, as JavaScript strings do; the exports convert.',
    same
      ? 'In this article the two counts agree, as it has no character outside the Basic Multilingual Plane (no emoji, for one); they would differ after such a character.'
      : 'In this article they differ after characters outside the Basic Multilingual Plane, each of which is two UTF-16 code units but one code point.',
  ].join(' ');
}

function annotationOf(data: ExportData, annotation: Annotation): WebAnnotation {
  const { source, selector } = annotation.target;
  const [position, quote] = selector;
  const segment = segmentOf(data, source);
  const entities = annotation.entities.map((id) => {
    const entity = data.entitiesById[id];
    if (!entity) throw new Error(`annotation ${annotation.id} names "${id}", which is not defined`);
    return entity;
  });
  const types = [...new Set(entities.map((entity) => entity.type))];
  const crimes = crimesOfMention(annotation.entities, data);

  const body: Body[] = [
    ...entities.map((entity): Body => ({
      type: 'SpecificResource',
      purpose: 'identifying',
      source: { id: entityIri(entity.id), label: entity.name },
    })),
    ...entities.map((entity): Body => ({
      type: 'TextualBody',
      purpose: 'describing',
      value: `${entity.name}: ${entity.description}`,
      format: 'text/plain',
      language: 'en',
    })),
    ...types.map((type): Body => ({
      type: 'TextualBody',
      purpose: 'tagging',
      value: type,
      format: 'text/plain',
    })),
    ...crimes.map((crime): Body => {
      const category = data.entitiesById[crime];
      if (!category) throw new Error(`the crime category "${crime}" is not an entity`);
      return {
        type: 'SpecificResource',
        purpose: 'classifying',
        source: { id: entityIri(crime), label: category.name },
      };
    }),
  ];

  return {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: 'identifying',
    // Said on each annotation as well as on the collection: one may be copied out alone.
    rights: CC_BY_URL,
    body,
    target: {
      type: 'SpecificResource',
      source: {
        id: data.article.meta.url,
        type: 'Text',
        format: 'text/html',
        language: data.article.meta.language,
      },
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
        },
        {
          // The positions count from the start of this text, which the quote finds on the page.
          type: 'TextQuoteSelector',
          exact: segment,
          refinedBy: {
            type: 'TextPositionSelector',
            start: toCodePointOffset(segment, position.start),
            end: toCodePointOffset(segment, position.end),
          },
        },
      ],
    },
  };
}

export function buildAnnotationCollection(data: ExportData): AnnotationCollection {
  const { meta } = data.article;
  const items = data.article.annotations.map((annotation) => annotationOf(data, annotation));
  return {
    '@context': ANNO_CONTEXT,
    id: COLLECTION_IRI,
    type: 'AnnotationCollection',
    label: `Mentions in “${meta.headline}” (${meta.publisher.name}, ${formatUnDate(meta.datePublished)})`,
    'dcterms:description': [
      `One annotation per mention of an entity in the ${meta.publisher.name} story at ${meta.url}, made by the Crime Congress 2010 explorer from its data (data/v1/article.json and entities.json).`,
      'Each target selects the mention twice: by quotation, with the words before and after it; and by position, a quotation of the whole paragraph (or headline, or photo credit) refined by a TextPositionSelector.',
      describePositions(data),
      `Bodies: the entities the mention names (identifying, with their names and descriptions), their types (tagging), and the crime categories it stands with (classifying). The annotations are licensed CC BY 4.0; the article text they quote is © United Nations (${meta.publisher.name}).`,
    ].join(' '),
    rights: CC_BY_URL,
    total: items.length,
    first: { id: PAGE_IRI, type: 'AnnotationPage', partOf: COLLECTION_IRI, startIndex: 0, items },
    last: PAGE_IRI,
  };
}
