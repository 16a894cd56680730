import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { articleFileSchema } from '../../data/schemas/article';
import { entitiesFileSchema } from '../../data/schemas/entities';
import {
  crimeCategoriesFileSchema,
  instrumentsFileSchema,
  mdgsFileSchema,
  termsFileSchema,
} from '../../data/schemas/reference';
import { sdgsFileSchema } from '../../data/schemas/sdgs';
import {
  articleSearchParts,
  buildSearchIndex,
  crimeSearchParts,
  entitySearchParts,
  instrumentSearchParts,
  mdgSearchParts,
  sdgSearchParts,
  sdgTargetSearchParts,
  termSearchParts,
} from './build-search-index';

/*
 * For unit tests only: the real files from public/data, checked against their schemas, so the
 * tests search what a reader searches. Tests run from the repository root.
 */

export function loadDataFile<T>(file: string, schema: z.ZodType<T>): T {
  return schema.parse(
    JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', file), 'utf8')),
  );
}

export const realData = () => ({
  article: loadDataFile('article.json', articleFileSchema),
  entities: loadDataFile('entities.json', entitiesFileSchema),
  crimes: loadDataFile('crime-categories.json', crimeCategoriesFileSchema),
  instruments: loadDataFile('instruments.json', instrumentsFileSchema),
  mdgs: loadDataFile('mdgs.json', mdgsFileSchema),
  terms: loadDataFile('terms.json', termsFileSchema),
  sdgs: loadDataFile('sdgs.json', sdgsFileSchema),
});

/** The index the search box builds once every file has loaded, in the same order. */
export function realSearchIndex() {
  const data = realData();
  return buildSearchIndex([
    crimeSearchParts(data.crimes),
    instrumentSearchParts(data.instruments),
    mdgSearchParts(data.mdgs),
    sdgSearchParts(data.sdgs),
    sdgTargetSearchParts(data.crimes),
    termSearchParts(data.terms),
    entitySearchParts(data.entities),
    articleSearchParts(data.article),
  ]);
}
