import type { ComponentType } from 'react';

/**
 * What a part of the page may add under each paragraph of the article (links and quotations of
 * it): the reading view takes it as a component from the app, so the two features stay apart.
 */
export type ParagraphToolsProps = {
  /** 1-based, as a reader counts. */
  paragraph: number;
  /** The paragraph's id in article.json ("p4"). */
  source: string;
};
export type ParagraphTools = ComponentType<ParagraphToolsProps>;
