import { Suspense, useContext, useEffect, useRef } from 'react';
import { ARTICLE_FILE } from '../../data/article-query';
import { LoadingNotice } from '../../ui/loading-notice';
import { startArticleBehaviour } from './article-behaviour';
import { ArticleSkeleton, PendingArticle } from './article-skeleton';
import { ArticleModeContext, ArticleRendererContext } from './article-mode';
import type { ArticleViewProps } from './article-view';
// The prerendered text is styled from the first paint, though its component's code never loads.
import './article.css';

// Kept, never replaced: React leaves an element's inner HTML alone when hydrating it, and only
// sets it again if this value changes, which it never does.
const AS_PRERENDERED = { __html: '' };

/**
 * The article's place in the page. Hydrating the prerendered text would cost one long task per
 * hundred mentions on a phone, and change nothing a reader sees; so, prerendered, it is left
 * alone: one listener and the marks of the view do what its components would (article-behaviour),
 * and its controls (Link or quote, Cite) are islands of their own (article-islands.tsx).
 */
export function ArticleSlot({ paragraphTools }: ArticleViewProps) {
  const mode = useContext(ArticleModeContext);
  const renderArticle = useContext(ArticleRendererContext);
  const slot = useRef<HTMLDivElement>(null);

  useEffect(() => (slot.current ? startArticleBehaviour(slot.current) : undefined), []);
  if (mode === 'static')
    return (
      <div
        ref={slot}
        className="article-slot"
        dangerouslySetInnerHTML={AS_PRERENDERED}
        suppressHydrationWarning
      />
    );
  return (
    <div ref={slot} className="article-slot">
      <Suspense
        fallback={
          <PendingArticle>
            <LoadingNotice what="the article" file={ARTICLE_FILE} />
            <ArticleSkeleton />
          </PendingArticle>
        }
      >
        {renderArticle({ paragraphTools })}
      </Suspense>
    </div>
  );
}
