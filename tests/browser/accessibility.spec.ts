import { expectFilterState } from './filter-state';
import { expect, test, type Page } from '@playwright/test';
import { expectContrastChecked, expectNoAxeViolations } from './axe';
import { loaded } from './loaded';
import { serveShell } from './serve-shell';

const panel = (page: Page, name: string) => page.getByRole('region', { name });

test.describe('axe finds nothing', () => {
  // Two full axe runs on a long page take a while on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('on first load', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    await expectNoAxeViolations(page, 'on first load');
  });

  test('with the Convention and a Protocol open', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    const convention = panel(page, 'Convention and Protocols');
    await convention
      .getByRole('button', { name: 'UN Convention against Transnational Organized Crime' })
      .click();
    await convention.getByRole('button', { name: 'Smuggling of Migrants Protocol' }).click();
    await expect(
      convention.getByRole('button', { name: 'Smuggling of Migrants Protocol' }),
    ).toHaveAttribute('aria-expanded', 'true');
    await expect(convention.getByText('28 January 2004').first()).toBeVisible();
    await expectNoAxeViolations(page, 'with the Convention and a Protocol open');
  });

  test('with a crime category open', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    const crimes = panel(page, 'Crime categories');
    await crimes.getByRole('button', { name: 'Trafficking in persons', exact: true }).click();
    await expect(crimes.locator('blockquote').first()).toBeVisible();
    await expectNoAxeViolations(page, 'with a crime category open');
  });

  test('with a goal open', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    const goals = panel(page, 'Millennium Development Goals');
    await goals.getByRole('button', { name: 'Goal 4: Reduce child mortality' }).click();
    await expect(goals.getByRole('link', { name: /Paragraph 3: “child mortality”/ })).toBeVisible();
    await expectNoAxeViolations(page, 'with a goal open');
  });

  test('with goal 1’s verdicts and an SDG target card open', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    const goals = panel(page, 'Millennium Development Goals');
    await goals
      .getByRole('button', { name: 'Goal 1: Eradicate extreme poverty and hunger' })
      .click();
    await expect(goals.locator('[data-verdict="met"]')).toBeVisible();
    await panel(page, 'After 2015: the Sustainable Development Goals')
      .getByRole('link', { name: 'Target 16.4' })
      .click();
    await expect(page.getByRole('region', { name: 'SDG target 16.4' })).toBeVisible();
    await expectNoAxeViolations(page, 'with goal 1’s verdicts and an SDG target card open');
  });

  test('with a definition opened from a mention', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    await page.getByRole('link', { name: 'cyber-crime' }).first().click();
    await expect(page.getByRole('region', { name: 'Cyber-crime' })).toBeVisible();
    await expectNoAxeViolations(page, 'with a definition opened from a mention');
  });

  test('with a defined term opened through inner links', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    await page
      .getByRole('link', { name: 'UN Convention against Transnational Organized Crime' })
      .click();
    const definition = page.locator('#definition');
    await definition.getByRole('link', { name: /Organized criminal group/ }).click();
    await expect(page.getByRole('region', { name: 'Organized criminal group' })).toBeVisible();
    await definition.getByRole('link', { name: 'serious crimes' }).click();
    await expect(page.getByRole('region', { name: 'Serious crime' })).toBeVisible();
    await expect(definition.getByRole('button', { name: /Back/ })).toBeVisible();
    await expectNoAxeViolations(page, 'with a defined term opened through inner links');
  });

  test('with a crime-type filter on', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    await page
      .getByRole('group', { name: 'Crime type' })
      .getByRole('button', { name: /^Smuggling of migrants/ })
      .click();
    await expect(page.getByRole('status').filter({ hasText: /mentions? of / })).not.toBeEmpty();
    await expectNoAxeViolations(page, 'with a crime-type filter on');
  });

  test('with a topic filter on', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    const topic = page
      .getByRole('group', { name: 'Topics' })
      .getByRole('button', { name: /^Treaty/ });
    await topic.click();
    await expect(topic).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: /mentions? of / })).not.toBeEmpty();
    await expectNoAxeViolations(page, 'with a topic filter on');
  });

  test('with search open and showing results', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    await page.locator('body').press('/');
    await page.keyboard.type('money laundering');
    await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
    await expect(page.getByRole('option').first()).toBeVisible();
    await expectNoAxeViolations(page, 'with search open and showing results');
  });

  test('with the keyboard shortcuts dialog open', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    await page.locator('body').press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoAxeViolations(page, 'with the keyboard shortcuts dialog open');
  });

  test('with the timeline drawn, its table open and a crime-type filter on', async ({ page }) => {
    await page.goto('/?crime=trafficking-in-persons');
    await loaded(page);
    const timeline = page.getByRole('region', { name: 'The timeline, 2000–2030' });
    await expect(timeline.getByRole('button', { name: /^15 November 2000 / })).toBeVisible();
    await timeline.getByText('The events as a table').click();
    await expect(timeline.getByRole('table')).toBeVisible();
    await expect(timeline.getByRole('table').getByText('Loading the source…')).toHaveCount(0);
    await expectNoAxeViolations(page, 'with the timeline drawn and its table open');
  });

  for (const [file, name] of [
    ['instruments.json', 'Convention and Protocols'],
    ['crime-categories.json', 'Crime categories'],
    ['mdgs.json', 'Millennium Development Goals'],
  ] as const) {
    test(`when ${file} fails with a 500`, async ({ page }) => {
      await page.route(`**/data/${file}`, (route) =>
        route.fulfill({ status: 500, body: 'server error' }),
      );
      await page.goto('/');
      await expect(panel(page, name).getByRole('alert')).toContainText(file);
      await expect(page.getByRole('link', { name: 'cyber-crime' }).first()).toBeVisible();
      await expectNoAxeViolations(page, `when ${file} fails with a 500`);
    });
  }

  test('on the bare shell when article.json is missing', async ({ page }) => {
    // A host that serves the bare shell (as the dev server does) makes the app fetch the article.
    await serveShell(page);
    await page.route('**/data/article.json', (route) =>
      route.fulfill({ status: 404, body: 'missing' }),
    );
    await page.goto('/');
    await expect(page.getByRole('article').getByRole('alert')).toContainText('article.json');
    await expectNoAxeViolations(page, 'on the bare shell when article.json is missing');
  });
});

