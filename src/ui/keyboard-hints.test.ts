import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEYBOARD_USED, showKeyboardHintsOnFirstKey } from './keyboard-hints';

const press = (target: Element, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const keyboardUsed = () => document.documentElement.hasAttribute(KEYBOARD_USED);

describe('the keyboard hints', () => {
  let stop: () => void;
  let field: HTMLInputElement;
  let button: HTMLButtonElement;

  beforeEach(() => {
    document.documentElement.removeAttribute(KEYBOARD_USED);
    document.body.innerHTML = `<input type="text" aria-label="Search"><button type="button">Go</button>`;
    field = document.querySelector('input')!;
    button = document.querySelector('button')!;
    stop = showKeyboardHintsOnFirstKey();
  });
  afterEach(() => {
    stop();
    document.body.innerHTML = '';
    document.documentElement.removeAttribute(KEYBOARD_USED);
  });

  it('stay hidden while the reader types letters in a field, as an on-screen keyboard does', () => {
    press(field, 'a');
    press(field, 'Enter');
    expect(keyboardUsed()).toBe(false);
  });

  it('show once a key no on-screen keyboard has is pressed, even in a field', () => {
    press(field, 'Tab');
    expect(keyboardUsed()).toBe(true);
  });

  it('show once any key is pressed outside a field', () => {
    press(button, '?');
    expect(keyboardUsed()).toBe(true);
  });

  it('stop listening after the first key, and when asked to', () => {
    stop();
    press(button, 'x');
    expect(keyboardUsed()).toBe(false);
  });
});
