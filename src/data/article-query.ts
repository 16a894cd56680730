import { checkArticle } from './check-article';
import { dataFileQuery } from './data-file-query';
import { articleFileSchema } from './schemas/article';

export const ARTICLE_FILE = 'article.json';

export const articleQuery = () => dataFileQuery(ARTICLE_FILE, articleFileSchema, checkArticle);
