import { loaded } from './loaded';
import { expect, test, type Page } from '@playwright/test';
import { expectFilterState } from './filter-state';

const crimeToggle = (page: Page, name: RegExp) =>
  page.getByRole('group', { name: 'Crime type' }).getByRole('button', { name });

test('filtering by “Smuggling of migrants” is a URL: it survives a reload, and Back undoes it', async ({
  page,
}) => {
  await page.goto('/');
  // The text is there before the app runs; what follows needs the app (its panels are in).
  await loaded(page);
  const convention = page.getByRole('region', { name: 'Convention and Protocols' });
  await expect(convention.getByRole('button', { expanded: false }).first()).toBeVisible();

  await crimeToggle(page, /^Smuggling of migrants/).click();
  await expect(page).toHaveURL(/\?crime=smuggling-of-migrants$/);

  const smuggling = page.getByRole('link', { name: 'smuggling of migrants', exact: true });
  const cyber = page.getByRole('link', { name: 'cyber-crime' }).first();
  await expectFilterState(smuggling, 'match');
  await expectFilterState(cyber, 'quiet');
  // What a reader sees: the match keeps its tint and gains a ring, the other loses its tint.
  const look = (locator: typeof cyber) =>
    locator.evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, ring: style.boxShadow };
    });
  expect((await look(smuggling)).ring).not.toBe('none');
  expect((await look(cyber)).background).toBe('rgba(0, 0, 0, 0)');
  // Paragraph 1 has nothing to match and turns grey; paragraph 4 holds the match and does not.
  const ink = (number: number) =>
    page.locator(`#paragraph-${number}`).evaluate((element) => getComputedStyle(element).color);
  expect(await ink(1)).toBe('rgb(95, 101, 108)');
  expect(await ink(4)).not.toBe('rgb(95, 101, 108)');
  await expect(convention.getByRole('button', { expanded: false }).first()).toHaveAccessibleName(
    'Smuggling of Migrants Protocol',
  );
  await expect(page.getByRole('status').filter({ hasText: /mentions? of / })).toHaveText(
    '1 mention of smuggling of migrants, and 1 of a treaty that addresses it (Smuggling of Migrants Protocol), in 1 paragraph',
  );

  await page.reload();
  await expect(crimeToggle(page, /^Smuggling of migrants/)).toHaveAttribute('aria-pressed', 'true');
  await expectFilterState(
    page.getByRole('link', { name: 'smuggling of migrants', exact: true }),
    'match',
  );

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(crimeToggle(page, /^Smuggling of migrants/)).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expectFilterState(page.getByRole('link', { name: 'cyber-crime' }).first(), '');
});

test('an open definition is part of the address, and a shared address opens it', async ({
  page,
}) => {
  await page.goto('/?open=firearms-protocol');
  await expect(page.getByRole('region', { name: 'Firearms Protocol' })).toBeVisible();
  await page.getByRole('link', { name: 'corruption' }).click();
  await expect(page).toHaveURL(/\?open=corruption$/);
  await page.goBack();
  await expect(page.getByRole('region', { name: 'Firearms Protocol' })).toBeVisible();
});

test('an unknown crime id in the address gets a notice, and the article still shows', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?crime=piracy');
  await expect(page.getByText('No crime type called “piracy”. Showing everything.')).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Strengthened cooperation/ }),
  ).toBeVisible();
  // The text is there before the app runs; what follows needs the app (its panels are in).
  await loaded(page);
  expect(errors).toEqual([]);
});

test('the last view comes back on the plain address', async ({ page }) => {
  await page.goto('/');
  await crimeToggle(page, /^Corruption/).click();
  await expect(page).toHaveURL(/\?crime=corruption$/);
  await page.goto('/');
  await expect(crimeToggle(page, /^Corruption/)).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\?crime=corruption$/);
});

test('keyboard: skip link, shortcuts dialog with ?, Escape back to where the reader was', async ({
  page,
}) => {
  await page.goto('/');
  // The text is there before the app runs; what follows needs the app (its panels are in).
  await loaded(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to article' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article')).toBeFocused();
  await page.keyboard.press('Tab');
  // The first control in the article is the mention in the headline.
  const focused = page.getByRole('link', { name: 'Ban', exact: true });
  await expect(focused).toBeFocused();

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(focused).toBeFocused();
});

