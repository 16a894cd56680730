import { loaded } from './loaded';
import { expect, test, type Page } from '@playwright/test';

/* The 2030 Agenda after the MDGs: the panel, the target cards, the links both ways, and search. */

const searchFor = async (page: Page, query: string) => {
  const search = page.getByRole('combobox', { name: 'Search the article and definitions' });
  await search.fill(query);
  return search;
};

test('search finds the SDGs: each query returns the right result first, and Enter opens it', async ({
  page,
}) => {
  await page.goto('/');
  // The text is there before the app runs; what follows needs the app (its panels are in).
  await loaded(page);
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  for (const [query, first] of [
    ['SDG', 'Sustainable Development Goals (2030 Agenda)'],
    ['SDGs', 'Sustainable Development Goals (2030 Agenda)'],
    ['2030', 'Sustainable Development Goals (2030 Agenda)'],
    ['Sustainable Development Goals', 'Sustainable Development Goals (2030 Agenda)'],
    ['16.4', 'SDG target 16.4'],
    ['target 16.4', 'SDG target 16.4'],
  ]) {
    await searchFor(page, query!);
    await expect(listbox.getByRole('option').first()).toContainText(first!);
  }
  // The first ArrowDown lands on that first result, and Enter opens its card.
  await page.keyboard.press('ArrowDown');
  await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const card = page.getByRole('region', { name: 'SDG target 16.4' });
  await expect(card).toBeVisible();
  await expect(page).toHaveURL(/\?open=sdg-16-4$/);
  await expect(card.locator('blockquote')).toHaveText(
    'By 2030, significantly reduce illicit financial and arms flows, strengthen the recovery and return of stolen assets and combat all forms of organized crime',
  );
});

test('the panel says the MDGs ended in 2015; a target card and its crime categories link both ways', async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'After 2015: the Sustainable Development Goals' });
  await expect(panel).toContainText('The Millennium Development Goals ended in 2015.');
  await expect(panel).toContainText(
    'succeeded by the 2030 Agenda for Sustainable Development, “Transforming our world: the 2030 Agenda for Sustainable Development” (A/RES/70/1), adopted on 25 September 2015: 17 Goals and 169 targets, to 2030.',
  );

  await panel.getByRole('link', { name: 'Target 10.7' }).click();
  const target = page.getByRole('region', { name: 'SDG target 10.7' });
  await expect(target).toBeVisible();
  // The target names its crime categories, and where the article names each.
  const smuggling = target.getByRole('link', { name: 'Smuggling of migrants', exact: true });
  await expect(smuggling).toBeVisible();
  await expect(
    target.getByRole('list', { name: 'Where the article names smuggling of migrants' }),
  ).toContainText('Paragraph 4: “smuggling of migrants”');

  // And the category's card lists the target, which opens it again.
  await smuggling.click();
  const category = page.getByRole('region', { name: 'Smuggling of migrants' });
  await expect(category).toBeVisible();
  await category.getByRole('link', { name: 'Target 10.7' }).click();
  await expect(page.getByRole('region', { name: 'SDG target 10.7' })).toBeVisible();
  await expect(page).toHaveURL(/\?open=sdg-10-7$/);
});

test('an address opens a target’s card, and the Agenda’s card says why no MDG is paired', async ({
  page,
}) => {
  await page.goto('/?open=sdg-15-c');
  const card = page.getByRole('region', { name: 'SDG target 15.c' });
  await expect(card.getByText('Sustainable Development Goal target')).toBeVisible();
  await expect(card.getByRole('link', { name: 'Environmental crime', exact: true })).toBeVisible();
  await card.getByRole('link', { name: '2030 Agenda for Sustainable Development' }).click();
  const agenda = page.getByRole('region', { name: '2030 Agenda for Sustainable Development' });
  await expect(agenda).toContainText('does not pair them');
  await expect(agenda.getByRole('link', { name: 'Target 16.5' })).toBeVisible();
});
