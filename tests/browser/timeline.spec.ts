import { expect, test, type Page } from '@playwright/test';
import { expectFilterState } from './filter-state';

/*
 * The timeline in the production build: drawn after hydration below the article, across the
 * column when it is wide and down the page on a phone; its events open their cards, the cards'
 * dates lead back, and the crime-type filter picks out what it concerns.
 */

const timeline = (page: Page) => page.getByRole('region', { name: 'The timeline, 2000–2030' });
const event = (page: Page, id: string) => page.locator(`#timeline-${id}`);

test('marks the article and today, and opens an event’s card; the card’s date leads back', async ({
  page,
}) => {
  await page.goto('/');
  const section = timeline(page);
  await expect(section.getByText('This article, 12 April 2010')).toBeVisible();
  const today = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date());
  await expect(section.getByText(`Today, ${today}`)).toBeVisible();

  // Reached from the Convention panel, which no longer draws a timeline of its own.
  const convention = page.getByRole('region', { name: 'Convention and Protocols' });
  await convention.getByRole('link', { name: 'See the timeline, 2000–2030' }).click();
  await expect(section).toBeFocused();
  await expect(section).toBeInViewport();

  const signature = section.getByRole('button', { name: /^12–15 December 2000 / });
  await signature.click();
  const card = page.getByRole('region', {
    name: 'UN Convention against Transnational Organized Crime',
  });
  await expect(card.getByRole('heading', { level: 2 })).toBeFocused();
  const back = card.getByRole('link', { name: '12 December 2000 to 15 December 2000' });
  await expect(back).toHaveAttribute('href', '#timeline-palermo-signature');
  await back.click();
  await expect(event(page, 'palermo-signature')).toBeFocused();
  await expect(event(page, 'palermo-signature')).toBeInViewport();
});

test('an address naming an event lands on it', async ({ page }) => {
  await page.goto('/#timeline-cybercrime-adopted');
  await expect(event(page, 'cybercrime-adopted')).toBeFocused();
  await expect(event(page, 'cybercrime-adopted')).toBeInViewport();
});

test('with ?crime=trafficking-in-persons the trafficking events stand out and the others recede', async ({
  page,
}) => {
  await page.goto('/?crime=trafficking-in-persons');
  const section = timeline(page);
  await expect(section.getByText(/events concern the selected crime types/)).toBeVisible();
  for (const id of [
    'palermo-adopted',
    'palermo-signature',
    'trafficking-in-force',
    'review-mechanism-launched',
  ])
    await expectFilterState(event(page, id).locator('xpath=..'), 'match');
  for (const id of [
    'millennium-summit-2000',
    'uncac-adopted',
    'cybercrime-adopted',
    'sdg-deadline',
  ])
    await expectFilterState(event(page, id).locator('xpath=..'), 'quiet');
  // Receding is a change of colour, never of opacity, so the words keep their contrast.
  const quiet = event(page, 'uncac-adopted');
  expect(await quiet.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
});

test('at 1280 px the axis runs across: later events sit further right', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const dot = (id: string) => event(page, id).locator('.timeline-dot');
  await expect(dot('sdg-deadline')).toBeVisible();
  const first = (await dot('millennium-summit-2000').boundingBox())!;
  const middle = (await dot('twelfth-congress').boundingBox())!;
  const last = (await dot('sdg-deadline').boundingBox())!;
  expect(middle.x).toBeGreaterThan(first.x + 100);
  expect(last.x).toBeGreaterThan(middle.x + 100);
  await expect(timeline(page).getByText('2030', { exact: true }).first()).toBeVisible();
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the axis runs down the page and nothing overflows sideways', async ({ page }) => {
    await page.goto('/');
    const dot = (id: string) => event(page, id).locator('.timeline-dot');
    await expect(dot('sdg-deadline')).toBeAttached();
    const first = (await dot('millennium-summit-2000').boundingBox())!;
    const last = (await dot('sdg-deadline').boundingBox())!;
    // Centres: the deadline's mark is a turned square, so its box is wider.
    expect(Math.abs(last.x + last.width / 2 - (first.x + first.width / 2))).toBeLessThan(1);
    expect(last.y).toBeGreaterThan(first.y + 500);
    await timeline(page).getByText('The events as a table').click();
    await expect(timeline(page).getByRole('table')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the events are reached by Tab in date order, each named with its date', async ({ page }) => {
  await page.goto('/');
  const first = event(page, 'millennium-summit-2000');
  await first.focus();
  await expect(first).toHaveAccessibleName(/^6–8 September 2000 Millennium Summit/);
  await page.keyboard.press('Tab');
  await expect(event(page, 'millennium-declaration')).toBeFocused();
  await expect(event(page, 'millennium-declaration')).toHaveAccessibleName(
    /^8 September 2000 United Nations Millennium Declaration/,
  );
  await page.keyboard.press('Tab');
  await expect(event(page, 'palermo-adopted')).toBeFocused();
});
