import { loaded } from './loaded';
import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The whole journey by keys alone: page.keyboard only, no clicks and no focus() calls. After
 * every key, the element that should have focus has it, and the focus ring can be seen.
 */

/** The focused element draws an outline or a box shadow (the ring a sighted reader follows). */
async function expectFocusVisible(page: Page) {
  const ring = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { element: 'body', visible: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    return {
      element: `${element.tagName.toLowerCase()}#${element.id} “${element.textContent?.trim().slice(0, 40)}”`,
      visible: outline || shadow,
    };
  });
  expect(ring.visible, `no visible focus ring on ${ring.element}`).toBe(true);
}

async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  await expectFocusVisible(page);
}

/** Presses `key` until `target` has focus, checking the ring at every stop on the way. */
async function pressUntilFocused(page: Page, key: string, target: Locator, limit = 80) {
  for (let count = 0; count < limit; count += 1) {
    await press(page, key);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${key} ×${limit} never reached ${target.toString()}`);
}

test('by keys alone: skip link, a mention, inner definitions, Back, a filter, search, Escape', async ({
  page,
}) => {
  await page.goto('/');
  // The text is there before the app runs; what follows needs the app (its panels are in).
  await loaded(page);

  // 1. Tab → "Skip to article" → Enter: the article has focus.
  await press(page, 'Tab');
  await expect(page.getByRole('link', { name: 'Skip to article' })).toBeFocused();
  await press(page, 'Enter');
  const article = page.getByRole('article');
  await expect(article).toBeFocused();

  // 2. Tab through the text to the Convention's mention; Enter opens its definition.
  const conventionMention = page.getByRole('link', {
    name: 'UN Convention against Transnational Organized Crime',
  });
  await pressUntilFocused(page, 'Tab', conventionMention);
  await press(page, 'Enter');
  const definition = page.locator('#definition');
  await expect(
    definition.getByRole('heading', {
      level: 2,
      name: 'UN Convention against Transnational Organized Crime',
    }),
  ).toBeFocused();

  // 3. Tab into the definition to a defined term; Enter opens it.
  await pressUntilFocused(
    page,
    'Tab',
    definition.getByRole('link', { name: /^“Organized criminal group”/ }),
  );
  await press(page, 'Enter');
  await expect(
    definition.getByRole('heading', { level: 2, name: 'Organized criminal group' }),
  ).toBeFocused();

  // 4. Tab to the inner link "serious crimes" in the verbatim definition; Enter follows it.
  await pressUntilFocused(page, 'Tab', definition.getByRole('link', { name: 'serious crimes' }));
  await press(page, 'Enter');
  await expect(definition.getByRole('heading', { level: 2, name: 'Serious crime' })).toBeFocused();

  // 5. Back (before the heading, so Shift+Tab) returns to the defined term.
  const backButton = definition.getByRole('button', { name: /Back/ });
  await pressUntilFocused(page, 'Shift+Tab', backButton, 5);
  await press(page, 'Enter');
  await expect(
    definition.getByRole('heading', { level: 2, name: 'Organized criminal group' }),
  ).toBeFocused();

  // 6. Back up the page to a crime-type toggle: Space turns it on, Enter turns it off.
  const toggle = page
    .getByRole('group', { name: 'Crime type' })
    .getByRole('button', { name: /^Money-laundering/ });
  await pressUntilFocused(page, 'Shift+Tab', toggle);
  await press(page, 'Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toBeFocused();
  await expect(page).toHaveURL(/crime=money-laundering/);
  await press(page, 'Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toBeFocused();

  // 7. "?" opens the shortcuts; Escape closes them and focus is back on the toggle.
  await press(page, '?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await press(page, 'Escape');
  await expect(dialog).toBeHidden();
  await expect(toggle).toBeFocused();

  // 8. "/" → the search box. No result is active until the reader moves: the first ArrowDown
  // lands on the best result (the crime category), the next on the passage in paragraph 6, and
  // Enter opens it.
  await press(page, '/');
  const search = page.getByRole('combobox', { name: 'Search the article and definitions' });
  await expect(search).toBeFocused();
  await page.keyboard.type('money laundering');
  await expectFocusVisible(page);
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  await expect(listbox).toBeVisible();
  const options = listbox.getByRole('option');
  await expect(options.first()).toContainText('Money-laundering');
  await expect(options.first()).toHaveAttribute('aria-selected', 'false');
  await press(page, 'ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await press(page, 'ArrowDown');
  await expect(search).toBeFocused();
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute('aria-activedescendant', 'site-search-option-passage-p6');
  await expect(options.nth(1)).toContainText('Paragraph 6');
  await press(page, 'Enter');
  await expect(listbox).toBeHidden();
  const paragraph = page.locator('#paragraph-6');
  await expect(paragraph).toBeFocused();
  await expect(page.locator('.paragraph-row', { has: paragraph })).toHaveAttribute(
    'data-marked',
    'true',
  );

  // 9. Escape closes the definition still open from step 5, and focus goes back to the mention
  // the journey opened it from. Nothing is left open: another Escape changes nothing.
  await press(page, 'Escape');
  await expect(definition.getByRole('heading', { level: 2, name: 'Definitions' })).toBeVisible();
  await expect(conventionMention).toBeFocused();
  await press(page, 'Escape');
  await expect(conventionMention).toBeFocused();
  await expect(listbox).toBeHidden();
  await expect(dialog).toBeHidden();
  await expect(search).toHaveValue('');
});
