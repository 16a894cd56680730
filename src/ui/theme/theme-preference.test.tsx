import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ThemeControl } from './theme-control';
import {
  chooseTheme,
  readThemeChoice,
  THEME_STORAGE_KEY,
  themeChoices,
  type ThemeChoice,
} from './theme-preference';

const initScript = readFileSync(join(__dirname, '../../../public/theme-init.js'), 'utf8');
/** Runs public/theme-init.js as the browser does, in the page's global scope. */
const runInitScript = () => new Function(initScript)() as void;
const root = document.documentElement;

afterEach(() => {
  localStorage.clear();
  root.removeAttribute('data-theme');
});

describe('the theme applied before the first paint (public/theme-init.js)', () => {
  it('reads the key the control writes', () => {
    expect(initScript).toContain(`'${THEME_STORAGE_KEY}'`);
  });

  it.each(themeChoices.filter((choice) => choice !== 'system'))(
    'puts a stored "%s" on <html>',
    (choice) => {
      localStorage.setItem(THEME_STORAGE_KEY, choice);
      runInitScript();
      expect(root.getAttribute('data-theme')).toBe(choice);
      expect(readThemeChoice(localStorage)).toBe(choice);
    },
  );

  it.each([null, 'system', 'sepia', '"dark"'])(
    'leaves the device to decide when the stored value is %s',
    (value) => {
      if (value !== null) localStorage.setItem(THEME_STORAGE_KEY, value);
      runInitScript();
      expect(root.hasAttribute('data-theme')).toBe(false);
      expect(readThemeChoice(localStorage)).toBe('system');
    },
  );

  it('runs without storage', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      expect(runInitScript).not.toThrow();
      expect(root.hasAttribute('data-theme')).toBe(false);
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });
});

describe('choosing a theme', () => {
  it('shows it at once and remembers it; "follow the device" forgets it', () => {
    chooseTheme('contrast');
    expect(root.getAttribute('data-theme')).toBe('contrast');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('contrast');
    chooseTheme('system');
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it('still shows the choice when storage refuses it', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    chooseTheme('dark', root, refusing);
    expect(root.getAttribute('data-theme')).toBe('dark');
  });
});

describe('the theme control', () => {
  const choose = async (label: string) =>
    userEvent.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), label);

  it('offers the four choices by name and starts from what <html> shows', () => {
    root.setAttribute('data-theme', 'dark');
    render(<ThemeControl />);
    const control = screen.getByRole('combobox', { name: 'Theme' });
    expect(control).toHaveDisplayValue('Dark');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Follow the device',
      'Light',
      'Dark',
      'High contrast',
    ]);
  });

  it.each<[string, ThemeChoice]>([
    ['High contrast', 'contrast'],
    ['Light', 'light'],
    ['Dark', 'dark'],
  ])('"%s" applies and stores %s', async (label, choice) => {
    render(<ThemeControl />);
    await choose(label);
    expect(root.getAttribute('data-theme')).toBe(choice);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe(choice);
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveDisplayValue(label);
  });

  it('"Follow the device" takes the attribute and the stored choice away', async () => {
    chooseTheme('dark');
    render(<ThemeControl />);
    await choose('Follow the device');
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it('follows a choice made in another tab', async () => {
    render(<ThemeControl />);
    localStorage.setItem(THEME_STORAGE_KEY, 'contrast');
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY }));
    expect(await screen.findByDisplayValue('High contrast')).toBeInTheDocument();
    expect(root.getAttribute('data-theme')).toBe('contrast');
  });
});
