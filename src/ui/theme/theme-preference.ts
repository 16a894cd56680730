/**
 * The reader's choice of theme: remembered in this browser, shown as data-theme on <html>. Kept
 * out of the explorer's store on purpose: it is a setting of the device, not part of the view, so
 * it never travels in the address, is not restored or reset with the last view, and is applied by
 * public/theme-init.js before any module runs. That script repeats the key and the values below.
 */
export const THEME_STORAGE_KEY = 'explorer:theme';

/** "system" follows the device (prefers-color-scheme, prefers-contrast) and is stored as nothing. */
export const themeChoices = ['system', 'light', 'dark', 'contrast'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

export const themeChoiceLabels: Record<ThemeChoice, string> = {
  system: 'Follow the device',
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

const isThemeChoice = (value: unknown): value is ThemeChoice =>
  themeChoices.includes(value as ThemeChoice);

type ThemeStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The stored choice; anything unreadable or unknown is "system". */
export function readThemeChoice(storage: Pick<Storage, 'getItem'> | undefined): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY);
    return isThemeChoice(value) && value !== 'system' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** The theme the root element shows now (what theme-init.js or an earlier choice set). */
export function shownThemeChoice(root: HTMLElement): ThemeChoice {
  const value = root.getAttribute('data-theme');
  return isThemeChoice(value) ? value : 'system';
}

const listeners = new Set<() => void>();

function show(root: HTMLElement, choice: ThemeChoice) {
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
  for (const listener of listeners) listener();
}

/** Shows the choice at once and remembers it; storage that refuses only means it is not kept. */
export function chooseTheme(
  choice: ThemeChoice,
  root: HTMLElement = document.documentElement,
  storage: ThemeStorage | undefined = globalThis.localStorage,
): void {
  try {
    if (choice === 'system') storage?.removeItem(THEME_STORAGE_KEY);
    else storage?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Nothing more to do: the theme applies to this page and the next one follows the device.
  }
  show(root, choice);
}

/**
 * Follows the root's theme: a choice made here, or in another tab of the site (the storage
 * event), which this tab then shows too.
 */
export function subscribeToTheme(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY || event.key === null)
      show(document.documentElement, readThemeChoice(globalThis.localStorage));
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
