import {
  useQueries,
  useQuery,
  type UseQueryResult,
  type dataTagSymbol,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import { DOCUMENTS_FILE, documentsQuery } from '../../data/documents-query';
import { ENTITIES_FILE, entitiesQuery } from '../../data/entities-query';
import { publisherHosts } from '../../data/publisher-hosts';
import { TIMELINE_FILE, timelineQuery } from '../../data/timeline-query';
import {
  CONTEXT_NOTES_FILE,
  CRIME_CATEGORIES_FILE,
  INSTRUMENTS_FILE,
  MDGS_FILE,
  TERMS_FILE,
  contextNotesQuery,
  crimeCategoriesQuery,
  instrumentsQuery,
  mdgsQuery,
  termsQuery,
} from '../../data/reference-queries';
import type { DocumentsFile } from '../../data/schemas/documents';
import type { InstrumentsFile } from '../../data/schemas/reference';
import { DataError } from '../../ui/data-error';
import { BackToArticle, SubpageHeader } from '../../ui/subpage-header';
import { DATA_PAGE } from '../../ui/data-page-link';
import { ExternalLink } from '../../ui/external-link';
import { hostOf } from '../../ui/host-of';
import { formatUnDate } from '../../ui/format-date';
import { LoadingNotice } from '../../ui/loading-notice';
import { Bibliography } from './bibliography';
import { buildBibliography } from './build-bibliography';
import { SDGS_FILE, sdgsQuery } from '../../data/sdgs-query';
import { COMPARISONS_FILE, comparisonsQuery } from '../../data/comparisons-query';

const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/**
 * "How we check facts" (sources.html): the rules the explorer's sources follow, what could not be
 * confirmed, the licence, and the bibliography generated from the data. The rules are static and
 * shown at once; what comes from the data follows when its files have loaded.
 */
export function MethodPage() {
  const sources = useSourcesData();
  const { data } = sources;
  return (
    <>
      <SubpageHeader subtitle="How we check facts" />
      <main id="main" className="subpage subpage-prose method" tabIndex={-1}>
        <h1>How we check facts</h1>
        <p className="subpage-lead">
          Every fact in the explorer is shown with where it comes from. This page sets out which
          sources count as primary, how dated figures are dated, what we could not confirm, who owns
          what, and lists every document the explorer cites.
        </p>
        <nav aria-label="On this page">
          <ul className="method-toc">
            <li>
              <a href="#method">Method</a>
            </li>
            <li>
              <a href="#unconfirmed">What could not be confirmed</a>
            </li>
            <li>
              <a href="#licence">Licence</a>
            </li>
            <li>
              <a href="#bibliography">Bibliography</a>
            </li>
          </ul>
        </nav>

        {sources.error ? (
          <DataError
            what={`The list of sources (${sources.error.file})`}
            error={sources.error.error}
            onRetry={sources.retry}
            retrying={sources.retrying}
          />
        ) : (
          !data && <LoadingNotice what="the sources" file={sources.waitingFor ?? DOCUMENTS_FILE} />
        )}

        <MethodSection documents={data?.documents} instruments={data?.files.instruments} />

        <section aria-labelledby="unconfirmed">
          <h2 id="unconfirmed">What could not be confirmed</h2>
          {data && <Unconfirmed documents={data.documents} />}
          <p>
            Facts we could not confirm against a primary text are left out of the explorer rather
            than guessed; the documents above are cited without a link because no publisher’s copy
            could be verified. Among what is left out or said with care:
          </p>
          <ul className="method-left-out">
            <li>
              Page numbers in <cite>The Millennium Development Goals Report 2015</cite>: no UN copy
              of the report could be read, so its figures are cited to the UN pages that summarise
              it (UNIS Vienna, UN Denmark, UNDP, UNSCN).
            </li>
            <li>
              Party counts as at April 2010, when the message urged ratification: none dated by the
              depositary was found, so only the latest dated counts are shown.
            </li>
            <li>
              A count of parties to the Convention against Corruption later than 11 December 2023.
            </li>
            <li>
              The text of the Convention against Cybercrime, including whether it defines
              “cybercrime”: no UN copy of the text was read.
            </li>
            <li>
              The wording of footnote 14 to article 51 of the TRIPS Agreement was read only in a
              reproduction; the WTO’s page for that part of the Agreement could not be verified.
            </li>
            <li>
              The date of UNEP’s bulletin on environmental crime: its page says January 2012, UNEP’s
              repository January 2013, so no date is given.
            </li>
            <li>
              Whether the Fifteenth Congress (Abu Dhabi, 25–30 April 2026) has taken place: no
              source seen reports it.
            </li>
            <li>What the photograph on the UN News page showed: it is credited, not reproduced.</li>
          </ul>
        </section>

        <section aria-labelledby="licence">
          <h2 id="licence">Licence</h2>
          <p>
            The article’s text is © United Nations (UN News), quoted as published. Treaty texts,
            resolutions and other UN documents are the UN’s (or their publishers’). The team’s own
            descriptions, notes and data compilation are licensed under{' '}
            <ExternalLink href={LICENCE_URL}>
              Creative Commons Attribution 4.0 International (CC BY 4.0)
            </ExternalLink>
            .
          </p>
        </section>

        <section aria-labelledby="bibliography">
          <h2 id="bibliography">Bibliography</h2>
          <p>
            Every document the explorer cites, once, grouped by kind and sorted by date, then title.
            “Read in” names a reproduction a fact was read in; “Cited in” leads to the cards that
            cite the document.
          </p>
          {data && <Bibliography groups={data.bibliography.groups} />}
        </section>
      </main>
      <footer className="site-footer">
        <p>
          Article text © United Nations, from UN News. The team’s descriptions, notes and data are
          CC BY 4.0.
        </p>
        <p>
          <BackToArticle />
          {' · '}
          <a href={DATA_PAGE}>The data: downloads, schemas and licence</a>
        </p>
      </footer>
    </>
  );
}

function MethodSection({
  documents,
  instruments,
}: {
  documents: DocumentsFile | undefined;
  instruments: InstrumentsFile | undefined;
}) {
  return (
    <section aria-labelledby="method">
      <h2 id="method">Method</h2>

      <h3>What counts as a primary source</h3>
      <p>
        A source is primary only when its document is linked at its publisher’s own host and the
        fact was read there. These are the hosts we accept as a publisher’s own copy, and why:
      </p>
      <dl className="method-hosts">
        {publisherHosts.map((entry) => (
          <div key={entry.host} className="method-host">
            <dt>
              <code>{entry.host}</code>
            </dt>
            <dd>
              {entry.publisher} — {entry.why}.
            </dd>
          </div>
        ))}
      </dl>
      <p>
        A reproduction anywhere else, such as a national treaty database or a university’s copy, is
        labelled “read in a copy at …” with the site named, and counts as secondary however faithful
        it is. A work about a document, rather than the document itself, is a secondary source and
        is marked as one.
      </p>

      <h3>How dates and counts are dated</h3>
      <p>
        A count of a treaty’s parties is a snapshot, never a live figure. Each shows the “as at”
        date of the depositary’s status page, the day we checked it, and a link to the live page,
        where today’s figure may differ.
      </p>
      {documents && instruments && <PartyCounts documents={documents} instruments={instruments} />}
      {documents && (
        <p>
          The addresses and dated figures were last checked against stored copies on{' '}
          <time dateTime={documents.checked}>{formatUnDate(documents.checked)}</time>.
        </p>
      )}
      <p>
        A date known only to the month or the year is shown as far as it is known (“
        {formatUnDate('2013-02')}”, “{formatUnDate('2016')}”): the rest is never filled in.
      </p>

      <h3>What is left out</h3>
      <p>
        A fact that could not be confirmed is left out rather than guessed. The documents we cite
        without a link, and the copies we read without an address, are listed in the next section.
      </p>
    </section>
  );
}

/** The party counts the explorer shows, each with its two dates and the page it came from. */
function PartyCounts({
  documents,
  instruments,
}: {
  documents: DocumentsFile;
  instruments: InstrumentsFile;
}) {
  const rows = instruments.instruments.flatMap((instrument) =>
    instrument.parties.map((count, index) => ({ instrument, count, index })),
  );
  if (rows.length === 0) return null;
  return (
    <ul className="method-counts">
      {rows.map(({ instrument, count, index }) => {
        const doc = documents.documents.find((candidate) => candidate.id === count.source.doc);
        const from = [doc?.publisher, count.source.pinpoint].filter(Boolean).join(', ');
        const isStatusPage = doc?.kind === 'treaty';
        return (
          <li key={`${instrument.id}-${index}`}>
            <strong>{instrument.shortName}</strong>: {count.parties} parties
            {count.signatories !== undefined && `, ${count.signatories} signatories`}, as at{' '}
            {formatUnDate(count.asOf)}
            {from && ` (${from})`}; checked {formatUnDate(count.checked)}.{' '}
            {doc?.url ? (
              <ExternalLink href={doc.url}>
                {isStatusPage ? 'Live page' : 'Open'} at {hostOf(doc.url)}
              </ExternalLink>
            ) : (
              doc?.unlinked && <span className="muted">Not linked: {doc.unlinked}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Unconfirmed({ documents }: { documents: DocumentsFile }) {
  const unlinked = documents.documents.filter((doc) => doc.url === undefined);
  const bareCopies = documents.copies.filter((copy) => copy.url === undefined);
  return (
    <>
      <h3>Documents cited without a link ({unlinked.length})</h3>
      {unlinked.length === 0 ? (
        <p>Every document is linked to its publisher’s own copy.</p>
      ) : (
        <ul className="method-list">
          {unlinked.map((doc) => (
            <li key={doc.id}>
              <a href={`#document-${doc.id}`}>
                <cite>{doc.title}</cite>
              </a>
              {doc.symbol && ` (${doc.symbol})`}: {doc.unlinked}
            </li>
          ))}
        </ul>
      )}
      <h3>Copies read without an address ({bareCopies.length})</h3>
      {bareCopies.length === 0 ? (
        <p>Every copy a fact was read in is linked.</p>
      ) : (
        <ul className="method-list">
          {bareCopies.map((copy) => (
            <li key={copy.id}>
              <cite>{copy.title}</cite>, {copy.site}
              {copy.note ? `: ${copy.note}` : '.'}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The files that cite into the bibliography, in the order a failure or a wait among them is
 * reported after documents.json's: the name each is reported by and its query.
 */
const CITING_FILES = {
  entities: { file: ENTITIES_FILE, query: entitiesQuery },
  instruments: { file: INSTRUMENTS_FILE, query: instrumentsQuery },
  terms: { file: TERMS_FILE, query: termsQuery },
  crimes: { file: CRIME_CATEGORIES_FILE, query: crimeCategoriesQuery },
  mdgs: { file: MDGS_FILE, query: mdgsQuery },
  sdgs: { file: SDGS_FILE, query: sdgsQuery },
  notes: { file: CONTEXT_NOTES_FILE, query: contextNotesQuery },
  timeline: { file: TIMELINE_FILE, query: timelineQuery },
  comparisons: { file: COMPARISONS_FILE, query: comparisonsQuery },
} as const;
type CitingKey = keyof typeof CITING_FILES;
/** Each file's parsed contents, as its query's key is tagged with them. */
type CitingData = {
  [K in CitingKey]: ReturnType<(typeof CITING_FILES)[K]['query']>['queryKey'][typeof dataTagSymbol];
};
const CITING_KEYS = Object.keys(CITING_FILES) as CitingKey[];
const citingQueries = CITING_KEYS.map((key) => CITING_FILES[key].query());

/** What the page shows of a file's query: its name, how it stands, and how to fetch it again. */
const standing = (file: string, query: UseQueryResult<unknown>) => ({
  file,
  error: query.error,
  isPending: query.isPending,
  isError: query.isError,
  isFetching: query.isFetching,
  refetch: query.refetch,
});

/**
 * How each citing file stands, and all of them once they have loaded. Defined once, outside the
 * hook, so react-query reruns it only when a result changes and keeps `files` the same object
 * while the files are: the bibliography is built again only when one of them changes.
 */
function combineCiting(results: UseQueryResult<unknown>[]) {
  return {
    named: results.map((query, index) => standing(CITING_FILES[CITING_KEYS[index]!].file, query)),
    files: results.every((query) => query.data !== undefined)
      ? (Object.fromEntries(
          CITING_KEYS.map((key, index) => [key, results[index]!.data]),
        ) as CitingData)
      : undefined,
  };
}

/**
 * Every file the page reads: documents.json, the bibliography itself, on its own (its useQuery
 * also keeps react-query's useQuery in the same chunk as on every other page: without one here,
 * the bundler splits it into a chunk of its own, which the article's first screen then loads
 * too), and the files that cite into it, in one list. `data` once all have loaded. The first
 * failure is reported with its file, and Retry refetches every file that failed.
 */
function useSourcesData() {
  const documents = useQuery(documentsQuery());
  const citing = useQueries({ queries: citingQueries, combine: combineCiting });
  const named = [standing(DOCUMENTS_FILE, documents), ...citing.named];
  const { files } = citing;
  const data = useMemo(
    () =>
      documents.data && files
        ? {
            documents: documents.data,
            files,
            bibliography: buildBibliography(documents.data, files),
          }
        : undefined,
    [documents.data, files],
  );

  const failed = named.find((query) => query.error);
  return {
    data,
    error: failed?.error ? { file: failed.file, error: failed.error } : undefined,
    waitingFor: named.find((query) => query.isPending)?.file,
    retry: () => {
      for (const query of named) if (query.isError) void query.refetch();
    },
    retrying: named.some((query) => query.isError && query.isFetching),
  };
}
