import { resolveSource } from '../../data/resolve-source';
import type { PartyCount as PartyCountData } from '../../data/schemas/reference';
import { ExternalLink } from '../../ui/external-link';
import { formatUnDate } from '../../ui/format-date';
import { useDocuments } from '../../ui/use-documents';

/**
 * A party count is a snapshot: it says when it was true and who said so, and links to the live
 * status page so the reader can see today's figure rather than trust ours.
 */
export function PartyCount({ count, treaty }: { count: PartyCountData; treaty: string }) {
  const documents = useDocuments();
  const resolved = documents.data && resolveSource(count.source, documents.data);
  // Today's figure is on the depositary's record of the treaty, whoever gave the dated count.
  const url = documents.data?.documents[treaty]?.url;
  const statusUrl = url && new URL(url).host === 'treaties.un.org' ? url : undefined;
  return (
    <>
      {count.parties} parties
      {count.signatories !== undefined && `, ${count.signatories} signatories`}, as at{' '}
      {formatUnDate(count.asOf)}{' '}
      <span className="muted">
        ({resolved ? resolved.doc.publisher : 'source loading'}; figure checked{' '}
        {formatUnDate(count.checked)})
      </span>
      {statusUrl && (
        <>
          {' '}
          <ExternalLink className="source-link" href={statusUrl}>
            Check today’s figure
          </ExternalLink>
        </>
      )}
    </>
  );
}
