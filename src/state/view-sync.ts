import { viewStore } from './explorer-store';
import { readStoredView, saveStoredView } from './persisted-view';
import { readUrlState, writeUrlState } from './url-state';
import { isEmptyView, type View } from './view';

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
      // Said on screen: on a shared computer the next reader would otherwise meet someone else's
      // view without knowing why (features/filters/view-notices.tsx offers to start fresh).
      viewStore.applyView(stored, { expanded: stored.expanded, restored: true });
      // Show the restored view in the address bar too, so it can be shared as it is.
      win.history.replaceState(
        win.history.state,
        '',
        addressFor(win, writeUrlState(stored, win.location.search)),
      );
    }
  }

  // Each change is written once the frame that shows it has been painted: the address and
  // storage can wait a moment, the click's visible answer cannot. (Writing the address makes the
  // browser re-resolve every relative link on the page, which on a long text costs more than
  // the rest of a filter click.) Changes keep their order, so each is still its own entry.
  const pending: { view: View; push: boolean }[] = [];
  const flush = () => {
    for (const { view, push } of pending.splice(0)) {
      saveStoredView(storage, { ...view, expanded: viewStore.getExpanded() });
      if (!push) continue;
      const search = writeUrlState(view, win.location.search);
      if (search !== win.location.search) win.history.pushState(null, '', addressFor(win, search));
    }
  };

  let restoring = false;
  const unsubscribe = viewStore.subscribe((view) => {
    if (pending.length === 0) afterNextPaint(win, flush);
    pending.push({ view, push: !restoring });
  });

  const onPopState = () => {
    flush();
    const { view, notices } = readUrlState(win.location.search);
    restoring = true;
    viewStore.applyView(view, { notices });
    restoring = false;
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}

/** After the next frame is on screen (a task queued from its frame callback); soon, without one. */
function afterNextPaint(win: Window, callback: () => void) {
  if (typeof win.requestAnimationFrame === 'function')
    win.requestAnimationFrame(() => win.setTimeout(callback, 0));
  else win.setTimeout(callback, 0);
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
