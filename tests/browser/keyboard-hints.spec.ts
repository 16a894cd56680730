import { expect, test, type Page } from '@playwright/test';
import { loaded } from './loaded';

/*
 * The keyboard's hints (the "/" badge in the search box, the "Keyboard shortcuts ?" button) are
 * for readers with a keyboard: shown where the pointer is a mouse or a trackpad, and on a touch
 * screen only once a key has been pressed (a keyboard paired with a phone or a tablet).
 */

const hints = (page: Page) => ({
  badge: page.getByRole('search').locator('kbd'),
  button: page.getByRole('button', { name: /^Keyboard shortcuts/ }),
});

test.describe('on a touch screen (375 px)', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('no keyboard hints until a key is pressed', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    const { badge, button } = hints(page);
    await expect(badge).toBeHidden();
    await expect(button).toBeHidden();
    // A tap is not a key.
    await page.getByRole('combobox', { name: 'Search the article and definitions' }).tap();
    await expect(badge).toBeHidden();
    await page.keyboard.press('Tab');
    await expect(badge).toBeVisible();
    await expect(button).toBeVisible();
  });

  test('"?" still opens the shortcuts, and shows the hints from then on', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(hints(page).button).toBeVisible();
  });
});

test.describe('with a mouse (1280 px)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the keyboard hints are shown from the start', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    const { badge, button } = hints(page);
    await expect(badge).toBeVisible();
    await expect(button).toBeVisible();
  });
});
