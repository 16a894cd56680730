import { lazy, Suspense, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import './cite.css';

// The dialog, its query and its schema load on the first click: none of it is needed to read.
const CiteDialog = lazy(() => import('./cite-dialog'));

type Props = {
  /** The citable item's id in data/v1/citations.json (see src/data/citation-ids.ts). */
  id: string;
  /** What is cited, for the button's name and the dialog's title until the citation arrives. */
  what: string;
};

/**
 * "Cite": opens a dialog with the item's citation in APA, Chicago and MLA, each with a Copy
 * button, and its BibTeX, RIS and CSL-JSON files. A shared control, not a feature of its own: the
 * article header and the reference cards each place it beside what it cites.
 */
export function CiteButton({ id, what }: Props) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button button-quiet cite-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Cite <span className="visually-hidden">{what}</span>
      </button>
      {/* In the body, not beside the button: a <dialog> may not sit in a paragraph, and the
          modal must not inherit a card's styles or hidden state. */}
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <CiteDialog
              id={id}
              what={what}
              onClose={() => {
                setOpen(false);
                buttonRef.current?.focus();
              }}
            />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
