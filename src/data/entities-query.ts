import { dataFileQuery } from './data-file-query';

export const ENTITIES_FILE = 'entities.json';

const loadSchema = () => import('./schemas/entities').then((module) => module.entitiesFileSchema);

export const entitiesQuery = () => dataFileQuery(ENTITIES_FILE, loadSchema);
