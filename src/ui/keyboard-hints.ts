import { isTypingTarget } from './is-typing-target';
import './keyboard-hints.css';

/**
 * Class for what only a keyboard user needs: the "/" badge in the search box, the "Keyboard
 * shortcuts ?" button. keyboard-hints.css hides it where the main pointer is a finger, until a
 * key is pressed.
 */
export const KEYBOARD_HINT = 'keyboard-hint';

/** Set on <html> once the reader has pressed a key; the stylesheet then shows the hints. */
export const KEYBOARD_USED = 'data-keyboard-used';

// Keys an on-screen keyboard has no key for: a reader who presses one has a real keyboard.
const NOT_ON_SCREEN_KEYBOARDS = new Set([
  'Tab',
  'Escape',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
]);

/**
 * Shows the keyboard hints from the first key a keyboard pressed, on a phone or tablet with one
 * paired. Typing in a field does not count (phones send key events for their on-screen keys too)
 * unless the key is one no on-screen keyboard has. Returns a function that stops listening.
 */
export function showKeyboardHintsOnFirstKey(doc: Document = document): () => void {
  const root = doc.documentElement;
  const stop = () => doc.removeEventListener('keydown', onKeyDown, true);
  function onKeyDown(event: KeyboardEvent) {
    if (event.isComposing) return;
    if (isTypingTarget(event.target) && !NOT_ON_SCREEN_KEYBOARDS.has(event.key)) return;
    root.setAttribute(KEYBOARD_USED, '');
    stop();
  }
  if (root.hasAttribute(KEYBOARD_USED)) return () => {};
  doc.addEventListener('keydown', onKeyDown, true);
  return stop;
}
