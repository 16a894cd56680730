import type { Change, ManifestEntry } from '../data/schemas/data-manifest';
import type { DataFileName, ExportData } from './export-data';

/*
 * What the Data page says about each file: what it is, its format, licence and changelog. The
 * words live here, beside the generators; counts come from the data. The changelogs are the
 * history of public/data in this repository, shape version 1 throughout.
 */

export const CC_BY_URL = 'https://creativecommons.org/licenses/by/4.0/';
const CC_BY = 'CC BY 4.0';

/** The exports' folder under the site root: one folder per shape version, never rewritten. */
export const EXPORT_FOLDER = 'data/v1';

type Described = Omit<ManifestEntry, 'file' | 'schema'> & { mediaType: string };

const TEAM_LICENCE = {
  text: `The team’s descriptions, notes and data compilation: ${CC_BY}. Treaty texts and UN documents quoted or cited are their publishers’.`,
  url: CC_BY_URL,
};

const W3C_MODEL = {
  name: 'W3C Web Annotation Data Model (Recommendation, 23 February 2017)',
  url: 'https://www.w3.org/TR/annotation-model/',
};
const RFC_4180 = { name: 'RFC 4180 (CSV)', url: 'https://www.rfc-editor.org/rfc/rfc4180' };
const JSON_SCHEMA = {
  name: 'JSON Schema, draft 2020-12',
  url: 'https://json-schema.org/draft/2020-12/schema',
};
const COMMONMARK = { name: 'CommonMark', url: 'https://spec.commonmark.org/' };

const FIRST_EXPORT: Change[] = [{ date: '2026-12-02', change: 'First version.' }];
const SOURCES_AS_POINTERS: Change = {
  date: '2026-12-02',
  change:
    'Sources became pointers into documents.json ({ doc, pinpoint, readIn, note }) instead of titles, symbols and dates written out in each citation.',
};

export const ANNOTATIONS_FILE = 'annotations.jsonld';
export const MENTIONS_FILE = 'mentions.csv';
export const MARKDOWN_FILE = 'article.md';
export const MANIFEST_FILE = 'index.json';

export const schemaPathOf = (file: string) => `schemas/${file.replace(/\.json$/, '')}.schema.json`;

/** The downloads made from the data, in the order the Data page lists them. */
export function describeDownloads(data: ExportData): (Described & { path: string })[] {
  const mentions = data.article.annotations.length;
  return [
    {
      id: 'annotations',
      path: ANNOTATIONS_FILE,
      title: 'The mentions as W3C Web Annotations',
      description: `An AnnotationCollection of ${mentions} annotations, one per mention, for annotation tools and linked-data stores. Each targets the mention on the UN News page twice over: by quotation (TextQuoteSelector, with the words before and after it), and by position (a TextQuoteSelector for the whole paragraph, headline or photo credit, refined by a TextPositionSelector counted in Unicode code points). Its bodies identify the entities the mention names (with their names), tag their types, and classify it by the crime categories it stands with. Identifiers are tag URIs (RFC 4151): permanent names that point at no host.`,
      format:
        'JSON-LD, in the W3C Web Annotation vocabulary (@context http://www.w3.org/ns/anno.jsonld)',
      mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
      conformsTo: [W3C_MODEL],
      version: 1,
      licence: {
        text: `The annotations: ${CC_BY}. The article text they quote © United Nations (UN News).`,
        url: CC_BY_URL,
      },
      changelog: FIRST_EXPORT,
    },
    {
      id: 'mentions',
      path: MENTIONS_FILE,
      title: 'The mentions as a table',
      description: `One row per mention (${mentions}), for a spreadsheet: where it is (source, paragraph), its start and end in Unicode code points and in UTF-16 code units (end exclusive), the exact words, the ids, names and types of the entities it names, and the crime categories it stands with, as the explorer’s crime-type filter counts them (a category itself, or a treaty that addresses it). Lists within a cell are separated by “; ”.`,
      format:
        'CSV (RFC 4180): UTF-8 with a byte-order mark, so that spreadsheet programs read it as UTF-8; comma-separated, CRLF line ends, a header row',
      mediaType: 'text/csv; charset=utf-8; header=present',
      conformsTo: [RFC_4180],
      version: 1,
      licence: {
        text: `The table: ${CC_BY}. The article text it quotes © United Nations (UN News).`,
        url: CC_BY_URL,
      },
      changelog: FIRST_EXPORT,
    },
    {
      id: 'article-markdown',
      path: MARKDOWN_FILE,
      title: 'The article in Markdown, with footnotes',
      description: `The headline, date, photo credit and ${data.article.paragraphs.length} paragraphs as published, with a footnote at every mention: what the entity is, its definition from the reference files (treaty text quoted verbatim where a treaty defines it), and every source with its publisher’s address, or the copy it was read in.`,
      format:
        'Markdown (CommonMark), with footnotes ([^id]) as GitHub, pandoc and most Markdown tools write them; UTF-8, LF line ends',
      mediaType: 'text/markdown; charset=utf-8',
      conformsTo: [COMMONMARK],
      version: 1,
      licence: {
        text: `Article text © United Nations (UN News), quoted as published. The footnotes: ${CC_BY}; the treaty text they quote is its publishers’.`,
        url: CC_BY_URL,
      },
      changelog: FIRST_EXPORT,
    },
  ];
}

