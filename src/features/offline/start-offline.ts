/**
 * Starts the service worker that keeps the site readable offline, once the page has loaded and
 * the browser is idle: nothing of it is needed to read, so neither its code (a chunk of its own,
 * loaded here) nor the worker's first download of the whole site competes with the article.
 * Only the production build has a worker (scripts/service-worker.mjs writes dist/sw.js).
 */
export function startOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () => {
    void import('./register-service-worker')
      .then(({ registerServiceWorker }) => registerServiceWorker())
      // A browser that refuses a worker (private windows, some policies) still has the page,
      // fetched from the network as before; there is nothing to tell the reader.
      .catch(() => {});
  };
  const whenIdle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 5000 });
    else setTimeout(start, 0);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
