import type { EntitiesFile, Entity } from './schemas/entities';

export type EntityIndex = { file: EntitiesFile; byId: Record<string, Entity> };

/** The query's `select` for entities.json: look-ups by id, memoised on the loaded file. */
export function indexEntities(file: EntitiesFile): EntityIndex {
  return { file, byId: Object.fromEntries(file.entities.map((entity) => [entity.id, entity])) };
}
