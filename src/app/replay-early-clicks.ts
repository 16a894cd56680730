declare global {
  interface Window {
    /** Set by the page's starter (scripts/inline/): the buttons pressed before the app ran. */
    explorerEarlyClicks?: () => HTMLElement[];
  }
}

/**
 * Presses again the buttons a reader pressed while the page was readable but the app not yet
 * running (its modules load after the first paint). Called once the page is hydrated; a control
 * that has gone since, or is now disabled, is skipped.
 */
export function replayEarlyClicks(win: Window = window) {
  for (const button of win.explorerEarlyClicks?.() ?? [])
    if (button.isConnected && !(button as HTMLButtonElement).disabled) button.click();
}
