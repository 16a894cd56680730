import type { DocumentIndex } from './documents-query';
import type { Source } from './schemas/common';
import type { CitedDocument, DocumentCopy } from './schemas/documents';

/**
 * How far a reader can trust a source as cited:
 * - primary: the document as its publisher keeps it, linked and read there;
 * - copy: the document, but read in a reproduction elsewhere ("read in a copy at …");
 * - secondary: a work about the document, not the document;
 * - unlinked: the document, with no publisher's address that could be verified.
 */
export type SourceStanding = 'primary' | 'copy' | 'secondary' | 'unlinked';

export type ResolvedSource = {
  source: Source;
  doc: CitedDocument;
  copy: DocumentCopy | undefined;
  standing: SourceStanding;
  /** The W3C/issue sense of the word: only the publisher's own copy counts as primary. */
  reliability: 'primary' | 'secondary';
  /** Where a reader can follow it: the publisher's copy, else the copy it was read in. */
  href: string | undefined;
};

export function resolveSource(source: Source, index: DocumentIndex): ResolvedSource | null {
  const doc = index.documents[source.doc];
  if (!doc) return null;
  const copy = source.readIn ? index.copies[source.readIn] : undefined;
  const standing = standingOf(doc, source, copy);
  return {
    source,
    doc,
    copy,
    standing,
    reliability: standing === 'primary' ? 'primary' : 'secondary',
    href: doc.url ?? copy?.url,
  };
}

function standingOf(
  doc: CitedDocument,
  source: Source,
  copy: DocumentCopy | undefined,
): SourceStanding {
  if (doc.kind === 'secondary') return 'secondary';
  if (source.readIn !== undefined || copy) return 'copy';
  // That a document's address is on its publisher's host is checked on the data, in the tests
  // (tests/data/sources.test.ts), so the host list stays out of the page's first script.
  if (!doc.url) return 'unlinked';
  return 'primary';
}
