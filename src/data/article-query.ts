import { queryOptions } from '@tanstack/react-query';
import { checkArticle } from './check-article';
import { fetchDataFile } from './fetch-data-file';
import { articleFileSchema } from './schemas/article';

export const ARTICLE_FILE = 'article.json';

export const articleQuery = () =>
  queryOptions({
    queryKey: ['data', ARTICLE_FILE] as const,
    queryFn: ({ signal }) =>
      fetchDataFile(ARTICLE_FILE, articleFileSchema, { signal, check: checkArticle }),
  });
