import { loaded } from './loaded';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  overflowInPrint,
  paperLayouts,
  printToPdf,
  squash,
  wordsOutsideColumn,
  type PrintedPdf,
} from './print-pdf';

/*
 * Printing the explorer, as a teacher would for a class: Chromium prints the page to PDF on A4
 * and US Letter, portrait and landscape, and poppler reads back what is on paper. The handout
 * carries the article with numbered paragraphs and note numbers, the notes with their sources'
 * addresses, the context notes, the view's address and the day; it follows the filters and
 * prints the open definition in full; none of the screen's controls; nothing off the page.
 */

const readData = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../../public/data/${file}`, import.meta.url), 'utf8')) as T;
type Source = { doc: string; readIn?: string };
const entities = readData<{ entities: { id: string; name: string; sources: Source[] }[] }>(
  'entities.json',
).entities;
const documents = readData<{ documents: { id: string; url?: string }[] }>(
  'documents.json',
).documents;
const article = readData<{ paragraphs: { text: string }[] }>('article.json');
const instruments = readData<{
  instruments: {
    id: string;
    keyArticles: { article: string; title: string }[];
    notes: { text: string }[];
  }[];
}>('instruments.json').instruments;

const urlOf = (doc: string) => documents.find((record) => record.id === doc)?.url;

/** What no handout may carry: the search box, the filters, the buttons, the empty card. */
const SCREEN_ONLY = [
  'Skip to article',
  'Search the article',
  'Keyboard shortcuts',
  'Crime type',
  'Clear',
  'Close',
  'Back',
  'Retry',
  'Try again',
  'Select a highlighted name',
  'The key to the highlights',
  'How we check facts',
];

async function openForPrint(page: Page, address: string) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  // A fixed day, so the printed date can be checked; the page's timers still run.
  await page.clock.setFixedTime(new Date(2026, 2, 4, 12));
  await page.goto(address);
  // The text is there before the app runs; what follows needs the app (its panels are in).
  await loaded(page);
  // The screen's own words on its controls, to look for on paper.
  const controls = (
    await page.locator('.toolbar button, .site-header button, #definition button').allInnerTexts()
  )
    .map((label) => label.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Notes', exact: true })).toBeVisible();
  return { problems, controls };
}

function expectNoScreenControls(pdf: PrintedPdf, controls: string[]) {
  for (const words of [...SCREEN_ONLY, ...controls])
    expect(pdf.text, `"${words}" is on paper`).not.toMatch(
      new RegExp(`(^|[^\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u'),
    );
}

for (const layout of paperLayouts) {
  test(`the handout with a definition open, on ${layout.name}: all there, nothing off the page`, async ({
    page,
  }, testInfo) => {
    const { problems, controls } = await openForPrint(page, '/?open=untoc');
    await expect(
      page.getByRole('heading', {
        level: 2,
        name: 'UN Convention against Transnational Organized Crime',
      }),
    ).toBeVisible();
    const pdf = await printToPdf(page, testInfo, layout);

    expect(pdf.pages).toBeGreaterThanOrEqual(4);
    expect(pdf.pages).toBeLessThanOrEqual(24);
    // Every word inside the text column of its page, and nothing wider than the column or cut
    // off by a box of its own: nothing overflows, in any orientation.
    expect(wordsOutsideColumn(pdf)).toEqual([]);
    expect(await overflowInPrint(page, layout)).toEqual([]);

    // The view's address and the day it was printed.
    expect(pdf.squashed).toContain(squash(`View ${page.url()}`));
    expect(pdf.squashed).toContain(squash('Printed 4 March 2026'));
    // The article whole, with numbered paragraphs and note numbers on the mentions.
    // Every paragraph whole (compared without digits and commas, which the note numbers add).
    const bare = (text: string) => squash(text).replace(/[\d,]/g, '');
    article.paragraphs.forEach((paragraph, index) => {
      expect(pdf.text).toContain(`¶ ${index + 1}`);
      expect(bare(pdf.text)).toContain(bare(paragraph.text));
    });
    expect(pdf.squashed).toContain(squash('Secretary-General Ban Ki-moon1 today called'));
    expect(pdf.squashed).toContain(squash('its three additional Protocols16,17,18, which aim'));
    // The notes: each entity once, numbered, with every source address in full.
    expect(pdf.squashed).toContain(squash('1. Ban Ki-moon · Person · in headline, ¶ 1'));
    const untoc = entities.find((entity) => entity.id === 'untoc')!;
    expect(pdf.squashed).toContain(squash(`14. ${untoc.name} · Treaty · in ¶ 4`));
    for (const source of untoc.sources) {
      const url = urlOf(source.doc);
      if (url) expect(pdf.squashed).toContain(squash(url));
    }
    expect(pdf.text).toContain('Context notes');
    expect(pdf.squashed).toContain(squash('Context: "10-year-old" is rounded up'));

    // The open definition in full: every key article, every note, the live figure's address.
    expect(pdf.text).toContain('The definition open in this view');
    const convention = instruments.find((instrument) => instrument.id === 'untoc')!;
    for (const key of convention.keyArticles)
      expect(pdf.squashed).toContain(squash(`Art. ${key.article} ${key.title}`));
    for (const note of convention.notes) expect(pdf.squashed).toContain(squash(note.text));
    expect(pdf.squashed).toContain(
      squash(`Check today’s figure: ${urlOf('untoc-status') ?? urlOf('untoc')}`),
    );

    expectNoScreenControls(pdf, controls);
    expect(problems).toEqual([]);
  });
}

