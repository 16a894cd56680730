import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleSearchShortcut, isSearchShortcut, SEARCH_INPUT_ID } from './search-shortcut';

/** Dispatches a keydown on `target` and returns it after the document's listeners ran. */
function press(target: Element, init: KeyboardEventInit) {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('the "/" shortcut', () => {
  let search: HTMLInputElement;
  let button: HTMLButtonElement;

  beforeEach(() => {
    document.body.innerHTML = `
      <input id="${SEARCH_INPUT_ID}" type="text" value="earlier query">
      <button type="button">A button</button>
      <textarea aria-label="Notes"></textarea>
      <input type="email" aria-label="Email">
      <input type="checkbox" aria-label="Tick">`;
    search = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement;
    button = document.querySelector('button')!;
    document.addEventListener('keydown', handleSearchShortcut);
  });

  afterEach(() => {
    document.removeEventListener('keydown', handleSearchShortcut);
    document.body.innerHTML = '';
  });

  it('focuses the search box from anywhere else and keeps "/" from being typed', () => {
    button.focus();
    const event = press(button, { key: '/' });
    expect(search).toHaveFocus();
    expect(event.defaultPrevented).toBe(true);
    // The old query is selected, so typing replaces it.
    expect(search.selectionStart).toBe(0);
    expect(search.selectionEnd).toBe('earlier query'.length);
  });

  it('works with Shift, which some keyboards need for "/"', () => {
    press(document.body, { key: '/', shiftKey: true });
    expect(search).toHaveFocus();
  });

  it('leaves "/" alone in text fields', () => {
    for (const field of document.querySelectorAll<HTMLElement>('textarea, input[type=email]')) {
      field.focus();
      const event = press(field, { key: '/' });
      expect(field).toHaveFocus();
      expect(event.defaultPrevented).toBe(false);
    }
  });

  it('still works from a checkbox, which is not a text field', () => {
    const checkbox = document.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    checkbox.focus();
    press(checkbox, { key: '/' });
    expect(search).toHaveFocus();
  });

  it('leaves "/" with Ctrl, Alt or Meta to the browser', () => {
    button.focus();
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      const event = press(button, { key: '/', [modifier]: true });
      expect(event.defaultPrevented).toBe(false);
      expect(button).toHaveFocus();
    }
  });

  it('ignores other keys', () => {
    const event = new KeyboardEvent('keydown', { key: '?' });
    expect(isSearchShortcut(event)).toBe(false);
  });
});
