import { createRoot } from 'react-dom/client';
import { Workbox } from 'workbox-window';
import { UpdateNotice } from './update-notice';

/**
 * Registers dist/sw.js and shows the update notice when a new build's worker is waiting.
 *
 * The worker precaches the whole site (scripts/service-worker.mjs), so once it controls the page
 * every page, script and data file is answered from the cache, offline too. A new deployment is
 * noticed when the browser checks sw.js (at each visit, and here when the reader comes back to
 * the tab): the new worker downloads the new build's files beside the old ones and waits. Nothing
 * changes behind the reader's back: the notice asks, and Reload lets the new worker take over and
 * reloads, so the page and its data come from the new build together.
 */
export async function registerServiceWorker(): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const workbox = new Workbox(`${base}sw.js`, { scope: base });

  let waiting = false;
  let reloadWanted = false;
  const host = document.createElement('div');
  const root = createRoot(host);
  const render = () => root.render(<UpdateNotice ready={waiting} onReload={reload} />);
  function reload() {
    reloadWanted = true;
    // Already handed over (Reload chosen in another tab): the new build only needs the reload.
    if (!waiting) window.location.reload();
    else workbox.messageSkipWaiting();
  }

  workbox.addEventListener('waiting', () => {
    waiting = true;
    render();
  });
  workbox.addEventListener('controlling', (event) => {
    // The first worker taking over the first visit is no news; a new build taking over is.
    if (!event.isUpdate) return;
    waiting = false;
    if (reloadWanted) window.location.reload();
  });

  // In the page before any news, so the status it holds is announced when the news comes.
  document.body.append(host);
  render();
  try {
    await workbox.register();
  } catch (error) {
    root.unmount();
    host.remove();
    throw error;
  }

  document.addEventListener('visibilitychange', () => {
    // Offline, the check fails; the next one will do.
    if (document.visibilityState === 'visible') workbox.update().catch(() => {});
  });
}
