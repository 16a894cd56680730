import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { isBlockedWorkerWarning } from './blocked-worker';
import { serveShell } from './serve-shell';
import { watchDataRequests } from './data-requests';

const headline = 'Strengthened cooperation, innovation vital in fighting crime – Ban';

/** Collects console errors and warnings and uncaught exceptions for the whole test. */
function watchConsole(page: Page) {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (isBlockedWorkerWarning(message.text())) return;
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

test('a reader opens the article and the card for “cyber-crime”', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(page).toHaveTitle(/Strengthened cooperation/);
  await expect(page.getByRole('main')).toBeVisible();

  await page.getByRole('link', { name: 'cyber-crime' }).first().click();
  const card = page.getByRole('region', { name: 'Cyber-crime' });
  await expect(card).toBeVisible();
  await expect(card.getByText('Crime category')).toBeVisible();
  await expect(card.getByRole('heading', { level: 2, name: 'Cyber-crime' })).toBeFocused();

  // Its second mention is a link away, and lands on the text.
  await card.getByRole('link', { name: /Paragraph 6: “cyber-crime”/ }).click();
  const secondMention = page.getByRole('link', { name: 'cyber-crime' }).nth(1);
  await expect(secondMention).toBeFocused();
  await expect(secondMention).toBeInViewport();

  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();

  expect(problems).toEqual([]);
});

test('article and side panel sit side by side at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const article = page.getByRole('article');
  const side = page.getByRole('complementary', { name: 'Details and key' });
  await expect(article).toBeVisible();
  const [a, s] = [await article.boundingBox(), await side.boundingBox()];
  expect(a && s && s.x > a.x + a.width - 1).toBe(true);
});

for (const width of [375, 320]) {
  test(`nothing scrolls sideways at ${width} px`, async ({ page }) => {
    const problems = watchConsole(page);
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
    await expect(page.getByRole('link', { name: 'cyber-crime' }).first()).toBeVisible();
    await page.getByRole('link', { name: /illicit manufacturing/ }).click();
    await expect(page.getByRole('region', { name: /Illicit manufacturing/ })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(problems).toEqual([]);
  });
}

test('a missing panel file is named in its panel, and Retry brings the panel back', async ({
  page,
}) => {
  let fail = true;
  await page.route('**/data/instruments.json', (route) =>
    fail ? route.fulfill({ status: 404, body: 'missing' }) : route.continue(),
  );
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'Convention and Protocols' });
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText(
    'instruments.json could not be loaded: the file was not found on the server',
  );
  // The article is untouched by the broken panel.
  await expect(page.getByRole('link', { name: 'cyber-crime' }).first()).toBeVisible();
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(panel.getByRole('button', { name: 'Smuggling of Migrants Protocol' })).toBeVisible();
});

test('without the prerendered copy, a missing article.json is named, and Retry brings it back', async ({
  page,
}) => {
  // A host that serves the bare shell (as the dev server does) makes the app fetch the article.
  await serveShell(page);
  let fail = true;
  let requests = 0;
  await page.route('**/data/article.json', (route) => {
    requests += 1;
    return fail ? route.fulfill({ status: 404, body: 'missing' }) : route.continue();
  });
  const data = watchDataRequests(page);
  await page.goto('/');
  const alert = page.getByRole('article').getByRole('alert');
  await expect(alert).toContainText(
    'article.json could not be loaded: the file was not found on the server',
  );
  // Everything that mounts after the article (the side column, the timeline) has mounted and
  // asked for its files: none of them fetched the failed file again behind the reader's back,
  // which would recover the article on its own and take the Retry button away under the pointer.
  await expect(page.getByRole('complementary', { name: 'Details and key' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Convention and Protocols' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'The timeline, 2000–2030' })).toBeVisible();
  await expect.poll(data.inFlight).toBe(0);
  expect(requests, 'article.json requests before Retry').toBe(1);
  await expect(alert).toBeVisible();

  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  expect(requests, 'article.json requests after Retry').toBe(2);
});
