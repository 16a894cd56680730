import { expect, test, type Page } from '@playwright/test';
import { loaded } from './loaded';

/*
 * On a phone the open list of crime types fills the first screen; a tap on one must still show
 * its effect: the status that says what was found is on screen after the tap, whole.
 */

async function tapChipAndExpectStatus(page: Page, name: string) {
  const filters = page.getByRole('group', { name: 'Crime type' });
  const show = filters.getByRole('button', { name: /^Show filters/ });
  await show.tap();
  await filters.getByRole('button', { name: new RegExp(`^${name}`) }).tap();
  const status = page.locator('.filter-status');
  await expect(status).toHaveText(/mention/);
  await expect(status).toBeInViewport({ ratio: 1 });
  // What is on can be seen, and changed, from there.
  await expect(filters.getByRole('button', { name: /\(\d on\)/ })).toBeInViewport({ ratio: 1 });
}

for (const height of [740, 667]) {
  test.describe(`at 375 × ${height} px with touch`, () => {
    test.use({ viewport: { width: 375, height }, hasTouch: true, isMobile: true });

    test('a tap on the last crime type shows what it found', async ({ page }) => {
      await page.goto('/');
      await loaded(page);
      await tapChipAndExpectStatus(page, 'Illicit manufacturing of and trafficking in firearms');
      await expect(page).toHaveURL(/crime=firearms/);
    });

    test('a second crime type is a tap away, and its effect shows too', async ({ page }) => {
      await page.goto('/');
      await loaded(page);
      await tapChipAndExpectStatus(page, 'Corruption');
      await tapChipAndExpectStatus(page, 'Money-laundering');
      const filters = page.getByRole('group', { name: 'Crime type' });
      await expect(filters.getByRole('button', { name: /\(2 on\)/ })).toBeVisible();
      await expect(page).toHaveURL(
        /crime=corruption%2Cmoney-laundering|crime=corruption,money-laundering/,
      );
    });
  });
}
