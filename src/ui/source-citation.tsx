import { resolveSource } from '../data/resolve-source';
import type { Source } from '../data/schemas/common';
import { ExternalLink } from './external-link';
import { formatUnDate } from './format-date';
import { hostOf } from './host-of';
import { useDocuments } from './use-documents';

/**
 * One source as a reader would cite it: the document (title, symbol, pinpoint, publisher, date)
 * with a link to its publisher's own copy, and, when the fact was read elsewhere, that copy named
 * as such. The document records live in documents.json, once for the whole explorer.
 */
export function SourceCitation({ source }: { source: Source }) {
  const documents = useDocuments();
  if (!documents.data) {
    return (
      <span className="source-pending">
        {documents.isError ? 'The source list could not be loaded' : 'Loading the source…'}
        {source.pinpoint && ` (${source.pinpoint})`}
      </span>
    );
  }
  const resolved = resolveSource(source, documents.data);
  if (!resolved) return <span className="source-pending">Unknown source “{source.doc}”</span>;
  const { doc, copy, standing } = resolved;
  const details = [doc.symbol, source.pinpoint, doc.publisher, doc.date && formatUnDate(doc.date)]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <cite className="source-title">{doc.title}</cite>
      {details && <span className="source-details">{`, ${details}`}</span>}
      {doc.url && (
        <>
          {' '}
          <ExternalLink className="source-link" href={doc.url}>
            Open at {hostOf(doc.url)}
          </ExternalLink>
        </>
      )}
      {standing === 'secondary' && <span className="source-flag"> Secondary source.</span>}
      {copy && (
        <span className="source-copy">
          {' '}
          Read in a copy at {copy.site}, not at the publisher
          {copy.url ? (
            <>
              {': '}
              <ExternalLink className="source-link" href={copy.url}>
                open the copy
              </ExternalLink>
            </>
          ) : (
            ' (no address of the copy could be verified)'
          )}
          .
        </span>
      )}
      {standing === 'unlinked' && doc.unlinked && (
        <span className="source-flag"> Not linked: {doc.unlinked}</span>
      )}
      {source.note && <span className="source-note"> {source.note}</span>}
    </>
  );
}

/** Just the document's title, for a caption ("Quoted from …"); the full citation is listed below. */
export function SourceTitle({ source }: { source: Source }) {
  const documents = useDocuments();
  const resolved = documents.data && resolveSource(source, documents.data);
  if (!resolved) {
    return (
      <cite>{documents.isError ? 'a source whose record could not be loaded' : 'its source'}</cite>
    );
  }
  return (
    <>
      <cite>{resolved.doc.title}</cite>
      {source.pinpoint && `, ${source.pinpoint}`}
      {resolved.standing === 'secondary' && ' (secondary source)'}
      {resolved.standing === 'copy' && ' (read in a copy)'}
    </>
  );
}
