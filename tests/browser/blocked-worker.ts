/**
 * The warning Playwright prints in place of registering a service worker, as
 * `serviceWorkers: 'block'` (playwright.config.ts) makes it do: the test's doing, not the page's,
 * so the specs that fail on any console warning leave this one out.
 */
export function isBlockedWorkerWarning(text: string): boolean {
  return text === 'Service Worker registration blocked by Playwright';
}
