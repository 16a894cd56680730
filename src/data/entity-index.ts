import { oncePerFile } from './once-per-file';
import type { EntitiesFile, Entity } from './schemas/entities';

export type EntityIndex = { file: EntitiesFile; byId: Record<string, Entity> };

/** The query's `select` for entities.json: look-ups by id, once per loaded file. */
export const indexEntities = oncePerFile((file: EntitiesFile): EntityIndex => ({
  file,
  byId: Object.fromEntries(file.entities.map((entity) => [entity.id, entity])),
}));
