import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/*
 * "Definitions side by side" (compare.html) as a reader meets it: one click from a crime
 * category's card (which the article's mention opens), the table's headers and cells, the
 * choice kept in the address, the controls by keyboard, a phone's width, and nothing for axe.
 */

const pair = '/compare.html?items=trafficking-in-persons,smuggling-of-migrants';
const tableName = /element by element/;

function watchProblems(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(message.text()))
      problems.push(message.text());
  });
  return problems;
}

test('the trafficking mention’s card leads to the table, a real table with its headers', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto('/');
  await page.getByRole('link', { name: 'trafficking in persons' }).first().click();
  const card = page.getByRole('region', { name: 'Trafficking in persons' });
  await card
    .getByRole('link', {
      name: 'Compare side by side: trafficking in persons and smuggling of migrants',
    })
    .click();
  await expect(page).toHaveURL(pair);

  const table = page.getByRole('table', { name: tableName });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText([
    'Element',
    'Trafficking in persons',
    'Smuggling of migrants',
  ]);
  await expect(table.getByRole('rowheader')).toHaveText([
    'The act',
    'The means',
    'The purpose',
    'The person’s consent',
    'Must a border be crossed?',
    'Who is harmed',
    'Where it is defined',
  ]);
  const means = table.getByRole('row', { name: /^The means/ });
  await expect(means.getByRole('cell').nth(1)).toContainText('Our reading');
  await expect(means.getByRole('cell').nth(0)).not.toContainText('Our reading');
  // A column header leads back to the category's card in the explorer.
  await expect(table.getByRole('link', { name: 'Smuggling of migrants' })).toHaveAttribute(
    'href',
    './?open=smuggling-of-migrants',
  );
  expect(problems).toEqual([]);
});

test('by keyboard: a Remove drops its item from the view and the address, and Back brings it back', async ({
  page,
}) => {
  await page.goto(pair);
  await expect(page.getByRole('table', { name: tableName })).toBeVisible();
  const remove = page.getByRole('button', { name: 'Remove Smuggling of migrants' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/compare.html?items=trafficking-in-persons');
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(
    page.getByRole('combobox', { name: 'Add a definition or crime category' }),
  ).toBeFocused();

  await page
    .getByRole('combobox', { name: 'Add a definition or crime category' })
    .selectOption({ label: 'Smuggling of migrants' });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(pair);
  await expect(page.getByRole('table', { name: tableName })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL('/compare.html?items=trafficking-in-persons');
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('at 375 px the table scrolls inside its box with its row headers held; the page never scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(pair);
  const table = page.getByRole('table', { name: tableName });
  await expect(table).toBeVisible();
  const box = page.getByRole('region', { name: tableName });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'sideways scrolling of the page').toBeLessThanOrEqual(0);

  const widths = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(widths.scroll).toBeGreaterThan(widths.client);
  const row = table.getByRole('row', { name: /^The means/ });
  await row.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
  // The box takes the keyboard: focused, the arrow keys scroll it sideways.
  await box.evaluate((el) => (el.scrollLeft = 0));
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));

  const boxLeft = (await box.boundingBox())!.x;
  const header = table.getByRole('rowheader', { name: 'The means' });
  await expect(header).toBeInViewport();
  expect(Math.abs((await header.boundingBox())!.x - boxLeft)).toBeLessThanOrEqual(2);
  // Still this row's header: the last column's cell sits beside it.
  await expect(row.getByRole('cell').last()).toContainText('Our reading');
  await expect(row.getByRole('cell').last()).toBeInViewport();
});

test('axe finds nothing on the comparison, at 1280 and at 375 px', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(pair);
  await expect(page.getByRole('table', { name: tableName })).toBeVisible();
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const { violations } = await new AxeBuilder({ page }).analyze();
    const found = violations.flatMap((v) =>
      v.nodes.map((node) => `${v.id} at ${node.target.join(' ')}: ${v.help}`),
    );
    expect(found, `at ${width} px:\n${found.join('\n')}`).toEqual([]);
  }
});
