import type { ArticleFile, TextSource } from './schemas/article';
import { textOf } from './text-sources';
import { layoutText, type Block, type QuoteRange } from './layout-text';
import { oncePerFile } from './once-per-file';

export type MentionRef = {
  /** The annotation that names the entity. */
  annotationId: string;
  /** The control that carries it (the outermost annotation of its mention). */
  controlId: string;
  source: TextSource;
  exact: string;
};

export type ArticleModel = {
  article: ArticleFile;
  blocks: Record<string, Block[]>;
  /** Every entity a control stands for, its own entities first, then those nested inside it. */
  entitiesOfControl: Record<string, string[]>;
  entitiesOfAnnotation: Record<string, string[]>;
  /** Where each entity is mentioned, in reading order (headline, paragraphs, photo credit). */
  mentionsOfEntity: Record<string, MentionRef[]>;
};

const READING_ORDER = (article: ArticleFile): TextSource[] => [
  'headline',
  'photoCredit',
  ...article.paragraphs.map((paragraph) => paragraph.id as TextSource),
];

/** DOM id of a mention's control, shared by the reading view and every link that scrolls to it. */
export const mentionDomId = (controlId: string) => `mention-${controlId}`;
/** The inverse of mentionDomId; null for an element id that is not a mention's. */
export const controlIdOfMention = (domId: string): string | null =>
  domId.startsWith('mention-') ? domId.slice('mention-'.length) : null;

/**
 * Everything the reading view derives from article.json, computed once per loaded file and
 * shared by every component that selects it.
 */
export const buildArticleModel = oncePerFile(function buildArticleModel(
  article: ArticleFile,
): ArticleModel {
  const blocks: Record<string, Block[]> = {};
  const entitiesOfControl: Record<string, string[]> = {};
  const mentionsOfEntity: Record<string, MentionRef[]> = {};
  const annotationsById = new Map(
    article.annotations.map((annotation) => [annotation.id, annotation]),
  );

  for (const source of READING_ORDER(article)) {
    const text = textOf(article, source);
    if (text === undefined) continue;
    const spans = article.annotations
      .filter((annotation) => annotation.target.source === source)
      .map((annotation) => ({
        id: annotation.id,
        start: annotation.target.selector[0].start,
        end: annotation.target.selector[0].end,
      }));
    const quotes: QuoteRange[] = article.quotations.flatMap((quotation) =>
      quotation.parts
        .filter((part) => part.source === source)
        .map((part, index) => ({
          id: `${quotation.id}-${index}`,
          start: part.start,
          end: part.end,
          continues: !part.closesWithMark,
        })),
    );
    const sourceBlocks = layoutText(text, spans, quotes);
    blocks[source] = sourceBlocks;

    for (const segment of sourceBlocks.flatMap((block) => block.segments)) {
      if (segment.kind !== 'mention') continue;
      const entityIds: string[] = [];
      for (const spanId of segment.spanIds) {
        const annotation = annotationsById.get(spanId);
        if (!annotation) continue;
        for (const entityId of annotation.entities) {
          if (!entityIds.includes(entityId)) entityIds.push(entityId);
          const refs = (mentionsOfEntity[entityId] ??= []);
          if (!refs.some((ref) => ref.controlId === segment.id)) {
            refs.push({
              annotationId: annotation.id,
              controlId: segment.id,
              source,
              exact: annotation.target.selector[1].exact,
            });
          }
        }
      }
      entitiesOfControl[segment.id] = entityIds;
    }
  }
  const entitiesOfAnnotation = Object.fromEntries(
    article.annotations.map((annotation) => [annotation.id, annotation.entities]),
  );
  return { article, blocks, entitiesOfControl, entitiesOfAnnotation, mentionsOfEntity };
});
