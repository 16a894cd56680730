import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { Suspense, useContext, useEffect, useRef } from 'react';
import { ARTICLE_FILE } from '../../data/article-query';
import { CiteButton } from '../../ui/cite/cite-button';
import { hydrateIslands, islandOf } from '../../ui/hydrate-islands';
import { LoadingNotice } from '../../ui/loading-notice';
import type { ParagraphTools } from '../../ui/paragraph-tools';
import { startArticleBehaviour } from './article-behaviour';
import { ArticleSkeleton, PendingArticle } from './article-skeleton';
import { ArticleModeContext, ArticleRendererContext } from './article-mode';
import type { ArticleViewProps } from './article-view';
import { CITE_ISLAND, PARAGRAPH_TOOLS_ISLAND } from './island-names';
// The prerendered text is styled from the first paint, though its component's code never loads.
import './article.css';

// Kept, never replaced: React leaves an element's inner HTML alone when hydrating it, and only
// sets it again if this value changes, which it never does.
const AS_PRERENDERED = { __html: '' };

/**
 * The article's place in the page. Hydrating the prerendered text would cost one long task per
 * hundred mentions on a phone, and change nothing a reader sees; so, prerendered, it is left
 * alone: one listener and the marks of the view do what its components would (article-behaviour),
 * and its controls (Link or quote, Cite) are islands of their own.
 */
export function ArticleSlot({ paragraphTools }: ArticleViewProps) {
  const mode = useContext(ArticleModeContext);
  const renderArticle = useContext(ArticleRendererContext);
  const client = useQueryClient();
  const slot = useRef<HTMLDivElement>(null);

  useEffect(() => (slot.current ? startArticleBehaviour(slot.current) : undefined), []);
  useEffect(() => {
    if (mode !== 'static' || !slot.current) return;
    hydrateIslands(slot.current, islandKinds(paragraphTools), (children) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    ));
  }, [mode, paragraphTools, client]);

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

const islandKinds = (paragraphTools: ParagraphTools | undefined) => ({
  [CITE_ISLAND]: islandOf(CiteButton),
  ...(paragraphTools && { [PARAGRAPH_TOOLS_ISLAND]: islandOf(paragraphTools) }),
});
