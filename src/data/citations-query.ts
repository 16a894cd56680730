import { byId, dataFileQuery } from './data-file-query';
import type { CitationsFile } from './schemas/citations';

/** Written by the build (src/exports/citation-artifacts.ts), under the versioned data path. */
export const CITATIONS_FILE = 'v1/citations.json';

const loadSchema = () => import('./schemas/citations').then((module) => module.citationsFileSchema);

export const citationsQuery = () => dataFileQuery(CITATIONS_FILE, loadSchema);

export const selectCitations = (file: CitationsFile) => ({
  styles: file.styles,
  byId: byId(file.citations),
});
export type CitationIndex = ReturnType<typeof selectCitations>;
