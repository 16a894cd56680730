import { createContext, createElement, lazy, type ReactNode } from 'react';
import type { ArticleViewProps } from './article-view';

/**
 * How the article reaches the page. `render`: React renders it (the build, or a browser given no
 * prerendered copy). `static`: the prerendered text stays exactly as the HTML gave it, and only
 * its few controls are hydrated, each on its own.
 */
export type ArticleMode = 'render' | 'static';
export const ArticleModeContext = createContext<ArticleMode>('render');

// Its code is needed only where the browser renders the text itself; the build renders it with
// the component imported directly (entry-server.tsx), as renderToString cannot wait for a chunk.
const lazyArticleView = lazy(() =>
  import('./article-view').then((module) => ({ default: module.ArticleView })),
);
export const ArticleRendererContext = createContext<(props: ArticleViewProps) => ReactNode>(
  ({ paragraphTools }) => createElement(lazyArticleView, { paragraphTools }),
);
