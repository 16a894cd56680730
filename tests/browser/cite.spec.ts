import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/*
 * Citing from a card, as a reader would: open Cite on a legal definition, copy the Chicago note
 * (the clipboard granted, as a reader's browser would after the click), download the BibTeX file
 * and read it, close with Escape and land back on the button. The citations are the build's.
 */

const NOTE =
  'United Nations Convention against Transnational Organized Crime, 2225 United Nations Treaty Series 209, art. 2(a) (2000). Adopted by General Assembly resolution 55/25 (A/RES/55/25, annex I).';

function watchProblems(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(message.text()))
      problems.push(message.text());
  });
  return problems;
}

test('a reader cites a definition from its card: copies the note, downloads the BibTeX', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = watchProblems(page);
  await page.goto('/?open=organized-criminal-group');
  const card = page.getByRole('region', { name: 'Organized criminal group' });
  const cite = card.getByRole('button', {
    name: 'Cite the definition of “Organized criminal group”, art. 2(a)',
  });
  await cite.click();

  const dialog = page.getByRole('dialog', { name: /^Cite “Organized criminal group”, UNTOC/ });
  await expect(dialog).toBeVisible();
  // Focus moved into the modal dialog.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('dialog') !== null))
    .toBe(true);

  const chicago = dialog.getByRole('region', { name: 'Chicago' });
  await expect(chicago.getByText(NOTE, { exact: true })).toBeVisible();
  await chicago.getByRole('button', { name: 'Copy the Chicago note' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Citation copied: Chicago note.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(NOTE);

  const downloadStarted = page.waitForEvent('download');
  await dialog.getByRole('link', { name: 'BibTeX (.bib)' }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toBe('term-organized-criminal-group.bib');
  const bibtex = await readFile((await download.path())!, 'utf8');
  expect(bibtex).toMatch(/^@misc\{term_organized_criminal_group,$/m);
  expect(bibtex).toContain(
    'title = {United {Nations} {Convention} against {Transnational} {Organized} {Crime}}',
  );
  expect(bibtex).toContain('volume = {2225}');
  expect(bibtex).toContain("Definition of ``Organized criminal group'', art. 2(a).");

  const { violations } = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cite).toBeFocused();
  // Escape closed the dialog only: the card behind it is still open.
  await expect(card).toBeVisible();
  expect(problems).toEqual([]);
});

test('each key article of a treaty and its adopting resolution can be cited from its card', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto('/?open=untoc');
  const card = page.getByRole('region', {
    name: 'UN Convention against Transnational Organized Crime',
  });
  await card.getByText(/^Key articles/).click();
  await card.getByRole('button', { name: 'Cite UNTOC, article 2', exact: true }).click();
  const dialog = page.getByRole('dialog', {
    name: 'Cite UNTOC, art. 2 (Use of terms)',
    exact: true,
  });
  await expect(dialog.getByRole('region', { name: 'MLA' })).toContainText(
    '(“United Nations Convention against Transnational Organized Crime,” art. 2)',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await card.getByRole('button', { name: 'Cite General Assembly resolution A/RES/55/25' }).click();
  const resolution = page.getByRole('dialog', {
    name: 'Cite General Assembly resolution 55/25 (A/RES/55/25)',
  });
  await expect(resolution.getByRole('region', { name: 'APA' })).toContainText(
    'United Nations General Assembly. (2000, November 15). United Nations Convention against Transnational Organized Crime (Resolution A/RES/55/25).',
  );
  expect(problems).toEqual([]);
});

test('the Millennium Declaration on the MDGs’ card can be cited', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto('/?open=mdgs');
  await page
    .getByRole('button', {
      name: 'Cite the United Nations Millennium Declaration, General Assembly resolution A/RES/55/2',
    })
    .click();
  const dialog = page.getByRole('dialog', {
    name: 'Cite General Assembly resolution 55/2 (A/RES/55/2)',
  });
  await expect(dialog.getByRole('region', { name: 'APA' })).toContainText(
    'United Nations General Assembly. (2000, September 8). United Nations Millennium Declaration (Resolution A/RES/55/2).',
  );
  // No address is given for a resolution: none of their addresses could be verified.
  await expect(dialog.getByRole('region', { name: 'Chicago' })).not.toContainText('http');
  expect(problems).toEqual([]);
});

test('the article’s Cite is in the prerendered header, next to the original', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto('/');
  const header = page.locator('.article-header');
  await expect(header.getByRole('link', { name: /Original on UN News/ })).toBeVisible();
  const cite = header.getByRole('button', { name: 'Cite this article' });
  const box = await cite.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(24);
  expect(box!.height).toBeGreaterThanOrEqual(24);
  await cite.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Cite “Strengthened cooperation/ });
  await expect(dialog.getByRole('region', { name: 'APA' })).toContainText(
    'Strengthened cooperation, innovation vital in fighting crime – Ban. (2010, April 12). UN News. https://news.un.org/en/story/2010/04/335002',
  );
  expect(problems).toEqual([]);
});
