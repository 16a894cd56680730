import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { articleQuery } from '../../data/article-query';
import { entitiesQuery } from '../../data/entities-query';
import { indexEntities } from '../../data/entity-index';
import { ExternalLink } from '../../ui/external-link';
import { copyText } from '../../ui/copy-text';
import { CopyFeedback, type CopyOutcome } from './copy-feedback';
import { originalLink, quoteWithCitation, type Span } from './passage-citation';
import { selectionSpan } from './selection-span';

/**
 * While the reader has words of one paragraph selected, a bar at the foot of the screen offers
 * them as a quotation with its citation, and the same words on UN News. At the foot rather than
 * beside the words, so it never covers the phone's own selection handles and menu.
 */
export function SelectionQuote() {
  const { data: article } = useQuery(articleQuery());
  const { data: entities } = useQuery({ ...entitiesQuery(), select: indexEntities });
  const [span, setSpan] = useState<Span | null>(null);
  const [outcome, setOutcome] = useState<CopyOutcome>(null);

  useEffect(() => {
    const onChange = () => {
      const next = selectionSpan(document.getSelection());
      // A click on the bar itself must not lose the words it is about to copy.
      if (next || !document.activeElement?.closest('.selection-quote')) setSpan(next);
    };
    // Words may have been selected before this part of the page loaded.
    onChange();
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  if (!article || (!span && !outcome)) return null;
  const speaker = (id: string) => entities?.byId[id]?.name ?? id;
  return (
    <div className="selection-quote" role="region" aria-label="Selected words">
      {span && (
        <div className="passage-actions">
          <button
            type="button"
            className="button"
            onPointerDown={(event) => event.preventDefault()}
            onClick={async () => {
              const quote = quoteWithCitation(
                article,
                span,
                { speaker },
                originalLink(article, span),
              );
              setOutcome(
                (await copyText(quote))
                  ? { kind: 'copied', what: 'Quotation' }
                  : { kind: 'refused', what: 'Quotation', text: quote },
              );
            }}
          >
            Copy quote with citation
          </button>
          <ExternalLink className="passage-original" href={originalLink(article, span)}>
            These words on UN News
          </ExternalLink>
        </div>
      )}
      <CopyFeedback outcome={outcome} />
      {!span && outcome && (
        <button type="button" className="button button-quiet" onClick={() => setOutcome(null)}>
          Dismiss
        </button>
      )}
    </div>
  );
}
