import type { MentionRef } from '../../data/article-model';
import { describeSource } from '../../data/text-sources';
import { useExplorerActions } from '../../state/explorer-store';
import { scrollToMention } from '../../ui/scroll-to-mention';

/** Where the article names a crime category: links that scroll to the words and mark them. */
export function CategoryMentions({ name, mentions }: { name: string; mentions: MentionRef[] }) {
  const { markPassage } = useExplorerActions();
  if (mentions.length === 0) return <p className="muted">The article does not name {name}.</p>;
  return (
    <ul className="card-list mentions sdg-mentions" aria-label={`Where the article names ${name}`}>
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
