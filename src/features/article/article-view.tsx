import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { articleQuery, ARTICLE_FILE } from '../../data/article-query';
import { checkReferences } from '../../data/check-references';
import { ENTITIES_FILE, entitiesQuery } from '../../data/entities-query';
import { DataError } from '../../ui/data-error';
import type { ParagraphTools } from '../../ui/paragraph-tools';
import { formatUnDate } from '../../ui/format-date';
import { LoadingNotice } from '../../ui/loading-notice';
import {
  CONTEXT_NOTES_FILE,
  contextNotesQuery,
  crimeCategoriesQuery,
  instrumentsQuery,
  selectCrimeCategories,
  selectInstruments,
  selectNotes,
} from '../../data/reference-queries';
import { ArticleParagraph } from './article-paragraph';
import { ARTICLE_CITATION_ID } from '../../data/citation-ids';
import { CiteButton } from '../../ui/cite/cite-button';
import { Island } from '../../ui/island';
import { CITE_ISLAND } from './island-names';
import { ArticleSkeleton, PendingArticle } from './article-skeleton';
import { buildRelations } from '../../data/relations';
import { AnnotatedText } from './annotated-text';
import { PHOTO_CREDIT_LABEL } from '../../ui/photo-credit';
import type { MentionContext } from './mention-context';
import { buildArticleModel } from '../../data/article-model';
import { indexEntities } from '../../data/entity-index';
import type { ContextNote } from '../../data/schemas/reference';
import './article.css';

const NO_NOTES: ContextNote[] = [];

export type ArticleViewProps = {
  /** What the app puts under each paragraph (see src/ui/paragraph-tools.ts). */
  paragraphTools?: ParagraphTools;
};

/** The article as React renders it: at build time, or in the browser without a prerendered copy. */
export function ArticleView({ paragraphTools }: ArticleViewProps) {
  const articleResult = useQuery({ ...articleQuery(), select: buildArticleModel });
  const entitiesResult = useQuery({ ...entitiesQuery(), select: indexEntities });
  const notesResult = useQuery({ ...contextNotesQuery(), select: selectNotes });
  const model = articleResult.data;
  const entities = entitiesResult.data;

  const referenceFault = useMemo(
    () => (model && entities ? checkReferences(model.article, entities.file) : null),
    [model, entities],
  );

  const { data: instruments } = useQuery({ ...instrumentsQuery(), select: selectInstruments });
  const { data: crimes } = useQuery({ ...crimeCategoriesQuery(), select: selectCrimeCategories });
  const relations = useMemo(
    () => buildRelations({ instruments, crimes: crimes?.categories }),
    [instruments, crimes],
  );
  // One stable list per paragraph, so a paragraph re-renders only when its own notes change.
  const notesOf = useMemo(() => {
    const byParagraph = new Map<string, ContextNote[]>();
    for (const note of notesResult.data ?? []) {
      const list = byParagraph.get(note.anchor.paragraph) ?? [];
      list.push(note);
      byParagraph.set(note.anchor.paragraph, list);
    }
    return byParagraph;
  }, [notesResult.data]);

  const context: MentionContext | null = useMemo(
    () =>
      model && entities && !referenceFault
        ? {
            entitiesById: entities.byId,
            entitiesOfControl: model.entitiesOfControl,
            entitiesOfAnnotation: model.entitiesOfAnnotation,
            relations,
          }
        : null,
    [model, entities, referenceFault, relations],
  );

  // Without the prerendered copy, the text waits for its highlights too (unless they failed):
  // marking the mentions afterwards would reflow every paragraph under the reader's eyes.
  if (!model || entitiesResult.isPending) {
    return (
      <PendingArticle>
        {!model && articleResult.isError ? (
          <DataError
            what="The article"
            error={articleResult.error}
            onRetry={() => void articleResult.refetch()}
            retrying={articleResult.isFetching}
          />
        ) : (
          <>
            {model ? (
              <LoadingNotice what="the highlights" file={ENTITIES_FILE} />
            ) : (
              <LoadingNotice what="the article" file={ARTICLE_FILE} />
            )}
            <ArticleSkeleton />
          </>
        )}
      </PendingArticle>
    );
  }

  const { article, blocks } = model;
  const { meta } = article;
  return (
    <article className="article" id="article" aria-labelledby="headline" tabIndex={-1}>
      <header className="article-header">
        <p className="publisher">
          <span className="publisher-name">{meta.publisher.name}</span>{' '}
          <span className="tagline">{meta.publisher.tagline}</span>
        </p>
        <h1 id="headline" className="headline">
          <AnnotatedText blocks={blocks.headline ?? []} context={context} />
        </h1>
        <p className="dateline">
          <time dateTime={meta.datePublished}>{formatUnDate(meta.datePublished)}</time>
          <span aria-hidden="true"> · </span>
          <span>{meta.place.name}</span>
          <span aria-hidden="true"> · </span>
          <a href={meta.url} target="_blank" rel="noopener noreferrer">
            Original on UN News<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
          <span aria-hidden="true"> · </span>
          <Island
            name={CITE_ISLAND}
            props={{ id: ARTICLE_CITATION_ID, what: 'this article' }}
            inline
          >
            <CiteButton id={ARTICLE_CITATION_ID} what="this article" />
          </Island>
        </p>
        {meta.datePublishedNote && (
          <details className="date-note">
            <summary>How the date was established</summary>
            <p>{meta.datePublishedNote}</p>
          </details>
        )}
        {/* The credit belongs to the photo on UN News, which this page does not show: without this
            label, a credit with no photo puzzles readers. The credit itself stays as published. */}
        <p className="photo-credit">
          <span className="photo-credit-label">{PHOTO_CREDIT_LABEL}</span>{' '}
          <span className="photo-credit-text">
            <AnnotatedText blocks={blocks.photoCredit ?? []} context={context} />
          </span>
        </p>
      </header>

      {/* The text is there to read; what is still coming says so without moving it. */}
      {notesResult.isPending && (
        <LoadingNotice what="the context notes" file={CONTEXT_NOTES_FILE} floating />
      )}
      {entitiesResult.isError && (
        <DataError
          what="The highlights"
          error={entitiesResult.error}
          onRetry={() => void entitiesResult.refetch()}
          retrying={entitiesResult.isFetching}
        />
      )}
      {referenceFault && (
        <DataError
          what="The highlights"
          error={new Error(referenceFault)}
          onRetry={() => {
            void articleResult.refetch();
            void entitiesResult.refetch();
          }}
          retrying={articleResult.isFetching || entitiesResult.isFetching}
        />
      )}

      {notesResult.isError && (
        <DataError
          what="The context notes"
          error={notesResult.error}
          onRetry={() => void notesResult.refetch()}
          retrying={notesResult.isFetching}
        />
      )}
      <div className="article-body">
        {article.paragraphs.map((paragraph, index) => (
          <ArticleParagraph
            key={paragraph.id}
            id={paragraph.id}
            number={index + 1}
            blocks={blocks[paragraph.id] ?? []}
            context={context}
            notes={notesOf.get(paragraph.id) ?? NO_NOTES}
            Tools={paragraphTools}
          />
        ))}
      </div>
    </article>
  );
}
