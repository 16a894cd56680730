import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { CITATIONS_FILE, citationsQuery, selectCitations } from '../../data/citations-query';
import type { CitationEntry, CitationsFile, Formatted } from '../../data/schemas/citations';
import { DataError } from '../data-error';
import { LoadingNotice } from '../loading-notice';
import { copyText } from '../copy-text';
import { italicRuns } from './italic-runs';

type Props = { id: string; what: string; onClose: () => void };

type FormattedKey = {
  [Key in keyof CitationEntry]: CitationEntry[Key] extends Formatted ? Key : never;
}[keyof CitationEntry];
type Row = { key: FormattedKey; label: string };
type Style = { name: string; title: keyof CitationsFile['styles']; rows: Row[] };

const STYLES: Style[] = [
  {
    name: 'APA',
    title: 'apa',
    rows: [
      { key: 'apa', label: 'Reference list entry' },
      { key: 'apaInText', label: 'In-text citation' },
    ],
  },
  {
    name: 'Chicago',
    title: 'chicago',
    rows: [
      { key: 'chicagoNote', label: 'Note' },
      { key: 'chicagoBibliography', label: 'Bibliography entry' },
    ],
  },
  {
    name: 'MLA',
    title: 'mla',
    rows: [
      { key: 'mla', label: 'Works cited entry' },
      { key: 'mlaInText', label: 'In-text citation' },
    ],
  },
];

const DOWNLOADS = [
  { key: 'bibtex', label: 'BibTeX', ending: '.bib' },
  { key: 'ris', label: 'RIS', ending: '.ris' },
  { key: 'cslJson', label: 'CSL-JSON', ending: '.json' },
] as const;

/**
 * The Cite dialog: a native modal <dialog>, so focus moves in and stays there, and Escape closes
 * it; the opener takes focus back. Loaded only when a reader first asks to cite something.
 */
export default function CiteDialog({ id, what, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const citations = useQuery({ ...citationsQuery(), select: selectCitations });
  const [status, setStatus] = useState('');

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, []);

  // The native close fires "close", which reports it; where <dialog> has no close() (jsdom), say so.
  const close = () => {
    const dialog = dialogRef.current;
    if (dialog && typeof dialog.close === 'function') dialog.close();
    else onClose();
  };

  const entry = citations.data?.byId[id];
  return (
    <dialog
      ref={dialogRef}
      className="cite-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
      onKeyDown={(event) => {
        // Escape here belongs to the dialog, not to the definition view behind it.
        if (event.key === 'Escape') event.nativeEvent.stopImmediatePropagation();
      }}
    >
      <h2 id={headingId} className="cite-heading">
        Cite {entry?.label ?? what}
      </h2>
      {citations.isError ? (
        <DataError
          what="The citations"
          error={citations.error}
          onRetry={() => void citations.refetch()}
          retrying={citations.isFetching}
        />
      ) : !citations.data ? (
        <LoadingNotice what="the citations" file={CITATIONS_FILE} />
      ) : !entry ? (
        <p>No citation was made for this item.</p>
      ) : (
        <>
          {STYLES.map((style) => (
            <section key={style.name} className="cite-style" aria-label={style.name}>
              <h3 className="cite-style-name">
                {style.name}{' '}
                <span className="cite-style-edition">{citations.data.styles[style.title]}</span>
              </h3>
              {style.rows.map((row) => (
                <CitationRow
                  key={row.key}
                  label={row.label}
                  what={`${style.name} ${row.label.toLowerCase()}`}
                  formatted={entry[row.key]}
                  onCopied={(copied) => setStatus(`Citation copied: ${copied}.`)}
                />
              ))}
            </section>
          ))}
          <section className="cite-downloads" aria-label="Downloads">
            <h3 className="cite-style-name">Download for a reference manager</h3>
            <ul className="cite-download-list">
              {DOWNLOADS.map((download) => (
                <li key={download.key}>
                  <a
                    className="cite-download"
                    href={`${import.meta.env.BASE_URL}${entry.downloads[download.key]}`}
                    download
                  >
                    {download.label} <span className="cite-ending">({download.ending})</span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      <p className="cite-status" role="status">
        {status}
      </p>
      <button type="button" className="button" onClick={close}>
        Close
      </button>
    </dialog>
  );
}

type RowProps = {
  label: string;
  what: string;
  formatted: Formatted;
  onCopied: (what: string) => void;
};

/** One citation as selectable text, with Copy; if the clipboard is refused, a field to copy from. */
function CitationRow({ label, what, formatted, onCopied }: RowProps) {
  const [refused, setRefused] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (!refused) return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [refused]);

  return (
    <div className="cite-row">
      <p className="cite-row-label">{label}</p>
      <p className="cite-text">
        {italicRuns(formatted.html).map((run, index) =>
          run.italic ? <i key={index}>{run.text}</i> : <span key={index}>{run.text}</span>,
        )}
      </p>
      <button
        type="button"
        className="button button-quiet cite-copy"
        onClick={() => {
          void copyText(formatted.text).then((copied) => {
            if (copied) onCopied(what);
            else setRefused(true);
          });
        }}
      >
        Copy <span className="visually-hidden">the {what}</span>
      </button>
      {refused && (
        <div className="cite-fallback">
          <label htmlFor={fieldId}>
            The browser did not allow copying. The text is selected below: press Ctrl+C (⌘C on a
            Mac) to copy it.
          </label>
          <textarea
            id={fieldId}
            ref={fieldRef}
            className="cite-fallback-field"
            readOnly
            rows={3}
            value={formatted.text}
          />
        </div>
      )}
    </div>
  );
}
