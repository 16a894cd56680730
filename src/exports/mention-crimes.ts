import { filterKeys } from '../data/filter-keys';
import type { ExportData } from './export-data';

/**
 * The crime categories a mention stands with, exactly as the explorer's crime-type filter decides
 * (a category itself, or a treaty that addresses one): read off the same tokens the text is
 * filtered by, so an export and the screen can never disagree.
 */
export function crimesOfMention(entityIds: readonly string[], data: ExportData): string[] {
  return filterKeys(entityIds, data.entitiesById, data.relations)
    .filter((key) => key.startsWith('c:'))
    .map((key) => key.slice(2));
}
