import { expect, test, type Page } from '@playwright/test';
import { loaded } from './loaded';
import { openEverything } from './open-everything';
import { undersizedTargets } from './target-size';

/*
 * WCAG 2.2, 2.5.8: controls that are not words in a sentence are at least 24 × 24 CSS px, or
 * spaced so a 24 px circle on each touches nothing else. Measured with everything a reader can
 * open opened: a card with a trail, the panels, the key's toggles, a paragraph's Link or quote
 * menu, the search results, and each dialog.
 */

async function expectTargetsLargeEnough(page: Page, least: number) {
  const { checked, problems } = await undersizedTargets(page);
  expect(problems).toEqual([]);
  expect(checked, 'controls measured').toBeGreaterThanOrEqual(least);
}

for (const [label, viewport, touch] of [
  ['at 1280 px', { width: 1280, height: 800 }, false],
  ['at 375 px with touch', { width: 375, height: 740 }, true],
] as const) {
  test.describe(label, () => {
    test.use({ viewport, hasTouch: touch, isMobile: touch });

    test('every control on the page is at least 24 × 24 px', async ({ page }) => {
      await page.goto('/');
      await loaded(page);
      await expectTargetsLargeEnough(page, 20);
      await openEverything(page);
      await expectTargetsLargeEnough(page, 60);
      await page
        .getByRole('combobox', { name: 'Search the article and definitions' })
        .fill('traff');
      await expect(page.getByRole('option').first()).toBeVisible();
      await expectTargetsLargeEnough(page, 60);
    });

    test('every control in the dialogs is at least 24 × 24 px', async ({ page }) => {
      await page.goto('/?open=organized-criminal-group');
      await loaded(page);
      // "?" rather than the button, which a touch screen shows only once a key is pressed.
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectTargetsLargeEnough(page, 1);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await page
        .getByRole('button', {
          name: 'Cite the definition of “Organized criminal group”, art. 2(a)',
        })
        .click();
      const cite = page.getByRole('dialog', { name: /^Cite “Organized criminal group”/ });
      await expect(cite.getByRole('button', { name: 'Copy the Chicago note' })).toBeVisible();
      await expectTargetsLargeEnough(page, 8);
    });
  });
}
