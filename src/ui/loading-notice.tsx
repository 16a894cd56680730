import { useEffect, useState } from 'react';
import { DATA_TIMEOUT_MS } from '../data/fetch-data-file';

/**
 * Progress while a file loads. After a few seconds it says so, and how long it will wait, so a
 * slow connection is not mistaken for a broken page.
 */
export function LoadingNotice({ what, file }: { what: string; file: string }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), 3000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="loading-notice" role="status">
      <progress aria-label={`Loading ${what}`} />
      <span>
        {slow
          ? `Still loading ${file}. The connection is slow; we will wait up to ${DATA_TIMEOUT_MS / 1000} seconds.`
          : `Loading ${what}…`}
      </span>
    </div>
  );
}
