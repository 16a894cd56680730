import type { ReactNode } from 'react';

/** Grey lines the size of the article, so nothing jumps when the text arrives. */
export function ArticleSkeleton() {
  return (
    <div className="skeleton" aria-hidden="true">
      <div className="skeleton-line skeleton-headline" />
      <div className="skeleton-line skeleton-short" />
      {Array.from({ length: 6 }, (_, index) => (
        <div key={index} className="skeleton-paragraph">
          <div className="skeleton-line" />
          <div className="skeleton-line" />
          <div className="skeleton-line skeleton-short" />
        </div>
      ))}
    </div>
  );
}

/** The article's place while its text is not there: loading, or failed to load. */
export function PendingArticle({ children }: { children: ReactNode }) {
  return (
    <article className="article" id="article" aria-labelledby="article-status" tabIndex={-1}>
      <h1 id="article-status" className="visually-hidden">
        Article
      </h1>
      {children}
    </article>
  );
}