/**
 * Colour contrast (WCAG AA) in the light theme: axe's color-contrast rule alone, in one column
 * (see axe.ts), in the states that change colours. The other themes: themes.spec.ts.
 */
test.describe('colour contrast meets AA', () => {
  test.use({ colorScheme: 'light', viewport: { width: 800, height: 720 } });

  test('on first load, with a definition open, and with both filters on', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    await expectContrastChecked(page, 'on first load');

    await page
      .getByRole('link', { name: 'UN Convention against Transnational Organized Crime' })
      .click();
    await expect(
      page.getByRole('region', { name: 'UN Convention against Transnational Organized Crime' }),
    ).toBeVisible();
    await expectContrastChecked(page, 'with the Convention’s definition open');

    await page
      .getByRole('group', { name: 'Crime type' })
      .getByRole('button', { name: /^Corruption/ })
      .click();
    await page
      .getByRole('group', { name: 'Topics' })
      .getByRole('button', { name: /^Place/ })
      .click();
    await expectFilterState(page.locator('#paragraph-1'), 'quiet');
    await expectContrastChecked(page, 'with a crime type and a topic filter on');
  });

  test('on the timeline, with a crime-type filter on', async ({ page }) => {
    await page.goto('/?crime=trafficking-in-persons');
    await loaded(page);
    const timeline = page.getByRole('region', { name: 'The timeline, 2000–2030' });
    await expectFilterState(page.locator('#timeline-uncac-adopted').locator('xpath=..'), 'quiet');
    await timeline.getByText('The events as a table').click();
    await expect(timeline.getByRole('table').getByText('Loading the source…')).toHaveCount(0);
    await expectContrastChecked(page, 'on the timeline with a crime-type filter on');
  });
});
