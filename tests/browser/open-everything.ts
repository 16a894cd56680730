import { expect, type Page } from '@playwright/test';
import { loaded } from './loaded';

/**
 * The page after a reader has opened one of everything, so every kind of control is there: the
 * crime-type toggles (unfolded on a narrow screen) with one of them on, so the filter summary and
 * the match stepper show; a treaty, a protocol, a crime category and a goal opened in the panels,
 * with the Convention panel's disclosures open; a paragraph's Link or quote menu; and a card
 * with a trail (Back and Close both there) whose disclosures are open too.
 */
export async function openEverything(page: Page) {
  await page.goto('/');
  await loaded(page);
  // On a narrow screen the crime-type toggles fold away behind a disclosure, and a tap on one
  // folds them again: open them, turn one on, and open them once more.
  const disclosure = page.getByRole('button', { name: /^(Show|Hide) filters/ });
  const folds = await disclosure.isVisible();
  if (folds) await disclosure.click();
  await page.locator('#crime-filter-chips').getByRole('button').first().click();
  await expect(page.getByRole('group', { name: 'Showing:' })).toBeVisible();
  if (folds) {
    await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await disclosure.click();
    await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
  }
  const convention = page.getByRole('region', { name: 'Convention and Protocols' });
  await convention
    .getByRole('button', { name: 'UN Convention against Transnational Organized Crime' })
    .click();
  await convention.getByRole('button', { name: 'Smuggling of Migrants Protocol' }).click();
  for (const summary of await convention.locator('summary').all()) await summary.click();
  await page
    .getByRole('region', { name: 'Crime categories' })
    .getByRole('button', { name: 'Cyber-crime', exact: true })
    .click();
  await page
    .getByRole('region', { name: 'Millennium Development Goals' })
    .getByRole('button', { name: 'Goal 4: Reduce child mortality' })
    .click();
  await page.getByRole('button', { name: /^Link or quote paragraph 2/ }).click();
  await expect(page.getByRole('heading', { name: 'Link or quote paragraph 2' })).toBeVisible();
  await page
    .getByRole('article')
    .getByRole('link', { name: 'UN Convention against Transnational Organized Crime' })
    .click();
  const card = page.locator('#definition');
  await card.getByRole('link', { name: /^“Organized criminal group”/ }).click();
  await expect(card.getByRole('button', { name: /Back/ })).toBeVisible();
  for (const summary of await card.locator('summary').all()) await summary.click();
}
