import { dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/app';
import { ArticleRendererContext } from './features/article/article-mode';
import { ArticleView } from './features/article/article-view';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { ARTICLE_FILE } from './data/article-query';
import { checkArticle } from './data/check-article';
import { checkReferences } from './data/check-references';
import { DOCUMENTS_FILE } from './data/documents-query';
import { ENTITIES_FILE } from './data/entities-query';
import { articleFileSchema } from './data/schemas/article';
import { documentsFileSchema } from './data/schemas/documents';
import { entitiesFileSchema } from './data/schemas/entities';
import { contextNotesFileSchema } from './data/schemas/reference';
import { CONTEXT_NOTES_FILE } from './data/reference-queries';

/**
 * Build-time rendering of the reading view, so the article is in the HTML and readable before
 * any JavaScript runs. The files are validated here exactly as the app validates them on load:
 * a bad file fails the build instead of shipping. The returned state seeds the client's cache
 * with what hydration needs, so those files are not fetched twice.
 */
export function prerender(files: {
  article: unknown;
  entities: unknown;
  notes: unknown;
  documents: unknown;
}) {
  const article = articleFileSchema.parse(files.article);
  const entities = entitiesFileSchema.parse(files.entities);
  // The notes sit between paragraphs: arriving after the first paint they would push the text.
  const notes = contextNotesFileSchema.parse(files.notes);
  // The notes cite their sources, and a citation is only as good as its document record.
  const documents = documentsFileSchema.parse(files.documents);
  const fault = checkArticle(article) ?? checkReferences(article, entities);
  if (fault) throw new Error(fault);

  const client = createQueryClient();
  client.setQueryData(['data', ARTICLE_FILE], article);
  client.setQueryData(['data', ENTITIES_FILE], entities);
  client.setQueryData(['data', CONTEXT_NOTES_FILE], notes);
  client.setQueryData(['data', DOCUMENTS_FILE], documents);
  const html = renderToString(
    <StrictMode>
      <Providers client={client}>
        <ArticleRendererContext.Provider value={(props) => <ArticleView {...props} />}>
          <App />
        </ArticleRendererContext.Provider>
      </Providers>
    </StrictMode>,
  );
  // The browser hydrates everything but the article's text (features/article/article-slot.tsx):
  // it needs only what the header and the filters are drawn from. The rest is in the HTML
  // already, and fetched when a part of the page that shows it more fully arrives.
  const hydrationNeeds = new Set([ARTICLE_FILE, ENTITIES_FILE]);
  const state = dehydrate(client, {
    shouldDehydrateQuery: (query) => hydrationNeeds.has(String(query.queryKey[1])),
  });
  return { html, state };
}
