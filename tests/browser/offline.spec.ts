import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTwice } from './build-copy';
import { loaded } from './loaded';
import { startStaticHost } from './static-server';

/*
 * The service worker (src/features/offline/, written by scripts/service-worker.mjs): after one
 * visit the whole site reads offline, and a new deployment is announced, never swapped in behind
 * the reader's back. The other specs block workers (playwright.config.ts); these allow them.
 */
test.use({ serviceWorkers: 'allow' });

const headline = 'Strengthened cooperation, innovation vital in fighting crime – Ban';
const untoc = 'UN Convention against Transnational Organized Crime';

/**
 * A ceiling on waiting for a worker to install (it downloads and caches the site first): well
 * over the assertions' five seconds, which a busy machine running two spec files at once has been
 * seen to exceed. What is awaited is still what the reader sees; only the ceiling is longer.
 */
const INSTALLED = { timeout: 30_000 };

/** The worker controls the page, which it does once it has precached the whole site. */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit, the article, the panels, the definitions and the downloads work offline', async ({
  page,
  context,
  request,
}) => {
  test.slow();
  const csv = await (await request.get('/data/v1/mentions.csv')).body();
  await page.goto('/');
  await loaded(page);
  await controlled(page);

  await context.setOffline(true);
  // Offline indeed: a file the worker does not hold cannot be had from the server.
  expect(
    await page.evaluate(() =>
      fetch('/not-precached.txt').then(
        () => 'answered',
        () => 'failed',
      ),
    ),
  ).toBe('failed');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await loaded(page);
  await page.getByRole('link', { name: 'cyber-crime' }).first().click();
  await expect(page.getByRole('region', { name: 'Cyber-crime' })).toContainText('Crime category');

  // Definitions of each kind, opened from the address as a shared link would: a treaty, a legal
  // term, a goal. Each comes from a data file the first visit had no need to show.
  await page.goto('/?open=untoc');
  await expect(page.getByRole('region', { name: untoc })).toContainText(
    'adopted by the General Assembly on 15 November 2000',
  );
  for (const [id, name] of [
    ['organized-criminal-group', 'Organized criminal group'],
    ['mdg-1', /Eradicate extreme poverty and hunger/],
  ] as const) {
    await page.goto(`/?open=${id}`);
    await expect(page.getByRole('region', { name }).getByRole('heading', { name })).toBeVisible();
  }

  await page.goto('/sources.html');
  await expect(page.getByRole('heading', { level: 1, name: 'How we check facts' })).toBeVisible();
  // A page and a data file (comparisons.json) added after the worker was written: the precache
  // is found by glob, so they are kept too.
  await page.goto('/compare.html?items=trafficking-in-persons,smuggling-of-migrants');
  await expect(page.getByRole('table', { name: /element by element/ })).toBeVisible();

  await page.goto('/data.html');
  await expect(page.getByRole('heading', { level: 1, name: 'The data' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('main a[download="mentions.csv"]').click(),
  ]);
  expect(download.suggestedFilename()).toBe('mentions.csv');
  expect(readFileSync((await download.path())!)).toEqual(csv);
});

test.describe('a new deployment', () => {
  let builds: Awaited<ReturnType<typeof buildTwice>> | undefined;
  const changed =
    'The main treaty against transnational organized crime (as the second build says)';

  test.beforeAll(async () => {
    // Two builds take a few seconds each on a quiet machine, far longer on a busy one.
    test.setTimeout(240_000);
    builds = await buildTwice((data) => {
      const file = join(data, 'entities.json');
      const entities = JSON.parse(readFileSync(file, 'utf8')) as {
        entities: { id: string; description: string }[];
      };
      const entity = entities.entities.find((candidate) => candidate.id === 'untoc')!;
      entity.description = entity.description.replace(
        'The main treaty against transnational organized crime',
        changed,
      );
      writeFileSync(file, JSON.stringify(entities, null, 2));
    });
  });
  test.afterAll(() => {
    if (builds) rmSync(builds.copy, { recursive: true, force: true });
  });

  test('is announced, and Reload brings its data', async ({ page }) => {
    test.slow();
    const host = await startStaticHost(builds!.first);
    try {
      await page.goto(`${host.url}/?open=untoc`);
      const card = page.getByRole('region', { name: untoc });
      await expect(card).toContainText('The main treaty against transnational organized crime:');
      await controlled(page);

      host.serve(builds!.second);
      // The reader comes back: the page is still the first build's, from the worker, and the
      // browser finds the new worker as it loads.
      await page.reload();
      const status = page.getByRole('status').filter({ hasText: 'A new version is ready' });
      await expect(status).toBeVisible(INSTALLED);
      await expect(card).toContainText('The main treaty against transnational organized crime:');
      await expect(card).not.toContainText(changed);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
        [],
      );

      await page.getByRole('button', { name: 'Reload', exact: true }).click();
      // The new worker takes over, then the page reloads from it.
      await expect(card).toContainText(changed, INSTALLED);
      await expect(status).toHaveCount(0);
    } finally {
      await host.close();
    }
  });
});