test('search: "/" focuses the box, "cybercrime" → Enter opens the cyber-crime definition', async ({
  page,
}) => {
  await page.goto('/');
  // The text is there before the app runs; its keys work once the app is (the panels are in).
  await loaded(page);
  await page.locator('body').press('/');
  const search = page.getByRole('combobox', { name: 'Search the article and definitions' });
  await expect(search).toBeFocused();
  await page.keyboard.type('cybercrime');
  const listbox = page.getByRole('listbox');
  await expect(listbox).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(search).toHaveAttribute('aria-activedescendant', /.+/);
  const active = await search.getAttribute('aria-activedescendant');
  expect(active).toBeTruthy();
  await expect(page.locator(`[id="${active}"]`)).toContainText('Cyber-crime');
  await page.keyboard.press('Enter');
  const definition = page.getByRole('region', { name: 'Cyber-crime' });
  await expect(definition).toBeVisible();
  await expect(page).toHaveURL(/\?open=cyber-crime$/);
  // Escape closes the definition and puts focus back in the search box it came from.
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
  await expect(search).toBeFocused();
});

test('Clear looks inactive while there is nothing to clear, and like a control once there is', async ({
  page,
}) => {
  await page.goto('/');
  const clear = page
    .getByRole('group', { name: 'Crime type' })
    .getByRole('button', { name: 'Clear' });
  const look = () =>
    clear.evaluate((button) => {
      const style = getComputedStyle(button);
      return { cursor: style.cursor, color: style.color };
    });
  await expect(clear).toBeDisabled();
  const inactive = await look();
  // Not the busy cursor of a control at work, nor the accent colour of one to press.
  expect(inactive.cursor).not.toBe('progress');
  await crimeToggle(page, /^Corruption/).click();
  await expect(clear).toBeEnabled();
  const active = await look();
  expect(active.cursor).toBe('pointer');
  expect(inactive.color).not.toBe(active.color);
});

test('the card’s Back and the browser’s Back walk the same trail', async ({ page }) => {
  await page.goto('/');
  // The text is there before the app runs; what follows needs the app (its panels are in).
  await loaded(page);
  await page.getByRole('link', { name: 'organized crime', exact: true }).click();
  const first = page.getByRole('region', { name: 'Organized crime' });
  await expect(first).toBeVisible();
  await first
    .getByRole('link', { name: 'UN Convention against Transnational Organized Crime' })
    .first()
    .click();
  const deeper = page.getByRole('region', {
    name: 'UN Convention against Transnational Organized Crime',
  });
  await expect(deeper).toBeVisible();
  await expect(page).toHaveURL(/\?open=untoc$/);

  await deeper.getByRole('button', { name: '← Back' }).click();
  await expect(first).toBeVisible();
  await expect(page).toHaveURL(/\?open=organized-crime$/);

  // The browser's Back goes on back to before the first card, not forward to the card just left.
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('region', { name: 'Definitions' })).toBeVisible();
  await page.goForward();
  await expect(first).toBeVisible();
  await page.goForward();
  await expect(deeper).toBeVisible();
  await expect(deeper.getByRole('button', { name: '← Back' })).toBeVisible();
});

test('under a filter, n and Shift+N step through the matches, each scrolled into view and marked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto('/?crime=corruption,money-laundering');
  const stepper = page.getByRole('group', { name: 'Matches in the text' });
  await expect(stepper).toContainText('3 matches');
  await page.locator('body').press('n');
  await expect(stepper).toContainText('1 of 3');
  const first = page.getByRole('link', {
    name: 'UN Convention against Transnational Organized Crime',
  });
  await expect(first).toHaveAttribute('data-current-match', '');
  await page.locator('body').press('n');
  await page.locator('body').press('n');
  await expect(stepper).toContainText('3 of 3');
  const last = page.getByRole('link', { name: 'money-laundering', exact: true });
  await expect(last).toHaveAttribute('data-current-match', '');
  await expect(last).toBeInViewport();
  await expect(first).not.toHaveAttribute('data-current-match', '');
  await page.locator('body').press('Shift+N');
  await expect(stepper).toContainText('2 of 3');
  await expect(page.getByRole('link', { name: 'corruption', exact: true })).toBeInViewport();
});
