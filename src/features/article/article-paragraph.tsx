import { memo, useMemo } from 'react';
import type { Block } from '../../data/layout-text';
import type { ContextNote } from '../../data/schemas/reference';
import { Island } from '../../ui/island';
import type { ParagraphTools } from '../../ui/paragraph-tools';
import { SourceList } from '../../ui/source-list';
import { AnnotatedText } from './annotated-text';
import type { MentionContext } from './mention-context';
import { filterClassesOf } from '../../data/filter-keys';
import { PARAGRAPH_TOOLS_ISLAND } from './island-names';

type Props = {
  id: string;
  number: number;
  blocks: Block[];
  context: MentionContext | null;
  notes: ContextNote[];
  /** Links and quotations of the paragraph, given by the app (see ParagraphTools). */
  Tools?: ParagraphTools;
};

/**
 * One body paragraph, and beside it the notes that qualify what it says. It can be marked (a
 * reader jumped to it) and takes focus then, so keyboard and screen-reader users land there too.
 */
export const ArticleParagraph = memo(function ArticleParagraph({
  id,
  number,
  blocks,
  context,
  notes,
  Tools,
}: Props) {
  // Every key of its mentions: the filters' stylesheet greys the paragraphs that match nothing.
  // (A match is any one key, so the union of the mentions' keys decides as the mentions do.)
  const filterClasses = useMemo(
    () =>
      context
        ? filterClassesOf(
            blocks
              .flatMap((block) => block.segments)
              .flatMap((segment) =>
                segment.kind === 'mention' ? (context.entitiesOfControl[segment.id] ?? []) : [],
              ),
            context.entitiesById,
            context.relations,
          )
        : '',
    [blocks, context],
  );
  // Marked (a reader was sent here) by article-behaviour.ts, which finds the row by its source.
  return (
    <div className={`paragraph-row ${filterClasses}`.trim()} data-source={id}>
      <p id={`paragraph-${number}`} className="paragraph" tabIndex={-1}>
        <AnnotatedText blocks={blocks} context={context} />
      </p>
      {Tools && (
        <Island name={PARAGRAPH_TOOLS_ISLAND} props={{ paragraph: number, source: id }}>
          <Tools paragraph={number} source={id} />
        </Island>
      )}
      {notes.length > 0 && (
        <div className="context-notes" role="group" aria-label={`Notes on paragraph ${number}`}>
          {notes.map((note) => (
            <details key={note.id} className="context-note" data-kind={note.kind}>
              <summary className="context-note-title">
                <span className="context-note-kind">
                  {note.kind === 'omission' ? 'Left out' : 'Context'}:
                </span>{' '}
                {note.title}
              </summary>
              <p className="context-note-anchor">On “{note.anchor.exact}”</p>
              <p>{note.text}</p>
              <SourceList sources={note.sources} />
            </details>
          ))}
        </div>
      )}
    </div>
  );
});
