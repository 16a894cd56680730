import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './fetch-data-file';
import { entitiesFileSchema } from './schemas/entities';

export const ENTITIES_FILE = 'entities.json';

export const entitiesQuery = () =>
  queryOptions({
    queryKey: ['data', ENTITIES_FILE] as const,
    queryFn: ({ signal }) => fetchDataFile(ENTITIES_FILE, entitiesFileSchema, { signal }),
  });
