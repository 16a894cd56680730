import { dataFileQuery } from './data-file-query';
import { entitiesFileSchema } from './schemas/entities';

export const ENTITIES_FILE = 'entities.json';

export const entitiesQuery = () => dataFileQuery(ENTITIES_FILE, entitiesFileSchema);
