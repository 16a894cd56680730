/** The kinds of island the article's markup holds (see src/ui/island.tsx). */
export const PARAGRAPH_TOOLS_ISLAND = 'paragraph-tools';
export const CITE_ISLAND = 'cite';
