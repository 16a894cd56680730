import { citationsFileSchema, type CitationsFile } from '../data/schemas/citations';
import type { Artifact, DataReader } from './artifacts';
import { cite } from './citation-library';
import { buildCitableItems } from './citation-records';
import type { CslItem } from './csl-item';
import { registerStyles } from './csl-styles';
import { formatCitations } from './format-citations';
import { risText } from './ris-lines';

/*
 * The formatted citations and their downloads (issue 11, part 2): data/v1/citations.json for the
 * Cite dialogs, one BibTeX, RIS and CSL-JSON file per citable item under data/v1/cite/, and all of
 * them in one file of each format.
 */

export const CITATIONS_PATH = 'data/v1/citations.json';
const CITE_DIR = 'data/v1/cite';
const ALL = {
  bibtex: 'data/v1/citations.bib',
  ris: 'data/v1/citations.ris',
  cslJson: 'data/v1/citations.csl.json',
};

const TYPES = {
  json: 'application/json; charset=utf-8',
  bibtex: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  cslJson: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

export const bibtexOf = (records: CslItem[]) => cite(records).format('bibtex').trim() + '\n';
/**
 * RIS allows an ID of 20 characters, so citation-js cuts ours ("trafficking-protocol-art-1" and
 * "-art-2" would both become "trafficking-protocol"); reference managers do not import it anyway,
 * so it is left out rather than made ambiguous.
 */
export const risOf = (records: CslItem[]) =>
  risText(
    cite(records)
      .format('ris', { format: 'object' })
      .map((tags) => Object.fromEntries(Object.entries(tags).filter(([tag]) => tag !== 'ID'))),
  );
export const cslJsonOf = (records: CslItem[]) => JSON.stringify(records, null, 2) + '\n';

export async function citationArtifacts(read: DataReader): Promise<Artifact[]> {
  const styles = registerStyles();
  const items = buildCitableItems(read);
  const records = items.map((item) => item.record);
  const artifacts: Artifact[] = [];

  const file: CitationsFile = {
    version: 1,
    styles: { apa: styles.apa, chicago: styles.chicago, mla: styles.mla },
    citations: items.map((item) => {
      const downloads = {
        bibtex: `${CITE_DIR}/${item.id}.bib`,
        ris: `${CITE_DIR}/${item.id}.ris`,
        cslJson: `${CITE_DIR}/${item.id}.json`,
      };
      artifacts.push(
        { path: downloads.bibtex, type: TYPES.bibtex, body: bibtexOf([item.record]) },
        { path: downloads.ris, type: TYPES.ris, body: risOf([item.record]) },
        { path: downloads.cslJson, type: TYPES.cslJson, body: cslJsonOf([item.record]) },
      );
      return {
        id: item.id,
        kind: item.kind,
        label: item.label,
        cards: item.cards,
        ...formatCitations(item),
        downloads,
      };
    }),
    all: ALL,
  };
  // The app reads this file with the same schema: a build that writes a bad one fails here.
  citationsFileSchema.parse(file);
  artifacts.push(
    { path: CITATIONS_PATH, type: TYPES.json, body: JSON.stringify(file, null, 2) + '\n' },
    { path: ALL.bibtex, type: TYPES.bibtex, body: bibtexOf(records) },
    { path: ALL.ris, type: TYPES.ris, body: risOf(records) },
    { path: ALL.cslJson, type: TYPES.cslJson, body: cslJsonOf(records) },
  );
  return artifacts;
}
