import { expect, type Page } from '@playwright/test';

/** The article, its highlights and the three panels have loaded. */
export async function loaded(page: Page) {
  await expect(page.getByRole('link', { name: 'cyber-crime' }).first()).toBeVisible();
  for (const name of [
    'Convention and Protocols',
    'Crime categories',
    'Millennium Development Goals',
  ])
    await expect(
      page.getByRole('region', { name }).getByRole('button', { expanded: false }).first(),
    ).toBeVisible();
}