test('with a crime type on, only the matching mentions get notes', async ({ page }, testInfo) => {
  const { problems, controls } = await openForPrint(page, '/?crime=corruption');
  // Printed the next morning from a page left open: the paper has the day it was printed.
  await page.clock.setFixedTime(new Date(2026, 2, 5, 9));
  const pdf = await printToPdf(page, testInfo, paperLayouts[0]!);

  expect(pdf.squashed).toContain(squash('Printed 5 March 2026'));
  expect(pdf.squashed).toContain(
    squash('Notes only the mentions matching the filters: crime type Corruption'),
  );
  expect(pdf.squashed).toContain(
    squash('UN Convention against Transnational Organized Crime1 and'),
  );
  expect(pdf.squashed).toContain(squash('enabled by corruption2 and money-laundering.”'));
  // The rest of the text is there, without note numbers.
  expect(pdf.squashed).toContain(squash('the emerging danger of cyber-crime, warning'));
  expect(pdf.squashed).toContain(squash('Secretary-General Ban Ki-moon today called'));
  expect(pdf.squashed).toContain(
    squash('1. UN Convention against Transnational Organized Crime · Treaty · in ¶ 4'),
  );
  expect(pdf.squashed).toContain(squash('2. Corruption · Crime category · in ¶ 6'));
  // Those two notes and no others.
  expect(
    pdf.text.match(/ · (Treaty|Crime category|Person|Place|Event|Organization) · in /g),
  ).toEqual([' · Treaty · in ', ' · Crime category · in ']);
  // No definition is open: no card, and none of the empty card's text.
  expect(pdf.text).not.toContain('The definition open in this view');
  expect(pdf.text).not.toContain('Definitions');
  expect(wordsOutsideColumn(pdf)).toEqual([]);
  expect(await overflowInPrint(page, paperLayouts[0]!)).toEqual([]);
  expectNoScreenControls(pdf, controls);
  expect(problems).toEqual([]);
});

test('printed before the notes are in, it says they are still loading', async ({
  page,
}, testInfo) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/terms.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.clock.setFixedTime(new Date(2026, 2, 4, 12));
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  // Every other file the notes need has arrived: only the held one is still awaited. (Printed
  // as soon as the notice first shows, a busy machine could still be waiting for others too.)
  await expect(page.getByText(/The notes are still loading/)).toHaveText(
    'The notes are still loading (terms.json). Print again in a moment to include them.',
  );

  const early = await printToPdf(page, testInfo, paperLayouts[0]!);
  expect(early.squashed).toContain(
    squash('The notes are still loading (terms.json). Print again in a moment to include them.'),
  );
  // The article is printed all the same, without note numbers.
  expect(early.squashed).toContain(squash('Secretary-General Ban Ki-moon today called'));

  release();
  await expect(page.getByRole('heading', { name: 'Notes', exact: true })).toBeVisible();
  const later = await printToPdf(page, testInfo, paperLayouts[0]!);
  expect(later.text).not.toContain('still loading');
  expect(later.squashed).toContain(squash('1. Ban Ki-moon · Person'));
});

test('on screen the handout is not there', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'cyber-crime' }).first()).toBeVisible();
  await expect(page.locator('.print-handout')).toBeAttached();
  await expect(page.locator('.print-handout')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Notes', exact: true })).toHaveCount(0);
});
