import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../ui/is-typing-target';
import { KEYBOARD_HINT } from '../../ui/keyboard-hints';
import './help.css';

const SHORTCUTS: [keys: string, what: string][] = [
  ['/', 'Search the article and definitions'],
  ['?', 'Show these keyboard shortcuts'],
  [
    'Esc',
    'Close what was opened last (search results, a definition, this dialog) and go back to where you were',
  ],
  ['↑ ↓', 'Move through search results; Enter opens one'],
  ['Tab, Shift+Tab', 'Move between mentions, links and controls'],
  ['Enter', 'Open the mention, link or item that has focus'],
  ['Space', 'Turn a filter on or off; open or close a panel item'],
];

/**
 * A button and a modal dialog listing the keyboard shortcuts; "?" opens it from anywhere. The
 * native <dialog> traps focus and closes on Escape; focus goes back to where it was.
 */
export function ShortcutsHelp() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<Element | null>(null);

  const open = () => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    openerRef.current = document.activeElement;
    dialog.showModal?.();
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      open();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        className={`button button-quiet help-button ${KEYBOARD_HINT}`}
        onClick={open}
      >
        Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
      </button>
      <dialog
        ref={dialogRef}
        className="help-dialog"
        aria-labelledby="help-heading"
        onClose={() => {
          const opener = openerRef.current;
          if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
        }}
        onKeyDown={(event) => {
          // Escape here belongs to the dialog, not to the definition view behind it.
          if (event.key === 'Escape') event.nativeEvent.stopImmediatePropagation();
        }}
      >
        <h2 id="help-heading">Keyboard shortcuts</h2>
        <dl className="shortcuts">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys} className="shortcut">
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog">
          <button type="submit" className="button">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
