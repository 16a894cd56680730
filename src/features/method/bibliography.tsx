import type { CitedDocument } from '../../data/schemas/documents';
import { ExternalLink } from '../../ui/external-link';
import { hostOf } from '../../ui/host-of';
import { formatUnDate } from '../../ui/format-date';
import { groupHeading, type BibliographyEntry, type BibliographyGroup } from './build-bibliography';

/** Every document the explorer cites, once, in its group: the citation, the link, where it is used. */
export function Bibliography({ groups }: { groups: BibliographyGroup[] }) {
  return (
    <>
      <nav aria-label="Bibliography groups">
        <ul className="method-toc">
          {groups.map((group) => (
            <li key={group.id}>
              <a href={`#bibliography-${group.id}`}>{groupHeading(group)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section
          key={group.id}
          className="bibliography-group"
          aria-labelledby={`bibliography-${group.id}`}
        >
          <h3 id={`bibliography-${group.id}`}>{groupHeading(group)}</h3>
          {group.entries.length === 0 ? (
            <p className="muted">The explorer cites none.</p>
          ) : (
            <ul className="bibliography-list">
              {group.entries.map((entry) => (
                <BibliographyItem key={entry.doc.id} entry={entry} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

function BibliographyItem({ entry }: { entry: BibliographyEntry }) {
  const { doc, readIn, citedIn } = entry;
  return (
    <li className="bibliography-entry" id={`document-${doc.id}`}>
      <p className="bibliography-citation">
        <cite>{doc.title}</cite>
        {citationDetails(doc)}
      </p>
      <p className="bibliography-link">
        {doc.url ? (
          <ExternalLink href={doc.url}>Open at {hostOf(doc.url)}</ExternalLink>
        ) : (
          <span className="bibliography-unlinked">Not linked: {doc.unlinked}</span>
        )}
      </p>
      {readIn.length > 0 && (
        <div className="bibliography-line">
          <span className="bibliography-label">Read in:</span>
          <ul className="bibliography-copies">
            {readIn.map((copy) => (
              <li key={copy.id}>
                {copy.url ? (
                  <ExternalLink href={copy.url}>{copy.site}</ExternalLink>
                ) : (
                  <>
                    {copy.site} <span className="muted">(no address could be verified)</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {citedIn.length > 0 && (
        <div className="bibliography-line">
          <span className="bibliography-label">Cited in:</span>
          <ul className="bibliography-cited-in">
            {citedIn.map((card) => (
              <li key={card.key}>
                {card.href ? <a href={card.href}>{card.label}</a> : card.label}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/** ", XVIII-12, United Nations, Treaty Series, vol. 2225, p. 209, United Nations, 15 November 2000." */
function citationDetails(doc: CitedDocument): string {
  const parts = [doc.symbol, doc.treatySeries, doc.publisher, doc.date && formatUnDate(doc.date)];
  const details = parts.filter(Boolean).join(', ');
  return details ? `, ${details}.` : '.';
}
