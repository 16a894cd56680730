import { useState } from 'react';
import './update-notice.css';

export type UpdateNoticeProps = {
  /** A new build's worker has installed and waits for the reader. */
  ready: boolean;
  /** Hands the page over to the new build and reloads it. */
  onReload: () => void;
};

/**
 * Tells the reader a new version has been downloaded and leaves the moment to them: the page
 * they are reading stays as it is until they choose Reload. The status is polite and always in
 * the page (empty until there is news), so screen readers announce the news when it comes and
 * focus never moves. Later puts the notice away; it comes back on the next visit while the new
 * version still waits.
 */
export function UpdateNotice({ ready, onReload }: UpdateNoticeProps) {
  const [dismissed, setDismissed] = useState(false);
  const [reloading, setReloading] = useState(false);
  const shown = ready && !dismissed;
  return (
    <div className="update-notice" data-shown={shown || undefined}>
      <p role="status" className="update-notice-text">
        {shown ? 'A new version is ready.' : ''}
      </p>
      {shown && (
        <div className="update-notice-actions">
          <button
            type="button"
            className="button"
            aria-busy={reloading || undefined}
            onClick={() => {
              if (reloading) return;
              setReloading(true);
              onReload();
            }}
          >
            {reloading ? 'Reloading…' : 'Reload'}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setDismissed(true)}>
            Later
          </button>
        </div>
      )}
    </div>
  );
}
