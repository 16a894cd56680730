import { expect, test } from '@playwright/test';

test('Convention panel → Smuggling of Migrants Protocol → art. 3(a) → a mention marks its paragraph', async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'Convention and Protocols' });
  await panel.getByRole('button', { name: 'Smuggling of Migrants Protocol' }).click();
  await expect(
    panel.getByRole('button', { name: 'Smuggling of Migrants Protocol' }),
  ).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.getByText('28 January 2004').first()).toBeVisible();

  await panel.getByRole('link', { name: '“Smuggling of migrants”, art. 3(a)' }).click();
  const definition = page.getByRole('region', { name: 'Smuggling of migrants' });
  await expect(definition.getByText('Defined term')).toBeVisible();
  await expect(definition.locator('blockquote')).toContainText(
    '"Smuggling of migrants" shall mean the procurement, in order to obtain, directly or indirectly, a financial or other material benefit',
  );
  await expect(definition.getByText(/art\. 3\(a\)/).first()).toBeVisible();

  await definition.getByRole('link', { name: /Paragraph 4: “smuggling of migrants”/ }).click();
  const paragraph = page.locator('#paragraph-4');
  await expect(paragraph).toBeInViewport();
  await expect(page.locator('.paragraph-row', { has: paragraph })).toHaveAttribute(
    'data-marked',
    'true',
  );
  await expect(
    page.getByRole('link', { name: 'smuggling of migrants', exact: true }),
  ).toBeFocused();
});

test('the “trafficking in persons” mention opens the Protocol’s art. 3(a) text and its source', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('link', { name: 'trafficking in persons, especially women and children' })
    .click();
  const definition = page.getByRole('region', { name: 'Trafficking in persons' });
  await expect(definition.locator('blockquote')).toContainText(
    '"Trafficking in persons" shall mean the recruitment, transportation, transfer, harbouring or receipt of persons',
  );
  await expect(definition.locator('figcaption').first()).toContainText(
    'Trafficking in Persons Protocol, art. 3(a)',
  );
  await definition
    .getByText(/^Sources \(\d+\)$/)
    .first()
    .click();
  await expect(
    definition.getByText('Protocol to Prevent, Suppress and Punish Trafficking in Persons').first(),
  ).toBeVisible();

  // The same crime is open in its panel: the two views agree.
  const crimes = page.getByRole('region', { name: 'Crime categories' });
  await expect(
    crimes.getByRole('button', { name: 'Trafficking in persons', exact: true }),
  ).toHaveAttribute('aria-expanded', 'true');
});

test('a goal’s phrase in the article is marked when a reader follows it', async ({ page }) => {
  await page.goto('/');
  const goals = page.getByRole('region', { name: 'Millennium Development Goals' });
  await goals.getByRole('button', { name: 'Goal 4: Reduce child mortality' }).click();
  await goals.getByRole('link', { name: /Paragraph 3: “child mortality”/ }).click();
  await expect(
    page.locator('.paragraph-row', { has: page.locator('#paragraph-3') }),
  ).toHaveAttribute('data-marked', 'true');
  await expect(page.locator('#paragraph-3')).toBeFocused();
});
