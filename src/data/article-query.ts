import { checkArticle } from './check-article';
import { dataFileQuery } from './data-file-query';

export const ARTICLE_FILE = 'article.json';

const loadSchema = () => import('./schemas/article').then((module) => module.articleFileSchema);

export const articleQuery = () => dataFileQuery(ARTICLE_FILE, loadSchema, checkArticle);
