import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { articleQuery } from '../../data/article-query';
import { PASSAGE_PARAM, parsePassage, resolvePassage } from '../../data/passage-address';
import { useExplorerActions } from '../../state/explorer-store';
import { scrollToMention, scrollToPassage } from '../../ui/scroll-to-mention';

/** What the address asked for when the page was opened: read once, it does not change. */
const arrival = typeof window === 'undefined' ? null : { ...window.location };

/**
 * A shared address that names a passage (`?passage=p4.s1`) or a mention (`#mention-a12`) brings
 * it into view and marks it, on a fresh load too, until the reader moves on (a click or tap
 * elsewhere). Said in plain words when the article has no such passage.
 */
export function PassageFromAddress() {
  const { data: article } = useQuery(articleQuery());
  const { markPassage, clearMark } = useExplorerActions();
  const [dismissed, setDismissed] = useState(false);
  const named = arrival ? new URLSearchParams(arrival.search).get(PASSAGE_PARAM) : null;
  const ref = parsePassage(named);
  const passage = article && ref ? resolvePassage(article, ref) : null;

  useEffect(() => {
    if (!article || !arrival) return;
    const hash = decodeURIComponent(arrival.hash.slice(1));
    if (hash.startsWith('mention-') && document.getElementById(hash)) {
      scrollToMention(hash.slice('mention-'.length));
      return;
    }
    if (!ref || !passage) return;
    markPassage({ source: passage.source, exact: ref.sentence === null ? null : passage.text });
    scrollToPassage(passage.source);
    const paragraph = document.getElementById(`paragraph-${ref.paragraph}`);
    const moveOn = (event: PointerEvent) => {
      if (paragraph?.contains(event.target as Node)) return;
      clearMark();
      document.removeEventListener('pointerdown', moveOn);
    };
    document.addEventListener('pointerdown', moveOn);
    return () => document.removeEventListener('pointerdown', moveOn);
    // Only on arrival, once the article is there.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [article]);

  if (!article || named === null || passage || dismissed) return null;
  return (
    <div className="view-notice" role="status">
      <p>The article has no passage “{named}”. Showing the whole article.</p>
      <button type="button" className="button button-quiet" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
