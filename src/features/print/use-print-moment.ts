import { useSyncExternalStore } from 'react';

export type PrintMoment = { search: string; origin: string; pathname: string; today: string };

function read(): PrintMoment {
  const date = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    search: window.location.search,
    origin: window.location.origin,
    pathname: window.location.pathname,
    // The reader's own calendar day: the day on the paper is the day they printed it.
    today: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
  };
}

let moment = read();
const listeners = new Set<() => void>();

function refresh() {
  moment = read();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', refresh);
    // The page may have been open a while since this module loaded.
    moment = read();
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('beforeprint', refresh);
  };
}

/**
 * The address and the day, read again when the reader prints, so a handout left open
 * overnight still prints today's date. A store rather than state: React renders a store's
 * change at once (in the microtask after the `beforeprint` listener), before the browser lays
 * the page out for paper, where a state update from a listener of its own would wait for a
 * later task, too late for the printout.
 */
export function usePrintMoment(): PrintMoment {
  return useSyncExternalStore(subscribe, () => moment);
}
