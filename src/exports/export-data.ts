import { buildRelations, type Relations } from '../data/apply-filters';
import { checkArticle } from '../data/check-article';
import { checkReferences } from '../data/check-references';
import { collectSources } from '../data/collect-sources';
import { selectDocuments, type DocumentIndex } from '../data/documents-query';
import { checkComparisonQuotes } from '../data/comparisons-query';
import { checkCrimeTerms } from '../data/reference-queries';
import { comparisonsFileSchema, type ComparisonsFile } from '../data/schemas/comparisons';
import { articleFileSchema, type ArticleFile } from '../data/schemas/article';
import { documentsFileSchema, type DocumentsFile } from '../data/schemas/documents';
import { entitiesFileSchema, type EntitiesFile, type Entity } from '../data/schemas/entities';
import { timelineFileSchema, type TimelineFile } from '../data/schemas/timeline';
import {
  contextNotesFileSchema,
  crimeCategoriesFileSchema,
  instrumentsFileSchema,
  mdgsFileSchema,
  termsFileSchema,
  type ContextNotesFile,
  type CrimeCategoriesFile,
  type InstrumentsFile,
  type MdgsFile,
  type TermsFile,
} from '../data/schemas/reference';
import { sdgsFileSchema, type SdgsFile } from '../data/schemas/sdgs';
import { checkSdgTargetsAgree } from '../data/sdgs-query';
import type { DataReader } from './artifacts';

/** Every file in public/data, in the order the Data page lists them, with its schema. */
export const dataFiles = {
  'article.json': articleFileSchema,
  'entities.json': entitiesFileSchema,
  'documents.json': documentsFileSchema,
  'instruments.json': instrumentsFileSchema,
  'crime-categories.json': crimeCategoriesFileSchema,
  'terms.json': termsFileSchema,
  'mdgs.json': mdgsFileSchema,
  'sdgs.json': sdgsFileSchema,
  'context-notes.json': contextNotesFileSchema,
  'timeline.json': timelineFileSchema,
  'comparisons.json': comparisonsFileSchema,
} as const;
export type DataFileName = keyof typeof dataFiles;
export const dataFileNames = Object.keys(dataFiles) as DataFileName[];

/** The data as the exports use it: validated, indexed, with each file as it was read. */
export type ExportData = {
  article: ArticleFile;
  entities: EntitiesFile;
  documents: DocumentsFile;
  instruments: InstrumentsFile;
  crimes: CrimeCategoriesFile;
  terms: TermsFile;
  mdgs: MdgsFile;
  sdgs: SdgsFile;
  notes: ContextNotesFile;
  timeline: TimelineFile;
  comparisons: ComparisonsFile;
  entitiesById: Record<string, Entity>;
  /** documents.json by id, as resolveSource reads it. */
  documentIndex: DocumentIndex;
  /** Which crime categories each item stands with, as the explorer's crime-type filter has it. */
  relations: Relations;
  /** Each file exactly as read (before parsing strips nothing it should keep). */
  raw: Record<DataFileName, unknown>;
};

/**
 * Reads and checks every data file as the app does on load (schema, then the rules a schema
 * cannot state): an export made from a bad file fails the build instead of shipping.
 */
export function loadExportData(read: DataReader): ExportData {
  const raw = Object.fromEntries(dataFileNames.map((file) => [file, read(file)])) as Record<
    DataFileName,
    unknown
  >;
  const parse = <T>(file: DataFileName, schema: { parse: (value: unknown) => T }): T => {
    try {
      return schema.parse(raw[file]);
    } catch (error) {
      throw new Error(`${file} does not match its schema`, { cause: error });
    }
  };
  const article = parse('article.json', articleFileSchema);
  const entities = parse('entities.json', entitiesFileSchema);
  const documents = parse('documents.json', documentsFileSchema);
  const instruments = parse('instruments.json', instrumentsFileSchema);
  const crimes = parse('crime-categories.json', crimeCategoriesFileSchema);
  const terms = parse('terms.json', termsFileSchema);
  const mdgs = parse('mdgs.json', mdgsFileSchema);
  const sdgs = parse('sdgs.json', sdgsFileSchema);
  const notes = parse('context-notes.json', contextNotesFileSchema);
  const timeline = parse('timeline.json', timelineFileSchema);
  const comparisons = parse('comparisons.json', comparisonsFileSchema);

  const articleFault = checkArticle(article);
  const fault =
    (articleFault && `article.json: ${articleFault}`) ??
    checkReferences(article, entities) ??
    checkCrimeTerms(crimes, terms) ??
    checkSdgTargetsAgree(sdgs, crimes) ??
    checkComparisonQuotes(comparisons, terms) ??
    checkCitations(
      {
        'entities.json': entities,
        'instruments.json': instruments,
        'crime-categories.json': crimes,
        'terms.json': terms,
        'mdgs.json': mdgs,
        'sdgs.json': sdgs,
        'context-notes.json': notes,
        'timeline.json': timeline,
        'comparisons.json': comparisons,
      },
      documents,
    );
  if (fault) throw new Error(fault);

  const byId = <T extends { id: string }>(items: readonly T[]) =>
    Object.fromEntries(items.map((item) => [item.id, item]));
  return {
    article,
    entities,
    documents,
    instruments,
    crimes,
    terms,
    mdgs,
    sdgs,
    notes,
    timeline,
    comparisons,
    entitiesById: byId(entities.entities),
    documentIndex: selectDocuments(documents),
    relations: buildRelations({
      instruments: byId(instruments.instruments),
      crimes: byId(crimes.categories),
    }),
    raw,
  };
}

/**
 * The footnotes resolve every citation through documents.json: one that names a document or a
 * copy the file lacks would print as a dangling reference. The app shows "Unknown source" there;
 * a download cannot, so the build stops.
 */
function checkCitations(files: Record<string, unknown>, documents: DocumentsFile): string | null {
  const docs = new Set(documents.documents.map((doc) => doc.id));
  const copies = new Set(documents.copies.map((copy) => copy.id));
  for (const [name, file] of Object.entries(files)) {
    for (const { path, source } of collectSources(name, file)) {
      if (!docs.has(source.doc))
        return `${name}: ${path} cites "${source.doc}", which documents.json does not list`;
      if (source.readIn !== undefined && !copies.has(source.readIn))
        return `${name}: ${path} was read in "${source.readIn}", which documents.json does not list`;
    }
  }
  return null;
}
