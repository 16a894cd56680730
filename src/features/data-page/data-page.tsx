import { useQuery } from '@tanstack/react-query';
import { DATA_MANIFEST_FILE, dataManifestQuery, exportUrl } from '../../data/data-manifest-query';
import type { DataManifest } from '../../data/schemas/data-manifest';
import { DataError } from '../../ui/data-error';
import { ExternalLink } from '../../ui/external-link';
import { formatUnDate } from '../../ui/format-date';
import { LoadingNotice } from '../../ui/loading-notice';
import { formatSize } from '../../ui/format-size';
import { DownloadEntry } from './download-entry';
import { BackToArticle, SubpageHeader } from '../../ui/subpage-header';

/**
 * "The data" (data.html): every download the build makes, listed from its manifest
 * (data/v1/index.json), with what each is, its format, version, licence and changes. What does
 * not depend on the files (how to read them) is shown at once.
 */
export function DataPage() {
  const manifest = useQuery(dataManifestQuery());
  const { data } = manifest;
  return (
    <>
      <SubpageHeader subtitle="The data" />
      <main id="main" className="subpage subpage-prose data-page" tabIndex={-1}>
        <h1>The data</h1>
        <p className="subpage-lead">
          Everything the explorer shows, as files to keep: the mentions as W3C Web Annotations and
          as a table, the article in Markdown with a footnote at every mention, and every data file
          the explorer loads with its JSON Schema. The build makes them from the same files, and
          they stay at the same addresses for as long as their version is 1.
        </p>
        <nav aria-label="On this page">
          <ul className="data-toc">
            <li>
              <a href="#downloads">Downloads</a>
            </li>
            <li>
              <a href="#data-files">Data files</a>
            </li>
            <li>
              <a href="#positions">How positions are counted</a>
            </li>
            <li>
              <a href="#reading">Opening the files</a>
            </li>
            <li>
              <a href="#licence">Licence</a>
            </li>
            <li>
              <a href="#manifest">The list as data</a>
            </li>
          </ul>
        </nav>

        {manifest.error ? (
          <DataError
            what="The list of downloads"
            error={manifest.error}
            onRetry={() => void manifest.refetch()}
            retrying={manifest.isFetching}
          />
        ) : (
          !data && <LoadingNotice what="the list of downloads" file={DATA_MANIFEST_FILE} />
        )}

        <section aria-labelledby="downloads">
          <h2 id="downloads">Downloads</h2>
          {data && (
            <p>
              Made from the data about “{data.article.headline}” ({data.article.publisher},{' '}
              {formatUnDate(data.article.datePublished)}).
            </p>
          )}
          {data?.downloads.map((entry) => (
            <DownloadEntry key={entry.id} entry={entry} />
          ))}
        </section>

        <section aria-labelledby="data-files">
          <h2 id="data-files">Data files</h2>
          <p>
            The files the explorer itself loads, each with the JSON Schema (draft 2020-12) made from
            the schemas it validates them with. A schema states the shape; the explorer also checks
            what a schema cannot, such as offsets that quote the text and ids that another file must
            hold.
          </p>
          {data?.dataFiles.map((entry) => (
            <DownloadEntry key={entry.id} entry={entry} />
          ))}
        </section>

        <Positions manifest={data} />

        <section aria-labelledby="reading">
          <h2 id="reading">Opening the files</h2>
          <ul className="data-notes">
            <li>
              <strong>The table</strong> starts with a byte-order mark, so that Excel reads it as
              UTF-8 (without one it takes the system’s legacy code page, and the curly quotes and
              dashes come out garbled); LibreOffice and Numbers read it either way. In Python, open
              it with <code>encoding=&quot;utf-8-sig&quot;</code>; pandas and R’s readr drop the
              mark themselves. Fields are quoted as RFC 4180 says, so commas and quotation marks in
              the text stay in their cell.
            </li>
            <li>
              <strong>The annotations</strong> are JSON-LD: read them as plain JSON, or with a
              JSON-LD processor, which fetches the Web Annotation context from its address. Their
              ids are tag URIs (<code>tag:crime-congress-explorer,2026:annotation/m12</code>):
              permanent names that point at no host.
            </li>
            <li>
              <strong>The Markdown</strong> uses footnotes written <code>[^id]</code>, which GitHub,
              pandoc and most Markdown editors turn into numbered notes.
            </li>
          </ul>
        </section>

        <section aria-labelledby="licence">
          <h2 id="licence">Licence</h2>
          <p>
            The team’s own descriptions, notes, annotations and data compilation are licensed under{' '}
            <ExternalLink
              className="data-inline-link"
              href="https://creativecommons.org/licenses/by/4.0/"
            >
              Creative Commons Attribution 4.0 International (CC BY 4.0)
            </ExternalLink>
            : reuse them with credit to the Crime Congress 2010 explorer. The article’s text is ©
            United Nations (UN News); treaty texts and UN documents are their publishers’. Each
            file’s own licence is given with it above.
          </p>
        </section>

        <section aria-labelledby="manifest">
          <h2 id="manifest">The list as data</h2>
          <p>
            This page is drawn from <code>index.json</code>, which lists every file with its size
            and SHA-256 checksum, for a script to fetch and check them. Paths in it are relative to
            it.
          </p>
          {data && (
            <ul className="data-files">
              <li>
                <a
                  className="data-file-link"
                  href={exportUrl('index.json')}
                  download="index.json"
                  type="application/json"
                >
                  Download the list <code>index.json</code>
                </a>
              </li>
              <li>
                <a
                  className="data-file-link"
                  href={exportUrl(data.schema.path)}
                  download={data.schema.path.split('/').pop()}
                  type={data.schema.mediaType}
                >
                  JSON Schema <code>{data.schema.path.split('/').pop()}</code> (
                  {formatSize(data.schema.bytes)})
                </a>
              </li>
            </ul>
          )}
        </section>
      </main>
      <footer className="site-footer">
        <p>
          Article text © United Nations, from UN News. The team’s descriptions, notes and data are
          CC BY 4.0.
        </p>
        <p>
          <BackToArticle />
        </p>
      </footer>
    </>
  );
}

function Positions({ manifest }: { manifest: DataManifest | undefined }) {
  return (
    <section aria-labelledby="positions">
      <h2 id="positions">How positions are counted</h2>
      <p>
        A mention’s start and end are counted from the start of its paragraph (or of the headline,
        or of the photo credit), the end exclusive. The W3C Web Annotation Data Model counts{' '}
        <strong>Unicode code points</strong>, one per character; <code>article.json</code> counts{' '}
        <strong>UTF-16 code units</strong>, as JavaScript strings do, in which a character outside
        the Basic Multilingual Plane (an emoji, say) is two. The annotations give code points; the
        table gives both (<code>start</code>, <code>end</code> and <code>start_utf16</code>,{' '}
        <code>end_utf16</code>).
      </p>
      {manifest && <p>{manifest.positions}</p>}
      <p>
        In JavaScript, <code>Array.from(text).slice(start, end).join(&apos;&apos;)</code> takes a
        mention out by code points, and <code>text.slice(start_utf16, end_utf16)</code> by code
        units; in Python, <code>text[start:end]</code> counts code points.
      </p>
    </section>
  );
}
