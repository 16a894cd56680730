import { useExplorerActions } from '../../state/explorer-store';
import { scrollToPassage } from '../../ui/scroll-to-mention';
import '../panel/mention-list.css';

/** A link to a phrase of the article that is not a mention (an MDG paraphrase, a noted sentence). */
export function PassageLink({ source, exact }: { source: string; exact: string }) {
  const { markPassage } = useExplorerActions();
  return (
    <a
      href={`#paragraph-${source.slice(1)}`}
      onClick={(event) => {
        event.preventDefault();
        markPassage({ source, exact });
        scrollToPassage(source);
      }}
    >
      <span className="mention-where">Paragraph {source.slice(1)}:</span> “{exact}”
    </a>
  );
}
