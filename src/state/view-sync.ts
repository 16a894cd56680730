import { viewStore } from './explorer-store';
import { readStoredView, saveStoredView } from './persisted-view';
import { readUrlState, writeUrlState } from './url-state';
import { isEmptyView } from './view';

/**
 * Keeps the view in the address bar and in localStorage. On start, an address that names a view
 * wins; otherwise the reader's last stored view comes back. Every change a reader makes is a new
 * history entry, so Back and Forward walk through their selections; Back/Forward themselves
 * restore the view without adding entries. Returns a function that stops syncing.
 */
export function startViewSync(win: Window = window): () => void {
  const storage = safeStorage(win);
  const reading = readUrlState(win.location.search);
  if (reading.hasView) {
    viewStore.applyView(reading.view, { notices: reading.notices });
  } else {
    const { view: stored, problem } = readStoredView(storage);
    if (problem)
      viewStore.applyView({ crimes: [], topics: [], open: null }, { notices: [problem] });
    if (stored && !isEmptyView(stored)) {
      viewStore.applyView(stored, { expanded: stored.expanded });
      // Show the restored view in the address bar too, so it can be shared as it is.
      win.history.replaceState(
        win.history.state,
        '',
        addressFor(win, writeUrlState(stored, win.location.search)),
      );
    }
  }

  let restoring = false;
  const unsubscribe = viewStore.subscribe((view) => {
    saveStoredView(storage, { ...view, expanded: viewStore.getExpanded() });
    if (restoring) return;
    const search = writeUrlState(view, win.location.search);
    if (search !== win.location.search) win.history.pushState(null, '', addressFor(win, search));
  });

  const onPopState = () => {
    const { view, notices } = readUrlState(win.location.search);
    restoring = true;
    viewStore.applyView(view, { notices });
    restoring = false;
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}

function addressFor(win: Window, search: string): string {
  return `${win.location.pathname}${search}${win.location.hash}`;
}

function safeStorage(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
}
