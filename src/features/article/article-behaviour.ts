import { articleStore, type ArticleMarks } from '../../state/explorer-store';
import { highlightPhrase } from '../../ui/highlight-passage';
import { controlIdOfMention } from '../../data/article-model';

/**
 * What the article's text does, kept out of its components. The prerendered text is left as the
 * HTML gave it (see article-slot.tsx): hydrating its hundreds of mentions would hold the main
 * thread for longer than a frame on a phone, for nothing a reader can see. So one listener on
 * the text handles every mention, and the view's marks (the item open in the panels, the passage
 * a reader was sent to) are written onto the markup. Rendered by React instead (no prerendered
 * copy), the text gets exactly the same: nothing here depends on who made the markup.
 * Returns a function that stops it.
 */
export function startArticleBehaviour(container: HTMLElement): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    // A modified click opens the mention's own address (?open=…) in a new tab or window.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target : null;
    const mention = target?.closest<HTMLAnchorElement>('a.mention[data-entities]');
    if (!mention || !container.contains(mention)) return;
    const primary = mention.dataset.entities?.split(' ')[0];
    if (!primary) return;
    event.preventDefault();
    articleStore.openDefinition(primary, {
      returnFocusTo: mention.id || null,
      controlId: controlIdOfMention(mention.id),
    });
  };
  container.addEventListener('click', onClick);

  let unmark: () => void = () => {};
  let shown: ArticleMarks = { selectedId: null, marked: null };
  const show = (marks: ArticleMarks) => {
    showSelected(container, marks.selectedId);
    const row = marks.marked ? paragraphRow(container, marks.marked.source) : null;
    for (const other of container.querySelectorAll<HTMLElement>('.paragraph-row[data-marked]'))
      if (other !== row) delete other.dataset.marked;
    if (marks.marked !== shown.marked || !row?.dataset.marked) {
      unmark();
      unmark = () => {};
      if (row) {
        row.dataset.marked = 'true';
        const paragraph = row.querySelector<HTMLElement>('.paragraph');
        if (paragraph && marks.marked?.exact)
          unmark = highlightPhrase(paragraph, marks.marked.exact);
      }
    }
    shown = marks;
  };
  show(articleStore.getMarks());
  const unsubscribe = articleStore.subscribe(show);
  // The text rendered by React (no prerendered copy) arrives and changes after this starts.
  const observer = new MutationObserver(() => show(articleStore.getMarks()));
  observer.observe(container, { childList: true, subtree: true });

  return () => {
    container.removeEventListener('click', onClick);
    unsubscribe();
    observer.disconnect();
    unmark();
  };
}

/** The mentions of the item open in the panels are outlined, and screen readers hear it. */
function showSelected(container: HTMLElement, selectedId: string | null) {
  for (const mention of container.querySelectorAll<HTMLElement>('.mention[data-selected]')) {
    if (selectedId && mentionNames(mention, selectedId)) continue;
    delete mention.dataset.selected;
    mention.removeAttribute('aria-current');
  }
  if (!selectedId) return;
  // An attribute selector, not a walk over every mention: a long text has tens of thousands.
  for (const mention of container.querySelectorAll<HTMLElement>(
    `.mention[data-entities~=${quoted(selectedId)}]`,
  )) {
    if (mention.dataset.selected) continue;
    mention.dataset.selected = 'true';
    mention.setAttribute('aria-current', 'true');
  }
}

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

const mentionNames = (mention: HTMLElement, id: string) =>
  (mention.dataset.entities ?? '').split(' ').includes(id);

const paragraphRow = (container: HTMLElement, source: string) =>
  container.querySelector<HTMLElement>(`.paragraph-row[data-source=${quoted(source)}]`);
