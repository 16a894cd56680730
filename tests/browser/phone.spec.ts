import { expect, test, type Locator, type Page } from '@playwright/test';
import { loaded } from './loaded';
import { watchDataRequests } from './data-requests';
import { layoutShiftSoFar } from './layout-shift';

/*
 * A reader on a phone (375 px, touch) keeps their place: a mention's card opens as a sheet over
 * the lower part of the screen, with the words still in view above it, and closing it leaves the
 * reader where they were. On a wide screen the card stays in its column.
 */

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** Scrolls the page so the mention's top sits `y` px below the top of the screen. */
async function placeAt(mention: Locator, y: number) {
  await mention.evaluate((element, top) => {
    window.scrollBy({ top: element.getBoundingClientRect().top - top, behavior: 'instant' });
  }, y);
}

const topOf = async (element: Locator) => (await element.boundingBox())!.y;

/** The mention is wholly on screen and the sheet starts below it; the sheet is on screen too. */
async function expectMentionAboveSheet(page: Page, mention: Locator, sheet: Locator) {
  await expect(mention).toBeInViewport({ ratio: 1 });
  await expect(sheet).toBeInViewport();
  await expect
    .poll(async () => {
      const [words, card] = await Promise.all([mention.boundingBox(), sheet.boundingBox()]);
      return words && card ? card.y - (words.y + words.height) : -1;
    }, 'space between the mention and the sheet')
    .toBeGreaterThanOrEqual(0);
  const card = await sheet.boundingBox();
  expect(card!.y + card!.height, 'the sheet ends on screen').toBeLessThanOrEqual(
    page.viewportSize()!.height + 0.5,
  );
}

async function expectSheetShape(page: Page, sheet: Locator) {
  const box = await sheet.boundingBox();
  const height = page.viewportSize()!.height;
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(height + 0.5);
  expect(box!.height).toBeLessThanOrEqual(height * 0.6 + 1);
  expect(box!.height).toBeGreaterThan(height * 0.25);
  expect(await sheet.evaluate((element) => getComputedStyle(element).overflowY)).toBe('auto');
}

test('a tapped mention opens its card as a sheet below it; the page does not move; Close returns to it', async ({
  page,
}) => {
  await page.goto('/');
  await loaded(page);
  const mention = page.getByRole('link', { name: 'cyber-crime' }).first();
  await placeAt(mention, 150);
  const before = await scrollY(page);

  await mention.tap();
  const sheet = page.getByRole('region', { name: 'Cyber-crime' });
  await expect(sheet.getByRole('heading', { name: 'In the article' })).toBeVisible();
  await expectMentionAboveSheet(page, mention, sheet);
  await expectSheetShape(page, sheet);
  expect(Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(2);

  // The sheet scrolls on its own; its Close stays in reach, and the page stays put.
  await sheet.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  const close = sheet.getByRole('button', { name: 'Close definition' });
  await expect(close).toBeInViewport({ ratio: 1 });
  expect(Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(2);

  await close.tap();
  await expect(sheet).toHaveCount(0);
  await expect(mention).toBeFocused();
  expect(Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(2);
  await expect(mention).toBeInViewport({ ratio: 1 });
});

test('a mention low on the screen is lifted just clear of the sheet, not scrolled away', async ({
  page,
}) => {
  await page.goto('/');
  await loaded(page);
  const mention = page
    .locator('#article')
    .getByRole('link', { name: 'environmental crime', exact: true });
  await placeAt(mention, 620);
  const before = await scrollY(page);

  await mention.tap();
  const sheet = page.getByRole('region', { name: 'Environmental crime' });
  await expect(sheet.getByRole('heading', { name: 'In the article' })).toBeVisible();
  await expectMentionAboveSheet(page, mention, sheet);
  // Lifted by less than a screen: the sentence around it is still the one being read.
  expect(Math.abs((await scrollY(page)) - before)).toBeLessThan(740 / 2);
});

test('by keys, focus moves into the sheet and Escape brings it back to the mention, in place', async ({
  page,
}) => {
  await page.goto('/');
  await loaded(page);
  const mention = page.getByRole('link', { name: 'organized crime' }).first();
  await placeAt(mention, 200);

  await mention.focus();
  await page.keyboard.press('Enter');
  const sheet = page.getByRole('region', { name: 'Organized crime' });
  await expect(sheet.getByRole('heading', { level: 2, name: 'Organized crime' })).toBeFocused();
  await expectMentionAboveSheet(page, mention, sheet);
  // The first key shows the keyboard hints in the header, and the browser's scroll anchoring
  // keeps the text where it was: what must not move is the mention on the screen.
  expect(Math.abs((await topOf(mention)) - 200)).toBeLessThanOrEqual(2);

  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(mention).toBeFocused();
  expect(Math.abs((await topOf(mention)) - 200)).toBeLessThanOrEqual(2);
});

test('a link in the sheet to another mention brings that mention into view above the sheet', async ({
  page,
}) => {
  await page.goto('/');
  await loaded(page);
  const first = page.getByRole('link', { name: 'cyber-crime' }).first();
  await placeAt(first, 150);
  await first.tap();
  const sheet = page.getByRole('region', { name: 'Cyber-crime' });
  await sheet.getByRole('link', { name: /Paragraph 6: “cyber-crime”/ }).tap();
  const second = page.getByRole('link', { name: 'cyber-crime' }).nth(1);
  await expect(second).toBeFocused();
  await expectMentionAboveSheet(page, second, sheet);
});

test('a shared address with a card open shows the article and the card as a sheet, with no layout shift', async ({
  page,
}) => {
  const data = watchDataRequests(page);
  await page.goto('/?open=untoc');
  const sheet = page.getByRole('region', {
    name: 'UN Convention against Transnational Organized Crime',
  });
  await expect(sheet.getByRole('heading', { name: 'In the article' })).toBeVisible();
  await loaded(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  await expectSheetShape(page, sheet);
  expect(await scrollY(page)).toBe(0);
  // Everything after the sheet has arrived: the timeline below the article and every data file.
  await expect(page.getByRole('region', { name: 'The timeline, 2000–2030' })).toBeVisible();
  await expect.poll(data.inFlight).toBe(0);
  const shift = await layoutShiftSoFar(page);
  expect(shift).toBe(0);
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false });

  test('the card stays in the side column beside the article', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    await page.getByRole('link', { name: 'cyber-crime' }).first().click();
    const card = page.getByRole('region', { name: 'Cyber-crime' });
    await expect(card.getByRole('heading', { name: 'In the article' })).toBeVisible();
    expect(await card.evaluate((element) => getComputedStyle(element).position)).not.toBe('fixed');
    const [cardBox, sideBox] = await Promise.all([
      card.boundingBox(),
      page.getByRole('complementary', { name: 'Details and key' }).boundingBox(),
    ]);
    expect(cardBox!.x).toBeGreaterThanOrEqual(sideBox!.x - 0.5);
    expect(cardBox!.x + cardBox!.width).toBeLessThanOrEqual(sideBox!.x + sideBox!.width + 0.5);
  });
});
