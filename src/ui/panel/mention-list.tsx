import type { MentionRef } from '../../data/article-model';
import { describeSource } from '../../data/text-sources';
import { useExplorerActions } from '../../state/explorer-store';
import { scrollToMention } from '../../ui/scroll-to-mention';
import './mention-list.css';

/**
 * Every place the article names something, as links that scroll to the words and mark them.
 * A card that lists several things' mentions names each list (`label`) so they can be told apart.
 */
export function MentionList({
  name,
  mentions,
  label,
  className,
}: {
  name: string;
  mentions: MentionRef[];
  label?: string;
  className?: string;
}) {
  const { markPassage } = useExplorerActions();
  if (mentions.length === 0) return <p>The article does not mention {name}.</p>;
  return (
    <ul
      className={className ? `card-list mentions ${className}` : 'card-list mentions'}
      aria-label={label}
    >
      {mentions.map((mention) => (
        <li key={mention.annotationId}>
          <a
            href={`#mention-${mention.controlId}`}
            onClick={(event) => {
              event.preventDefault();
              markPassage({ source: mention.source, exact: null });
              scrollToMention(mention.controlId);
            }}
          >
            <span className="mention-where">{capitalise(describeSource(mention.source))}:</span> “
            {mention.exact}”
          </a>
        </li>
      ))}
    </ul>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
