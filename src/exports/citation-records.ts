import { articleFileSchema } from '../data/schemas/article';
import { documentsFileSchema, type CitedDocument } from '../data/schemas/documents';
import {
  instrumentsFileSchema,
  mdgsFileSchema,
  termsFileSchema,
  type Instrument,
} from '../data/schemas/reference';
import {
  ARTICLE_CITATION_ID,
  definitionCitationId,
  resolutionCitationId,
  treatyArticleCitationId,
} from '../data/citation-ids';
import type { DataReader } from './artifacts';
import { cslDate, type CslItem } from './csl-item';

/*
 * What a reader can cite, as CSL-JSON records built from the data files: the article, each key
 * article of a treaty, each legal definition (cited as the treaty article that makes it) and each
 * resolution that adopted a treaty. Every value comes from a data file; what the data lacks (a
 * treaty's UN Treaty Series volume, a resolution's record) is left out, never filled in.
 */

export type CitableKind = 'article' | 'treaty-article' | 'definition' | 'resolution';

export type CitableItem = {
  /** Stable, lower-case: names the download files (data/v1/cite/<id>.bib). */
  id: string;
  kind: CitableKind;
  /** What the reader is citing, in words: "UNTOC, art. 2 (Use of terms)". */
  label: string;
  /** The cards that offer it: an entity id, or "article" for the article's own header. */
  cards: string[];
  record: CslItem;
  /** The part cited, for notes and in-text citations: "2(a)" of "art. 2(a)". */
  locator?: string;
  /** The sentence naming the adopting resolution, which no style prints for a treaty. */
  adoptedBy?: string;
};

export const ARTICLE_CARD = 'article';
const ARTICLE_ID = ARTICLE_CITATION_ID;

/** "United Nations, Treaty Series, vol. 2225, p. 209; registration No. 39574" → 2225 and 209. */
export function treatySeriesLocation(
  treatySeries: string | undefined,
): { volume: string; page: string } | null {
  const match = treatySeries && /Treaty Series, vol\. (\d+), p\. (\d+)/.exec(treatySeries);
  return match && match[1] && match[2] ? { volume: match[1], page: match[2] } : null;
}

