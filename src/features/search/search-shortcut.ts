/** DOM id of the search box: the shortcut focuses it and a definition opened from it returns there. */
export const SEARCH_INPUT_ID = 'site-search';

/** For the keyboard-shortcuts help. */
export const SEARCH_SHORTCUT = {
  key: '/',
  description: 'Search the article and definitions',
} as const;

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'number',
  'password',
  'tel',
  'url',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** True where "/" is something the reader is typing, not a command. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/**
 * Whether a keydown is the search shortcut: "/" with no Ctrl, Alt or Meta (Shift is allowed, as
 * some keyboards need it for "/"), outside any text field, and not already handled.
 */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  return (
    event.key === SEARCH_SHORTCUT.key &&
    !event.ctrlKey &&
    !event.altKey &&
    !event.metaKey &&
    !event.isComposing &&
    !event.defaultPrevented &&
    !isTextField(event.target)
  );
}

/**
 * The document keydown handler the search box installs: "/" focuses the box instead of being
 * typed or starting the browser's quick find. Returns whether it acted.
 */
export function handleSearchShortcut(event: KeyboardEvent): boolean {
  if (!isSearchShortcut(event)) return false;
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (!(input instanceof HTMLInputElement)) return false;
  event.preventDefault();
  input.focus();
  input.select();
  return true;
}
