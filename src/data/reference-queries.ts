import { byId, dataFileQuery } from './data-file-query';
import { oncePerFile } from './once-per-file';
import type {
  ContextNotesFile,
  CrimeCategoriesFile,
  InstrumentsFile,
  MdgsFile,
  TermsFile,
} from './schemas/reference';

/** All five reference files share one schema module, loaded once on first use. */
const schemas = () => import('./schemas/reference');

/*
 * One query-options factory per reference file, and the `select` that indexes it. Each index is
 * made once per loaded file and shared by every component (src/data/once-per-file.ts), so parts
 * that compare what they were given see the same objects.
 */

export const MDGS_FILE = 'mdgs.json';
export const mdgsQuery = () =>
  dataFileQuery(MDGS_FILE, () => schemas().then((m) => m.mdgsFileSchema));
export const selectGoals = oncePerFile((file: MdgsFile) => ({ file, goals: byId(file.goals) }));

export const INSTRUMENTS_FILE = 'instruments.json';
export const instrumentsQuery = () =>
  dataFileQuery(INSTRUMENTS_FILE, () => schemas().then((m) => m.instrumentsFileSchema));
export const selectInstruments = oncePerFile((file: InstrumentsFile) => byId(file.instruments));

export const TERMS_FILE = 'terms.json';
export const termsQuery = () =>
  dataFileQuery(TERMS_FILE, () => schemas().then((m) => m.termsFileSchema), checkTermLinks);
export const selectTerms = oncePerFile((file: TermsFile) => byId(file.terms));

export const CRIME_CATEGORIES_FILE = 'crime-categories.json';
export const crimeCategoriesQuery = () =>
  dataFileQuery(
    CRIME_CATEGORIES_FILE,
    () => schemas().then((m) => m.crimeCategoriesFileSchema),
    checkSdgTargets,
  );
export const selectCrimeCategories = oncePerFile((file: CrimeCategoriesFile) => ({
  file,
  categories: byId(file.categories),
  sdgTargets: Object.fromEntries(file.sdgTargets.map((target) => [target.target, target])),
}));

export const CONTEXT_NOTES_FILE = 'context-notes.json';
export const contextNotesQuery = () =>
  dataFileQuery(CONTEXT_NOTES_FILE, () => schemas().then((m) => m.contextNotesFileSchema));
export const selectNotes = (file: ContextNotesFile) => file.notes;

/** A definition may link only to terms the same file defines. */
function checkTermLinks(file: TermsFile): string | null {
  const ids = new Set(file.terms.map((term) => term.id));
  for (const [index, term] of file.terms.entries()) {
    for (const link of term.links) {
      if (!ids.has(link.term)) {
        return `term ${index + 1} ("${term.term}") links to "${link.term}", which the file does not define`;
      }
    }
  }
  return null;
}

/** A category may cite only SDG targets whose wording the same file holds. */
function checkSdgTargets(file: CrimeCategoriesFile): string | null {
  const numbers = new Set(file.sdgTargets.map((target) => target.target));
  for (const [index, category] of file.categories.entries()) {
    for (const ref of category.sdgTargets) {
      if (!numbers.has(ref.target)) {
        return `category ${index + 1} ("${category.name}") cites SDG target ${ref.target}, whose wording the file lacks`;
      }
    }
  }
  return null;
}

/**
 * crime-categories.json and terms.json must agree: a category defined by treaty, and every
 * related term it lists, point at terms that terms.json defines. Returns the first fault, naming
 * the file it is in, or null.
 */
export function checkCrimeTerms(crimes: CrimeCategoriesFile, terms: TermsFile): string | null {
  const ids = new Set(terms.terms.map((term) => term.id));
  const missing = (id: string) => `"${id}", which ${TERMS_FILE} does not define`;
  for (const [index, category] of crimes.categories.entries()) {
    const label = `${CRIME_CATEGORIES_FILE}: category ${index + 1} ("${category.name}")`;
    if (category.definition.kind === 'treaty' && !ids.has(category.definition.term)) {
      return `${label} is defined by the term ${missing(category.definition.term)}`;
    }
    for (const id of category.relatedTerms) {
      if (!ids.has(id)) return `${label} lists the related term ${missing(id)}`;
    }
  }
  return null;
}