/** "A/RES/55/25" → "55/25", the number the General Assembly gives its resolutions in prose. */
const resolutionNumber = (symbol: string) => symbol.replace(/^A\/RES\//, '');

/** BibTeX keys may not hold a hyphen: "untoc-art-2" → "untoc_art_2". */
export const bibtexKey = (id: string) => id.replace(/-/g, '_');

export function adoptedBySentence(instrument: Instrument): string | undefined {
  const resolution = instrument.adoption?.resolution;
  if (!resolution) return undefined;
  const where = [resolution.symbol, resolution.annex].filter(Boolean).join(', ');
  return `Adopted by General Assembly resolution ${resolutionNumber(resolution.symbol)} (${where}).`;
}

export function buildCitableItems(read: DataReader): CitableItem[] {
  const article = articleFileSchema.parse(read('article.json'));
  const { documents } = documentsFileSchema.parse(read('documents.json'));
  const { instruments } = instrumentsFileSchema.parse(read('instruments.json'));
  const { terms } = termsFileSchema.parse(read('terms.json'));
  const mdgs = mdgsFileSchema.parse(read('mdgs.json'));
  const docById = new Map(documents.map((doc) => [doc.id, doc]));

  const { meta } = article;
  const items: CitableItem[] = [
    {
      id: ARTICLE_ID,
      kind: 'article',
      label: `“${meta.headline}”, ${meta.publisher.name}`,
      cards: [ARTICLE_CARD],
      record: {
        id: ARTICLE_ID,
        'citation-key': bibtexKey(ARTICLE_ID),
        type: 'article-newspaper',
        title: meta.headline,
        'container-title': meta.publisher.name,
        // UN News is the news service of the United Nations, which holds the article's copyright.
        publisher: 'United Nations',
        issued: cslDate(meta.datePublished),
        URL: meta.url,
        language: meta.language,
      },
    },
  ];

  const treatyDoc = (instrument: Instrument): CitedDocument => {
    const doc = docById.get(instrument.id);
    if (!doc || doc.kind !== 'treaty')
      throw new Error(`documents.json has no treaty ${instrument.id}`);
    if (doc.title !== instrument.officialTitle)
      throw new Error(`${instrument.id}: documents.json and instruments.json differ on its title`);
    return doc;
  };

  /**
   * The treaty as cited at one of its articles: the article goes in `section`, the adopting
   * resolution in `references` (CSL's procedural history). BibTeX has neither field, nor one for
   * the treaty series of a @misc entry, so `note` says all three in words as well.
   */
  const treatyRecord = (
    id: string,
    instrument: Instrument,
    pinpoint: string,
    part: string,
  ): CslItem => {
    const doc = treatyDoc(instrument);
    const series = treatySeriesLocation(doc.treatySeries);
    const adoptedBy = adoptedBySentence(instrument);
    const note = [
      `${part}.`,
      series && `United Nations Treaty Series, vol. ${series.volume}, p. ${series.page}.`,
      adoptedBy,
    ]
      .filter(Boolean)
      .join(' ');
    return {
      id,
      'citation-key': bibtexKey(id),
      type: 'treaty',
      title: doc.title,
      ...(series && { 'container-title': 'United Nations Treaty Series', ...series }),
      section: pinpoint,
      ...(adoptedBy && { references: adoptedBy.replace(/\.$/, '') }),
      note,
      ...(doc.date && { issued: cslDate(doc.date) }),
      ...(doc.url && { URL: doc.url }),
      language: 'en',
    };
  };

  for (const instrument of instruments) {
    for (const keyArticle of instrument.keyArticles) {
      const id = treatyArticleCitationId(instrument.id, keyArticle.article);
      items.push({
        id,
        kind: 'treaty-article',
        label: `${instrument.shortName}, art. ${keyArticle.article} (${keyArticle.title})`,
        cards: [instrument.id],
        record: treatyRecord(
          id,
          instrument,
          `art. ${keyArticle.article}`,
          `Article ${keyArticle.article}: ${keyArticle.title}`,
        ),
        locator: keyArticle.article,
        adoptedBy: adoptedBySentence(instrument),
      });
    }
  }

  for (const term of terms) {
    const instrument = instruments.find((candidate) => candidate.id === term.instrument);
    if (!instrument) throw new Error(`term ${term.id}: instruments.json has no ${term.instrument}`);
    const locator = term.pinpoint.replace(/^art\.\s*/, '');
    const id = definitionCitationId(term.id);
    items.push({
      id,
      kind: 'definition',
      label: `“${term.term}”, ${instrument.shortName}, ${term.pinpoint}`,
      cards: [term.id],
      record: treatyRecord(
        id,
        instrument,
        term.pinpoint,
        `Definition of “${term.term}”, ${term.pinpoint}`,
      ),
      locator,
      adoptedBy: adoptedBySentence(instrument),
    });
  }

  // The resolutions the cards name: each treaty's adopting resolution, and the Millennium
  // Declaration on the MDGs' card. One is citable where documents.json has its record: its title
  // and date are there.
  const named: [symbol: string, card: string][] = [
    ...instruments.flatMap((instrument): [string, string][] =>
      instrument.adoption?.resolution
        ? [[instrument.adoption.resolution.symbol, instrument.id]]
        : [],
    ),
    [mdgs.declaration.symbol, mdgs.id],
  ];
  const resolutions = new Map<string, CitableItem>();
  for (const [symbol, card] of named) {
    const doc = documents.find(
      (candidate) => candidate.kind === 'resolution' && candidate.symbol === symbol,
    );
    if (!doc) continue;
    const id = resolutionCitationId(symbol);
    const known = resolutions.get(id);
    if (known) {
      known.cards.push(card);
      continue;
    }
    resolutions.set(id, {
      id,
      kind: 'resolution',
      label: `General Assembly resolution ${resolutionNumber(symbol)} (${symbol})`,
      cards: [card],
      record: {
        id,
        'citation-key': bibtexKey(id),
        type: 'document',
        title: doc.title,
        author: [{ literal: doc.publisher }],
        genre: 'Resolution',
        number: symbol,
        // BibTeX's @misc has no field for a document symbol.
        note: `General Assembly resolution ${resolutionNumber(symbol)} (${symbol}).`,
        ...(doc.date && { issued: cslDate(doc.date) }),
        language: 'en',
      },
    });
  }
  items.push(...resolutions.values());
  return items;
}
