import { lazy, Suspense, useId, useState } from 'react';
import type { ParagraphToolsProps } from '../../ui/paragraph-tools';
import './passages.css';

const PassageMenu = lazy(() => import('./passage-menu'));

/**
 * A small control under each paragraph that opens links to it and to its sentences, and its
 * words with their citation. The control is in the prerendered page (so nothing moves when the
 * script arrives); what it opens is loaded the first time a reader asks for it.
 */
export function PassageTools({ paragraph, source }: ParagraphToolsProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="passage-tools">
      <button
        type="button"
        className="passage-button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="passage-icon">
          <path d="M6.5 9.5l3-3M5 7.5L3.6 8.9a2.5 2.5 0 003.5 3.5L8.5 11M11 8.5l1.4-1.4a2.5 2.5 0 00-3.5-3.5L7.5 5" />
        </svg>
        <span className="passage-button-label">
          Link or quote<span className="visually-hidden"> paragraph {paragraph}</span>
        </span>
      </button>
      {open && (
        <div id={panelId} className="passage-panel">
          <Suspense fallback={<p role="status">Loading…</p>}>
            <PassageMenu paragraph={paragraph} source={source} onClose={() => setOpen(false)} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
