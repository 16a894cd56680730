import { Fragment } from 'react';
import type { EntityType } from '../../data/schemas/entities';
import type { MentionContext } from './mention-context';
import { filterClassesOf } from '../../data/filter-keys';
import { TypeIcon } from '../../ui/type-icon';
import { mentionDomId } from '../../data/article-model';
import type { Block } from '../../data/layout-text';
import type { MentionSegment, Segment } from '../../data/segment-text';

const EMPTY: readonly string[] = [];

type AnnotatedTextProps = {
  blocks: Block[];
  /** Without entities (still loading, or failed) the text shows plain, never blank. */
  context: MentionContext | null;
};

export function AnnotatedText({ blocks, context }: AnnotatedTextProps) {
  return (
    <>
      {blocks.map((block, index) =>
        block.kind === 'quote' ? (
          <q
            key={block.quote.id}
            className="quote"
            data-continues={block.quote.continues || undefined}
          >
            <Segments segments={block.segments} context={context} />
            {block.quote.continues && (
              <span className="quote-continues">
                <span aria-hidden="true">continues ↓</span>
                <span className="visually-hidden">
                  (the quotation continues in the next paragraph)
                </span>
              </span>
            )}
          </q>
        ) : (
          <Segments key={`plain-${index}`} segments={block.segments} context={context} />
        ),
      )}
    </>
  );
}

function Segments({ segments, context }: { segments: Segment[]; context: MentionContext | null }) {
  return (
    <>
      {segments.map((segment) =>
        segment.kind === 'mention' && context ? (
          <Mention key={segment.id} segment={segment} context={context} />
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

/**
 * A mention draws the same markup whoever renders it, the build or the browser: what it does when
 * activated, and its mark when its item is open, come from article-behaviour.ts.
 */
function Mention({ segment, context }: { segment: MentionSegment; context: MentionContext }) {
  const entityIds = context.entitiesOfControl[segment.id] ?? EMPTY;
  const primary = entityIds[0] ? context.entitiesById[entityIds[0]] : undefined;
  if (!primary) return <>{segment.text}</>;
  const domId = mentionDomId(segment.id);
  return (
    // A link, not a button: links wrap across lines like the words they are, where a button
    // would keep a long phrase on one line and push it off a narrow screen. It leads to the
    // entity's own view, which is what a reader opening it in a new tab would expect.
    <a
      href={`?open=${encodeURIComponent(primary.id)}`}
      id={domId}
      // The filter keys are what the filters' stylesheet matches on; a filter click changes no
      // mention.
      className={`mention ${filterClassesOf(entityIds, context.entitiesById, context.relations)}`}
      data-type={primary.type}
      data-entities={entityIds.join(' ')}
      aria-controls="definition"
    >
      {segment.runs.map((run, index) => {
        const innermost = run.spanIds.at(-1);
        const innerEntity =
          run.spanIds.length > 1 && innermost
            ? context.entitiesById[context.entitiesOfAnnotation[innermost]?.[0] ?? '']
            : undefined;
        const content =
          index === 0 ? <IconWithFirstWord type={primary.type} text={run.text} /> : run.text;
        return innerEntity ? (
          <span key={run.start} className="mention-inner" data-type={innerEntity.type}>
            {content}
          </span>
        ) : (
          <Fragment key={run.start}>{content}</Fragment>
        );
      })}
    </a>
  );
}

/** The type's shape stays on the same line as the word it marks, however the text wraps. */
function IconWithFirstWord({ type, text }: { type: EntityType; text: string }) {
  const [, head = '', tail = ''] = /^(\S*)([\s\S]*)$/.exec(text) ?? [];
  return (
    <>
      <span className="nowrap">
        <TypeIcon type={type} />
        {head}
      </span>
      {tail}
    </>
  );
}
