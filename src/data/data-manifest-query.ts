import { dataFileQuery } from './data-file-query';
import { dataFileUrl } from './fetch-data-file';

/**
 * data/v1/index.json, written at build time (src/exports/): the list the Data page shows. Fetched
 * and checked like every data file, so a page built from a broken list says so and offers Retry.
 */
export const DATA_MANIFEST_FILE = 'v1/index.json';

const loadSchema = () =>
  import('./schemas/data-manifest').then((module) => module.dataManifestSchema);

export const dataManifestQuery = () => dataFileQuery(DATA_MANIFEST_FILE, loadSchema);

/** Where a path the manifest gives (relative to it) is served. */
export const exportUrl = (path: string) => dataFileUrl(`v1/${path}`);
