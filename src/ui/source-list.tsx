import type { Source } from '../data/schemas/common';
import { SourceCitation } from './source-citation';
import { uniqueSources } from './unique-sources';

type SourceListProps = { sources: readonly Source[]; label?: string; open?: boolean };

/** Sources behind a disclosure, so the facts stay in front; `open` where the sources are the point. */
export function SourceList({ sources, label = 'Sources', open = false }: SourceListProps) {
  const unique = uniqueSources(sources);
  if (unique.length === 0) return null;
  return (
    <details className="sources-disclosure" open={open}>
      <summary>
        {label} ({unique.length})
      </summary>
      <ol className="card-list sources">
        {unique.map((source, index) => (
          <li key={index}>
            <SourceCitation source={source} />
          </li>
        ))}
      </ol>
    </details>
  );
}

/** One short citation inline: "Trafficking in Persons Protocol, art. 3(a)". */
export function InlineSource({ source }: { source: Source }) {
  return (
    <p className="inline-source">
      <span className="label">Source: </span>
      <SourceCitation source={source} />
    </p>
  );
}
