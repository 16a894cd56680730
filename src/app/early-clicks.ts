declare global {
  interface Window {
    /** Set by the page's starter (scripts/inline/): the controls pressed before the app ran. */
    explorerEarlyClicks?: () => HTMLElement[];
  }
}

let markHydrated: () => void = () => {};
const appHydrated = new Promise<void>((resolve) => (markHydrated = resolve));

/** Called from the app's first effect: the page is hydrated and the text's listener is on. */
export const appHasHydrated = () => markHydrated();

/**
 * Presses again what a reader pressed while the page was readable but the app not yet running
 * (its modules load after the first paint): a toggle, a Link or quote, a mention, as the starter
 * noted them until hydration began. They are pressed once the page and `alsoWaitFor` (the text's
 * islands) have hydrated. A control gone since, or disabled, is skipped.
 */
export function replayEarlyClicks(early: HTMLElement[], alsoWaitFor: Promise<unknown>) {
  if (early.length === 0) return;
  void Promise.all([appHydrated, alsoWaitFor]).then(() => {
    for (const control of early)
      if (control.isConnected && !(control as HTMLButtonElement).disabled) control.click();
  });
}
