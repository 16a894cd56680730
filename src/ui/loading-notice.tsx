import { useEffect, useState } from 'react';
import { DATA_TIMEOUT_MS } from '../data/fetch-data-file';

type LoadingNoticeProps = {
  what: string;
  file: string;
  /** Floats over the top corner of its container instead of taking room in the flow, after a second. */
  floating?: boolean;
};

/**
 * Progress while a file loads. After a few seconds it says so, and how long it will wait, so a
 * slow connection is not mistaken for a broken page. Both messages are laid out from the start,
 * one of them hidden, so the switch never moves what is below.
 */
export function LoadingNotice({ what, file, floating = false }: LoadingNoticeProps) {
  const [slow, setSlow] = useState(false);
  // A floating notice waits a second: a quick load never shows it, and the prerendered page
  // (also read without JavaScript) never holds it.
  const [shown, setShown] = useState(!floating);
  // The hidden message is laid out too: until it shows, it keeps the file it was first given, so
  // a card waiting on one file after another does not reflow with each (a shared ?open= address
  // shifted the sheet's notice).
  const [firstFile] = useState(file);
  useEffect(() => {
    const timers = [setTimeout(() => setSlow(true), 3000), setTimeout(() => setShown(true), 1000)];
    return () => timers.forEach(clearTimeout);
  }, []);
  if (!shown) return null;
  return (
    <div
      className={floating ? 'loading-notice loading-notice-floating' : 'loading-notice'}
      role="status"
    >
      <progress aria-label={`Loading ${what}`} />
      <span className="loading-notice-text">
        <span hidden={slow}>{`Loading ${what}…`}</span>
        <span hidden={!slow}>
          {`Still loading ${slow ? file : firstFile}. The connection is slow; we will wait up to ${DATA_TIMEOUT_MS / 1000} seconds.`}
        </span>
      </span>
    </div>
  );
}