const dataFileWords: Record<
  DataFileName,
  { title: string; description: string; licence?: ManifestEntry['licence']; changelog: Change[] }
> = {
  'article.json': {
    title: 'The article',
    description:
      'Metadata (headline, publisher, date and how it was established, photo credit, event, place), the six paragraphs character for character as published, the quotations with their speaker, and the mentions (annotations). Offsets count UTF-16 code units (offsetUnit "utf-16-code-unit").',
    licence: {
      text: `Article text © United Nations (UN News), quoted as published. The mentions, quotations and structure: ${CC_BY}.`,
      url: CC_BY_URL,
    },
    changelog: [
      { date: '2026-11-29', change: 'First version: the article, its quotations and mentions.' },
    ],
  },
  'entities.json': {
    title: 'The entities',
    description:
      'Every crime category, treaty, goal, organization, person, place and event the article names: id, type, name, aliases, a one-line description and its sources.',
    changelog: [{ date: '2026-11-29', change: 'First version.' }, SOURCES_AS_POINTERS],
  },
  'documents.json': {
    title: 'The bibliography',
    description:
      'Every document the data cites, once: kind, official title, UN symbol or treaty chapter, Treaty Series reference, date, publisher and the publisher’s own address (or why there is none); and the copies facts were read in when not at the publisher. Every other file cites into it.',
    changelog: [
      {
        date: '2026-12-02',
        change: 'First version: one record per document, and the copies read elsewhere.',
      },
      {
        date: '2026-12-02',
        change:
          'Audit: the title of UNODC’s regional Goal 16 page as its heading reads (“Promote peaceful inclusive societies”); the DESA Millennium Summit page titled as it is headed; UNODC’s SDG 14 and 15 page linked at the address whose copy prints SDG 15’s title as the Agenda words it; UNIS Vienna’s closing-day releases on the 13th and 14th Congresses (UNIS/CP/839, UNIS/CP/1120); two copies whose addresses could not be found in a stored copy replaced by copies whose addresses could.',
      },
    ],
  },
  'instruments.json': {
    title: 'The treaties',
    description:
      'The Convention against Transnational Organized Crime, its three Protocols and related treaties: adoption, opening for signature, entry into force, party counts with their “as at” dates, key articles, terms defined and crime categories addressed.',
    changelog: [
      { date: '2026-11-29', change: 'First version.' },
      SOURCES_AS_POINTERS,
      {
        date: '2026-12-02',
        change:
          'Every party count carries the day it was checked; a party count for the Smuggling of Migrants Protocol was added; the Convention against Cybercrime’s title and adopting resolution were corrected from its UN Treaty Collection record.',
      },
      {
        date: '2026-12-02',
        change:
          'The TRIPS Agreement addresses counterfeiting at “art. 51, footnote 14(a)”, the pinpoint crime-categories.json gives.',
      },
    ],
  },
  'crime-categories.json': {
    title: 'The crime categories',
    description:
      'The crime categories the article names: the treaty definition, or plainly that no treaty defines it and the best institutional description; the instruments that address it; its successor SDG targets; notes.',
    changelog: [
      { date: '2026-11-29', change: 'First version.' },
      SOURCES_AS_POINTERS,
      {
        date: '2026-12-02',
        change: 'The cyber-crime category rests on UNODC pages, not on a wiki or a vendor blog.',
      },
      {
        date: '2026-12-02',
        change:
          'SDG target 10.7, which UNODC links to trafficking in persons and smuggling of migrants (a new fit, `linked`).',
      },
      {
        date: '2026-12-02',
        change:
          'Counterfeiting: the TRIPS definition of “counterfeit trademark goods” is cited to paragraph (a) of footnote 14 to article 51 (“art. 51, footnote 14(a)”), as in entities.json.',
      },
      {
        date: '2026-12-02',
        change:
          'The 2030 Agenda’s 169 targets are cited to A/RES/70/1 as read in its copy, not as if read at the UN.',
      },
    ],
  },
  'terms.json': {
    title: 'The legal definitions',
    description:
      'Definitions quoted verbatim from the treaties, with their article, sources and the links between terms.',
    licence: {
      text: `The definitions are treaty text, quoted verbatim: their publishers’. The compilation and the links between terms: ${CC_BY}.`,
      url: CC_BY_URL,
    },
    changelog: [
      { date: '2026-11-29', change: 'First version.' },
      SOURCES_AS_POINTERS,
      {
        date: '2026-12-02',
        change:
          'The Trafficking in Persons Protocol’s definition no longer cites UNODC’s page on the Protocol for article 3(a): the copy of that page we read did not show the text.',
      },
    ],
  },
  'mdgs.json': {
    title: 'The Millennium Development Goals',
    description:
      'The Millennium Declaration, the framework of goals, targets and indicators, the 8 goals and their targets with deadlines, headline outcomes of 2015, and the article’s phrases for each goal.',
    changelog: [
      { date: '2026-11-29', change: 'First version.' },
      SOURCES_AS_POINTERS,
      {
        date: '2026-12-02',
        change:
          'The 2015 outcomes are cited to UN pages that summarise the MDG Report 2015 (UNIS Vienna, UN Denmark, UNDP, UNSCN).',
      },
      {
        date: '2026-12-02',
        change:
          'Each target carries its 2015 result (`result2015`): its figures, a note where they are measured differently, and a verdict only where a UN summary of the MDG Report 2015 states one, with its source.',
      },
    ],
  },
  'sdgs.json': {
    title: 'The Sustainable Development Goals',
    description:
      'The 2030 Agenda for Sustainable Development, which succeeded the MDGs in 2015: its resolution, date, goals and targets; the goals whose targets concern the article’s crimes; and which targets the explorer lists (their wording is in crime-categories.json).',
    changelog: [{ date: '2026-12-02', change: 'First version.' }],
  },
  'context-notes.json': {
    title: 'The context notes',
    description:
      'Notes anchored to verbatim article text, where the sources qualify what the article says, or add what it leaves out.',
    changelog: [{ date: '2026-11-29', change: 'First version.' }, SOURCES_AS_POINTERS],
  },
  'timeline.json': {
    title: 'The timeline',
    description:
      'Dated events from the Millennium Summit (2000) to the SDG deadline (2030): treaties adopted, opened for signature and in force, congresses, the review mechanism and the goals’ deadlines, each with its sources, the card it opens and the crime categories it concerns.',
    changelog: [
      { date: '2026-12-02', change: 'First version.' },
      {
        date: '2026-12-02',
        change:
          'Audit: the 13th and 14th Congresses also cite the UN’s closing-day press releases; the 2030 Agenda’s adoption cites A/RES/70/1 as read in its copy; the SDG deadline cites the page that prints target 16.4; two entries into force also cite the Audiovisual Library.',
      },
    ],
  },
  'comparisons.json': {
    title: 'The comparisons',
    description:
      'Definitions side by side: the treaty provisions quoted (verbatim, with the copy each was read in), and each ready-made comparison as a table whose cells quote an article word for word or give the team’s reading, marked as such, with the articles it rests on.',
    licence: {
      text: `The provisions are treaty text, quoted verbatim: their publishers’. The tables and the readings: ${CC_BY}.`,
      url: CC_BY_URL,
    },
    changelog: [
      ...FIRST_EXPORT,
      {
        date: '2026-12-02',
        change:
          'Audit: the Trafficking Protocol’s article 2(b) and 3(b) are read in copies whose addresses were found in stored copies; 3(b) ends with the treaty’s semicolon.',
      },
    ],
  },
};

/** A data file as the Data page describes it; its "version" is the file's own. */
export function describeDataFile(file: DataFileName, version: number): Described {
  const words = dataFileWords[file];
  return {
    id: file.replace(/\.json$/, ''),
    title: words.title,
    description: words.description,
    format: 'JSON (UTF-8), valid against the JSON Schema beside it',
    mediaType: 'application/json',
    conformsTo: [JSON_SCHEMA],
    version,
    licence: words.licence ?? TEAM_LICENCE,
    changelog: words.changelog,
  };
}
