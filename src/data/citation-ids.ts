/*
 * The ids of citable items, shared by the build (src/exports/citation-records.ts, which names the
 * entries of data/v1/citations.json and their download files) and the cards that offer "Cite".
 */

/** The article itself, cited from its header. */
export const ARTICLE_CITATION_ID = 'article';

/** "3(a)" → "3a": ids and file names without brackets. */
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** One key article of a treaty: "untoc-art-2". */
export const treatyArticleCitationId = (instrumentId: string, article: string) =>
  `${instrumentId}-art-${slug(article)}`;

/** A legal definition, cited as the treaty article that makes it: "term-firearm". */
export const definitionCitationId = (termId: string) => `term-${termId}`;

/** A General Assembly resolution by its symbol: "A/RES/55/25" → "a-res-55-25". */
export const resolutionCitationId = (symbol: string) =>
  symbol
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
