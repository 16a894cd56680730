import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/*
 * "How we check facts" as a reader meets it: reached from the explorer's footer and from a card,
 * the bibliography filled in from the data, every outbound link safe, under the same
 * Content-Security-Policy as the explorer, and nothing for axe to find.
 */

test('the footer and a card lead to the page, which lists every document under its CSP', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(message.text()))
      problems.push(message.text());
  });

  await page.goto('/?open=firearms-protocol');
  const card = page.getByRole('region', { name: 'Firearms Protocol' });
  await expect(card.getByRole('link', { name: 'How we check facts' })).toHaveAttribute(
    'href',
    '/sources.html',
  );
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: /How we check facts/ })
    .click();
  await expect(page).toHaveURL(/\/sources\.html$/);
  await expect(page.getByRole('heading', { level: 1, name: 'How we check facts' })).toBeVisible();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');

  const treaties = page.getByRole('heading', { level: 3, name: /^Treaties \(\d+\)$/ });
  await expect(treaties).toBeVisible();
  // The Firearms Protocol's entry links to its record at the depositary and names its card.
  const entry = page.locator('#document-firearms-protocol');
  const record = entry.getByRole('link', { name: /treaties\.un\.org/ });
  expect(new URL((await record.getAttribute('href'))!).searchParams.get('mtdsg_no')).toBe(
    'XVIII-12-c',
  );
  await expect(entry.getByRole('link', { name: 'Firearms Protocol', exact: true })).toHaveAttribute(
    'href',
    './?open=firearms-protocol',
  );
  for (const link of await page.locator('a[target="_blank"]').all()) {
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect((await link.getAttribute('rel'))?.split(' ')).toEqual(
      expect.arrayContaining(['noopener', 'noreferrer']),
    );
  }

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  expect(problems).toEqual([]);
});
