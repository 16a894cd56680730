import type { Source } from '../data/schemas/common';
import { formatUnDate } from './format-date';

/** One source as a reader would cite it: title, symbol, pinpoint, publisher, date, link. */
export function SourceCitation({ source }: { source: Source }) {
  const details = [
    source.symbol,
    source.pinpoint,
    source.publisher,
    source.date && formatUnDate(source.date),
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <cite className="source-title">{source.title}</cite>
      {details && <span className="source-details">{`, ${details}`}</span>}
      {source.reliability === 'secondary' && (
        <span className="source-flag">
          {' '}
          (secondary source: not checked against the official text)
        </span>
      )}
      {source.note && <span className="source-note">. {source.note}</span>}
      {source.url && /^https?:\/\//i.test(source.url) && (
        <>
          {' '}
          <a className="source-link" href={source.url} target="_blank" rel="noopener noreferrer">
            Open source<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </>
      )}
    </>
  );
}
