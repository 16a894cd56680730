import { viewStore, type SavedTrail } from './explorer-store';
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
  // Each entry keeps the trail it was left with, so Back and Forward bring back the card's own
  // Back steps too, and the card's Back can go back through history instead of adding to it.
  win.history.replaceState(trailState(viewStore.getTrail()), '');
  const pending: { view: View; push: boolean; trail: SavedTrail }[] = [];
  const flush = () => {
    for (const { view, push, trail } of pending.splice(0)) {
      saveStoredView(storage, { ...view, expanded: viewStore.getExpanded() });
      if (!push) continue;
      const search = writeUrlState(view, win.location.search);
      // A new entry leaves the fragment behind (#article from the skip link, #mention-m25 from a
      // shared link): it was where the reader landed, not part of the view, and going Back to an
      // entry with one makes the browser move focus to its target, away from the card.
      if (search !== win.location.search)
        win.history.pushState(trailState(trail), '', `${win.location.pathname}${search}`);
      else win.history.replaceState(trailState(trail), '');
    }
  };

  let restoring = false;
  const unsubscribe = viewStore.subscribe((view) => {
    if (pending.length === 0) afterNextPaint(win, flush);
    pending.push({ view, push: !restoring, trail: viewStore.getTrail() });
  });

  const onPopState = (event: PopStateEvent) => {
    flush();
    const { view, notices } = readUrlState(win.location.search);
    restoring = true;
    viewStore.applyView(view, { notices, trail: savedTrail(event.state) });
    restoring = false;
  };
  win.addEventListener('popstate', onPopState);
  active = { win, flush };

  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    if (active?.win === win) active = null;
  };
}

let active: { win: Window; flush: () => void } | null = null;

const TRAIL_KEY = 'explorerTrail';

function trailState(trail: SavedTrail): Record<string, SavedTrail> {
  return { [TRAIL_KEY]: trail };
}

function savedTrail(state: unknown): SavedTrail | null {
  if (typeof state !== 'object' || state === null) return null;
  const saved = (state as Record<string, unknown>)[TRAIL_KEY];
  if (typeof saved !== 'object' || saved === null) return null;
  const { trail, originControlId } = saved as Record<string, unknown>;
  if (!Array.isArray(trail) || !trail.every((id) => typeof id === 'string')) return null;
  return {
    trail: trail as string[],
    originControlId: typeof originControlId === 'string' ? originControlId : null,
  };
}

/**
 * The card's own Back. Where the step being undone is the history entry this page pushed, it is
 * the browser's Back, so the two walk one trail (a Back that pushed an entry would leave the
 * browser's Back to go forward again, to the card just left). Otherwise, as on an address opened
 * afresh, it steps back in the store, which adds the entry a reader then goes back through.
 */
export function stepBackInTrail(): void {
  const sync = active;
  const { trail } = viewStore.getTrail();
  if (sync) {
    sync.flush();
    const saved = savedTrail(sync.win.history.state);
    if (trail.length > 1 && saved && saved.trail.join(' ') === trail.join(' ')) {
      sync.win.history.back();
      return;
    }
  }
  viewStore.back();
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
