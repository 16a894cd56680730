import { serveShell } from './serve-shell';
import { createHash } from 'node:crypto';
import { expectFilterState } from './filter-state';
import { expect, test, type Page, type Route } from '@playwright/test';

/*
 * Untrusted text stays inert, and the built page runs under its Content-Security-Policy.
 */

const img = '<img src=x onerror="window.__pwned=1">';
const script = '<script>window.__pwned=1</script>';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const edit = (page: Page, file: string, change: (json: Json) => void) =>
  page.route(`**/data/${file}`, async (route: Route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Json;
    change(json);
    await route.fulfill({ response, json });
  });

const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

/** Every link that leaves the site: http(s) only, and opened with noopener noreferrer. */
async function expectSafeExternalLinks(page: Page) {
  const links = await page.locator('a[href]').evaluateAll((anchors) =>
    anchors.map((a) => ({
      href: a.getAttribute('href') ?? '',
      resolved: (a as HTMLAnchorElement).href,
      rel: a.getAttribute('rel') ?? '',
    })),
  );
  const origin = new URL(page.url()).origin;
  const external = links.filter((link) => !link.resolved.startsWith(origin));
  expect(external.length).toBeGreaterThan(0);
  for (const link of links) expect(link.href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  for (const link of external) {
    expect(link.resolved, link.href).toMatch(/^https?:\/\//);
    expect(link.rel.split(/\s+/), link.href).toEqual(
      expect.arrayContaining(['noopener', 'noreferrer']),
    );
  }
}

test('markup in the data shows as text and never runs', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await edit(page, 'context-notes.json', (json) => {
    json.notes[0].title = `${img} is rounded up`;
    json.notes[0].text = `${script} ${json.notes[0].text}`;
  });
  await edit(page, 'crime-categories.json', (json) => {
    json.categories[2].notes[0] = { ...json.categories[2].notes[0], text: `${img} ${script}` };
  });
  // The notes are prerendered into the page: serve the bare shell so they are fetched and shown.
  await serveShell(page);
  await page.goto('/');

  const note = page.locator('details.context-note').filter({ hasText: img });
  await expect(note.locator(':scope > summary')).toContainText(`${img} is rounded up`);
  await note.locator(':scope > summary').click();
  await expect(note).toContainText(script);

  await page.getByRole('link', { name: 'cyber-crime' }).first().click();
  const card = page.getByRole('region', { name: 'Cyber-crime' });
  await expect(card.getByText(`${img} ${script}`).first()).toBeVisible();

  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The only scripts without a source are the page's own two (the theme, the starter), as served.
  const served = await (await page.request.get('/')).text();
  const own = [...served.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  expect(own).toHaveLength(2);
  expect(
    await page
      .locator('script:not([src]):not([type^="application/"])')
      .evaluateAll((scripts) => scripts.map((script) => script.textContent)),
  ).toEqual(own);
  expect(await pwned(page)).toBeUndefined();
  await expectSafeExternalLinks(page);
  expect(errors).toEqual([]);
});

test('a javascript: source address fails validation in plain words and is never a link', async ({
  page,
}) => {
  // documents.json is prerendered with the article; the bare shell makes the app fetch it.
  await serveShell(page);
  await edit(page, 'documents.json', (json) => {
    json.documents[0].url = 'javascript:window.__pwned=1';
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'cyber-crime' }).first().click();
  const card = page.getByRole('region', { name: 'Cyber-crime' });
  await expect(card.getByRole('alert')).toContainText(
    'documents.json: document 1, url must be an http(s) address',
  );
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  expect(await pwned(page)).toBeUndefined();
  await expectSafeExternalLinks(page);
});

test('external links are http(s) and open with noopener noreferrer', async ({ page }) => {
  await page.goto('/?open=untoc');
  await expect(
    page.getByRole('region', { name: /Convention against Transnational/ }),
  ).toBeVisible();
  await expectSafeExternalLinks(page);
});

test('the built page carries its Content-Security-Policy and runs under it', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  // The page's one inline stylesheet (inlined so the first paint needs only the HTML) is allowed
  // by its hash, not by 'unsafe-inline', and applies: the body takes its background from it.
  const inlineCss = await page.locator('head style').textContent();
  const digest = createHash('sha256')
    .update(inlineCss ?? '')
    .digest('base64');
  expect(policy).toMatch(
    new RegExp(`style-src 'self' 'sha256-${digest.replace(/[+/]/g, '\\$&')}'`),
  );
  expect(
    await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position),
  ).toBe('absolute');
  // The data blocks are there and were read (hydration used the state), though never executed.
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
  await expect(page.locator('script#explorer-state')).toHaveCount(1);

  // Hydrated: a mention opens its definition.
  await page.getByRole('link', { name: 'cyber-crime' }).first().click();
  await expect(page.getByRole('region', { name: 'Cyber-crime' })).toBeVisible();
  await page.keyboard.press('Escape');

  // A filter works.
  await page
    .getByRole('group', { name: 'Crime type' })
    .getByRole('button', { name: /^Corruption/ })
    .click();
  await expectFilterState(page.getByRole('link', { name: 'corruption' }), 'match');

  // Search works.
  await page.locator('body').press('/');
  await page.keyboard.type('cybercrime');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Cyber-crime' })).toBeVisible();

  // A panel loaded its file at run time (connect-src) and opens.
  const panel = page.getByRole('region', { name: 'Convention and Protocols' });
  await panel.getByRole('button', { name: 'Smuggling of Migrants Protocol' }).click();
  await expect(panel.getByText('28 January 2004').first()).toBeVisible();

  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});
