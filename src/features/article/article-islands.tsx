import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { CiteButton } from '../../ui/cite/cite-button';
import { hydrateIslands, islandOf } from '../../ui/hydrate-islands';
import type { ParagraphTools } from '../../ui/paragraph-tools';
import { CITE_ISLAND, PARAGRAPH_TOOLS_ISLAND } from './island-names';

/**
 * Hydrates the controls inside the prerendered text (Link or quote, Cite), each a root of its own.
 * Called with the page's own hydration, not after it: a control pressed in between would belong
 * to no root yet, and its press would be lost. Resolves once all of them have hydrated.
 */
export function hydrateArticleIslands(
  container: HTMLElement,
  { paragraphTools, client }: { paragraphTools: ParagraphTools; client: QueryClient },
) {
  return hydrateIslands(
    container,
    { [CITE_ISLAND]: islandOf(CiteButton), [PARAGRAPH_TOOLS_ISLAND]: islandOf(paragraphTools) },
    (children) => <QueryClientProvider client={client}>{children}</QueryClientProvider>,
  );
}
