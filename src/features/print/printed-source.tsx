import type { DocumentIndex } from '../../data/documents-query';
import { resolveSource } from '../../data/resolve-source';
import type { Source } from '../../data/schemas/common';
import { formatUnDate } from '../../ui/format-date';
import { uniqueSources } from '../../ui/unique-sources';

/**
 * One source as the card words it (ui/source-citation.tsx), for paper: the same title, symbol,
 * pinpoint, publisher, date and standing, with every address written out in full, since a
 * printed link cannot be followed.
 */
export function PrintedSource({ source, documents }: { source: Source; documents: DocumentIndex }) {
  const resolved = resolveSource(source, documents);
  if (!resolved) return <>Unknown source “{source.doc}”.</>;
  const { doc, copy, standing } = resolved;
  const details = [doc.symbol, source.pinpoint, doc.publisher, doc.date && formatUnDate(doc.date)]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <cite>{doc.title}</cite>
      {details && `, ${details}`}.
      {doc.url && (
        <>
          {' '}
          <span className="handout-url">{doc.url}</span>
        </>
      )}
      {standing === 'secondary' && ' Secondary source.'}
      {copy && (
        <>
          {` Read in a copy at ${copy.site}, not at the publisher`}
          {copy.url ? (
            <>
              {': '}
              <span className="handout-url">{copy.url}</span>
            </>
          ) : (
            ' (no address of the copy could be verified).'
          )}
        </>
      )}
      {standing === 'unlinked' && doc.unlinked && ` Not linked: ${doc.unlinked}`}
      {source.note && ` ${source.note}`}
    </>
  );
}

/** A fact's sources, each document once with every place cited, as a numbered list. */
export function PrintedSources({
  sources,
  documents,
}: {
  sources: readonly Source[];
  documents: DocumentIndex;
}) {
  const unique = uniqueSources(sources);
  if (unique.length === 0) return null;
  return (
    <div className="handout-sources">
      <p className="handout-sources-label">{unique.length === 1 ? 'Source' : 'Sources'}</p>
      <ol>
        {unique.map((source) => (
          <li key={`${source.doc} ${source.readIn ?? ''}`}>
            <PrintedSource source={source} documents={documents} />
          </li>
        ))}
      </ol>
    </div>
  );
}
