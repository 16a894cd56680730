import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/*
 * "The data" on the built site: every file the page offers downloads under its own name, comes
 * with the type its ending promises, parses as its format, and matches the size and checksum the
 * manifest gives; the page keeps the site's Content-Security-Policy and gives axe nothing to find.
 */

type ManifestFile = { path: string; bytes: number; sha256: string };
type Manifest = {
  schema: ManifestFile;
  downloads: { file: ManifestFile }[];
  dataFiles: { file: ManifestFile; schema?: ManifestFile }[];
};

const TYPES: [RegExp, RegExp][] = [
  [/\.jsonld$/, /^application\/ld\+json/],
  [/\.csv$/, /^text\/csv/],
  [/\.md$/, /^text\/markdown/],
  [/\.json$/, /^application\/json/],
];

/** What each kind of file must be, read from its bytes. */
function checkContent(name: string, bytes: Buffer) {
  const text = bytes.toString('utf8');
  if (name.endsWith('.jsonld')) {
    const collection = JSON.parse(text) as {
      '@context': string;
      type: string;
      total: number;
      first: { items: { target: { selector: { type: string }[] } }[] };
    };
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.items).toHaveLength(collection.total);
    expect(collection.first.items[0]!.target.selector.map((s) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextQuoteSelector',
    ]);
  } else if (name.endsWith('.csv')) {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^annotation_id,source,paragraph,start,end,/);
    expect(lines.at(-1)).toBe('');
    expect(text.slice(1).replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  } else if (name.endsWith('.md')) {
    expect(text.startsWith('# ')).toBe(true);
    const references = new Set(
      [...text.matchAll(/(?<!\\)\[\^([^\]\s]+)\](?!:)/g)].map((match) => match[1]),
    );
    const notes = new Set([...text.matchAll(/^\[\^([^\]\s]+)\]:/gm)].map((match) => match[1]));
    expect(references.size).toBeGreaterThan(0);
    expect([...references].sort()).toEqual([...notes].sort());
  } else {
    const json = JSON.parse(text) as Record<string, unknown>;
    if (name.endsWith('.schema.json'))
      expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    else expect(json.version).toBe(1);
  }
}

test('every download arrives under its name, with its type, and parses as its format', async ({
  page,
  request,
}) => {
  // Some twenty files, each fetched twice and downloaded in a tab of its own.
  test.slow();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(message.text()))
      problems.push(message.text());
  });

  await page.goto('/data.html');
  await expect(page.getByRole('heading', { level: 1, name: 'The data' })).toBeVisible();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");

  const manifestResponse = await request.get('/data/v1/index.json');
  expect(manifestResponse.headers()['content-type']).toMatch(/^application\/json/);
  const manifest = (await manifestResponse.json()) as Manifest;
  const listed = new Map(
    [
      manifest.schema,
      ...manifest.downloads.map((entry) => entry.file),
      ...manifest.dataFiles.flatMap((entry) => [
        entry.file,
        ...(entry.schema ? [entry.schema] : []),
      ]),
    ].map((file) => [`/data/v1/${file.path}`, file]),
  );

  await expect(page.getByRole('link', { name: /^Download annotations\.jsonld/ })).toBeVisible();
  const links = page.getByRole('main').locator('a[download]');
  // Every file the manifest lists, and the manifest itself.
  await expect(links).toHaveCount(listed.size + 1);

  const offered = await links.evaluateAll((anchors) =>
    anchors.map((a) => ({ href: a.getAttribute('href')!, name: a.getAttribute('download')! })),
  );
  expect(new Set(offered.map((link) => link.name)).size).toBe(offered.length);

  for (const { href, name } of offered) {
    expect(href.endsWith(`/${name}`), href).toBe(true);

    const response = await request.get(href);
    expect(response.ok(), href).toBe(true);
    const type = TYPES.find(([ending]) => ending.test(name));
    expect(type, name).toBeDefined();
    expect(response.headers()['content-type'], href).toMatch(type![1]);

    // A tab of its own for each: Chromium holds back a second download from the same tab until
    // the reader allows "multiple files", which a test cannot answer.
    const tab = await page.context().newPage();
    await tab.goto('/data.html');
    const [download] = await Promise.all([
      tab.waitForEvent('download'),
      tab.locator(`main a[download="${name}"]`).click(),
    ]);
    expect(download.suggestedFilename()).toBe(name);
    const bytes = await readFile((await download.path())!);
    await tab.close();
    checkContent(name, bytes);
    const file = listed.get(href);
    if (file) {
      expect(bytes.length, href).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), href).toBe(file.sha256);
    } else {
      expect(href).toBe('/data/v1/index.json');
    }
  }

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  expect(problems).toEqual([]);
});

test('the page leads back to the explorer', async ({ page }) => {
  await page.goto('/data.html');
  await page.getByRole('banner').getByRole('link', { name: 'Back to the article' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(
    page.getByRole('heading', { level: 1, name: /Strengthened cooperation, innovation vital/ }),
  ).toBeVisible();
});

for (const width of [375, 320]) {
  test(`nothing on the page scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/data.html');
    await expect(
      page.getByRole('heading', { level: 3, name: 'The mentions as a table' }),
    ).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
