import { loaded } from './loaded';
import { serveShell } from './serve-shell';
import { expectFilterState } from './filter-state';
import { expect, test, type Locator, type Page, type Route } from '@playwright/test';
import { isBlockedWorkerWarning } from './blocked-worker';
import { afterTwoFrames } from './layout-shift';

/*
 * Faults, one line each. Every case breaks one thing (a data file, the stored view, the address,
 * the network) in the production build, and the reader must see what is wrong and where, in the
 * place of the missing content, while the rest keeps working; Retry (or Dismiss) recovers without
 * a reload; and nothing reaches the console but the browser's own "Failed to load resource".
 */

const headline = 'Strengthened cooperation, innovation vital in fighting crime – Ban';

type DataFile =
  | 'article.json'
  | 'entities.json'
  | 'mdgs.json'
  | 'instruments.json'
  | 'terms.json'
  | 'crime-categories.json'
  | 'context-notes.json'
  | 'documents.json'
  | 'timeline.json';

/** How a fault answers a request for the file while it is on. */
type Fault = (route: Route) => Promise<void>;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const status =
  (code: number): Fault =>
  (route) =>
    route.fulfill({ status: code, contentType: 'text/plain', body: `error ${code}` });

/**
 * A slow connection whose pace the test sets: every request for the file waits, unanswered,
 * until `release()`, then goes through. The test releases it once the reader has been told the
 * file is slow, so what it sees does not hang on how fast a busy machine runs the page.
 */
function held() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let waiting = 0;
  const fault: Fault = async (route) => {
    waiting += 1;
    await released;
    await route.continue().catch(() => {});
  };
  return { fault, release, waiting: () => waiting };
}

const truncated: Fault = async (route) => {
  const response = await route.fetch();
  const text = await response.text();
  await route.fulfill({ response, body: text.slice(0, Math.floor(text.length / 2)) });
};

/** The real file, changed by `edit` (a missing field, a wrong type, a bad reference). */
const edited =
  (edit: (json: Json) => void): Fault =>
  async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Json;
    edit(json);
    await route.fulfill({ response, json });
  };

/**
 * Where each file's content is, how to reach it, and how to tell it is back. `shell`: the file is
 * prerendered into the page, so the case serves the bare shell to make the app fetch it.
 */
type Place = {
  shell?: boolean;
  /** A reader action that needs the file (for a file with no panel of its own). */
  reach?: (page: Page) => Promise<void>;
  region: (page: Page) => Locator;
  /** Visible once the file's content is there. */
  content: (page: Page) => Locator;
  /** Something that does not depend on the file, checked to still work while it is broken. */
  stillWorks: (page: Page) => Promise<void>;
};

const mentionOpensDefinition = async (page: Page) => {
  await page.getByRole('link', { name: 'cyber-crime' }).first().click();
  await expect(
    page.getByRole('region', { name: 'Cyber-crime' }).getByText('Crime category'),
  ).toBeVisible();
  await page.keyboard.press('Escape');
};
const panel = (name: string) => (page: Page) => page.getByRole('region', { name });
const conventionPanelWorks = async (page: Page) => {
  await expect(
    panel('Convention and Protocols')(page).getByRole('button', {
      name: 'Smuggling of Migrants Protocol',
    }),
  ).toBeVisible();
};

const places: Record<DataFile, Place> = {
  'article.json': {
    shell: true,
    region: (page) => page.getByRole('article'),
    content: (page) => page.getByRole('heading', { level: 1, name: headline }),
    stillWorks: conventionPanelWorks,
  },
  'entities.json': {
    shell: true,
    region: (page) => page.getByRole('article'),
    content: (page) => page.getByRole('link', { name: 'cyber-crime' }).first(),
    stillWorks: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
      await conventionPanelWorks(page);
    },
  },
  // Prerendered with the article (a late note would push the text), so faulted on the bare shell.
  'context-notes.json': {
    shell: true,
    region: (page) => page.getByRole('article'),
    content: (page) => page.getByRole('group', { name: /^Notes on paragraph/ }).first(),
    stillWorks: mentionOpensDefinition,
  },
  'instruments.json': {
    region: panel('Convention and Protocols'),
    content: (page) =>
      panel('Convention and Protocols')(page).getByRole('button', {
        name: 'Smuggling of Migrants Protocol',
      }),
    stillWorks: mentionOpensDefinition,
  },
  'crime-categories.json': {
    region: panel('Crime categories'),
    content: (page) =>
      panel('Crime categories')(page).getByRole('button', {
        name: 'Trafficking in persons',
        exact: true,
      }),
    stillWorks: conventionPanelWorks,
  },
  'mdgs.json': {
    region: panel('Millennium Development Goals'),
    content: (page) =>
      panel('Millennium Development Goals')(page).getByRole('button', {
        name: 'Goal 4: Reduce child mortality',
      }),
    stillWorks: mentionOpensDefinition,
  },
  // documents.json has no panel: it is the record behind every card's sources. It is prerendered
  // with the article (the notes cite it), so it is faulted on the bare shell.
  'documents.json': {
    shell: true,
    reach: async (page) => {
      await page.getByRole('link', { name: 'cyber-crime' }).first().click();
    },
    region: panel('Cyber-crime'),
    // The description's caption names its document, from documents.json.
    content: (page) =>
      panel('Cyber-crime')(page).getByText(/^Quoted from Global Programme on Cybercrime/),
    stillWorks: conventionPanelWorks,
  },
  // terms.json has no panel: its text is the treaty definition of a crime.
  'terms.json': {
    reach: async (page) => {
      await page
        .getByRole('link', { name: 'trafficking in persons, especially women and children' })
        .click();
    },
    region: panel('Trafficking in persons'),
    content: (page) =>
      panel('Trafficking in persons')(page)
        .locator('blockquote')
        .filter({ hasText: '"Trafficking in persons" shall mean' }),
    stillWorks: conventionPanelWorks,
  },
  // Loaded after hydration below the article; the rest of the page does not need it.
  'timeline.json': {
    region: (page) => page.getByRole('region', { name: 'The timeline, 2000–2030' }),
    content: (page) =>
      page
        .getByRole('region', { name: 'The timeline, 2000–2030' })
        .getByRole('button', { name: /^15 November 2000 / }),
    stillWorks: conventionPanelWorks,
  },
};

type Case = { file: DataFile; fault: Fault; says: string | RegExp };

const missingField: Record<DataFile, [(json: Json) => void, string]> = {
  'article.json': [(j) => delete j.meta.headline, 'article.json: meta.headline is missing'],
  'entities.json': [
    (j) => delete j.entities[0].description,
    'entities.json: entity 1, description is missing',
  ],
  'context-notes.json': [
    (j) => delete j.notes[0].title,
    'context-notes.json: note 1, title is missing',
  ],
  'instruments.json': [
    (j) => delete j.instruments[0].officialTitle,
    'instruments.json: instrument 1, officialTitle is missing',
  ],
  'crime-categories.json': [
    (j) => delete j.categories[2].name,
    'crime-categories.json: category 3, name is missing',
  ],
  'mdgs.json': [(j) => delete j.goals[3].title, 'mdgs.json: goal 4, title is missing'],
  'terms.json': [(j) => delete j.terms[0].text, 'terms.json: term 1, text is missing'],
  'documents.json': [
    (j) => delete j.documents[0].title,
    'documents.json: document 1, title is missing',
  ],
  'timeline.json': [(j) => delete j.events[0].label, 'timeline.json: event 1, label is missing'],
};

const wrongType: Record<DataFile, [(json: Json) => void, string]> = {
  'article.json': [
    (j) => (j.paragraphs[1].text = 42),
    'article.json: paragraph 2, text should be a string',
  ],
  'entities.json': [
    (j) => (j.entities[2].aliases = 'none'),
    'entities.json: entity 3, aliases should be a list',
  ],
  'context-notes.json': [
    (j) => (j.notes[0].text = 5),
    'context-notes.json: note 1, text should be a string',
  ],
  'instruments.json': [
    (j) => (j.instruments[1].otherNames = 'none'),
    'instruments.json: instrument 2, otherNames should be a list',
  ],
  'crime-categories.json': [
    (j) => (j.categories[2].notes = 'none'),
    'crime-categories.json: category 3, notes should be a list',
  ],
  'mdgs.json': [(j) => (j.goals[0].number = 'one'), 'mdgs.json: goal 1, number should be a number'],
  'terms.json': [(j) => (j.terms[0].links = {}), 'terms.json: term 1, links should be a list'],
  'documents.json': [(j) => (j.copies = {}), 'documents.json: copies should be a list'],
  'timeline.json': [
    (j) => (j.events[1].crimes = 'none'),
    'timeline.json: event 2, crimes should be a list',
  ],
};

const files = Object.keys(places) as DataFile[];

const cases: [string, Case][] = [
  ...files.flatMap((file): [string, Case][] => [
    [
      `${file}: 404`,
      {
        file,
        fault: status(404),
        says: `${file} could not be loaded: the file was not found on the server (HTTP 404`,
      },
    ],
    [
      `${file}: 500`,
      { file, fault: status(500), says: `${file} could not be loaded: the server answered 500` },
    ],
    [
      `${file}: cut off halfway`,
      { file, fault: truncated, says: `${file} is not valid JSON (it may have been cut off).` },
    ],
    [
      `${file}: a missing field`,
      { file, fault: edited(missingField[file][0]), says: missingField[file][1] },
    ],
    [
      `${file}: a wrong type`,
      { file, fault: edited(wrongType[file][0]), says: wrongType[file][1] },
    ],
  ]),
  [
    'article.json: an annotation runs past its paragraph',
    {
      file: 'article.json',
      fault: edited((j) => (j.annotations[5].target.selector[0].end = 9999)),
      says: 'article.json: annotation 6 ends after the end of paragraph 2.',
    },
  ],
  [
    'article.json: an annotation names an entity that does not exist',
    {
      file: 'article.json',
      fault: edited((j) => (j.annotations[4].entities = ['no-such-entity'])),
      says: 'article.json: annotation 5 names the entity "no-such-entity", which entities.json does not define',
    },
  ],
  [
    'crime-categories.json: a category defined by a term that does not exist',
    {
      file: 'crime-categories.json',
      fault: edited((j) => (j.categories[7].definition.term = 'no-such-term')),
      says: 'crime-categories.json: category 8 ("Trafficking in persons") is defined by the term "no-such-term", which terms.json does not define',
    },
  ],
  [
    'terms.json: a definition links to a term that does not exist',
    {
      file: 'terms.json',
      fault: edited((j) => (j.terms[0].links = [{ exact: j.terms[0].term, term: 'no-such-term' }])),
      says: /terms\.json: term 1 \(".+"\) links to "no-such-term", which the file does not define/,
    },
  ],
];

/** Problems that must not happen: uncaught errors, unhandled rejections, console errors. */
async function watch(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    window.addEventListener('unhandledrejection', (event) => {
      console.error(`unhandled rejection: ${String(event.reason)}`);
    });
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (isBlockedWorkerWarning(message.text())) return;
    // The browser logs every failed response itself; that one is expected here.
    if (message.type() === 'error' && message.text().startsWith('Failed to load resource')) return;
    problems.push(`${message.type()}: ${message.text()}`);
  });
  return problems;
}

type ShiftWatch = { __articleShifts: string[]; __shiftObserver: PerformanceObserver };

/** Layout shifts whose moved nodes are inside the article, from the start of the page. */
async function startShiftWatch(page: Page) {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    const record = (entries: PerformanceEntryList) => {
      for (const entry of entries as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const article = document.getElementById('article');
        for (const source of entry.sources) {
          if (source.node && article?.contains(source.node)) {
            const node = source.node;
            shifts.push(
              `${entry.value.toFixed(4)} ${node.nodeName}${node instanceof Element ? `.${node.className}` : ''}`,
            );
          }
        }
      }
    };
    const observer = new PerformanceObserver((list) => record(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    Object.assign(window, {
      __articleShifts: shifts,
      __shiftObserver: observer,
      __recordShifts: record,
    });
  });
}

/**
 * The article's layout shifts until what the page shows now has been painted: two frames on,
 * with the entries the observer holds but has not delivered yet taken too.
 */
async function articleShifts(page: Page) {
  await afterTwoFrames(page);
  return page.evaluate(() => {
    const watch = window as unknown as ShiftWatch & {
      __recordShifts: (entries: PerformanceEntryList) => void;
    };
    watch.__recordShifts(watch.__shiftObserver.takeRecords());
    return watch.__articleShifts;
  });
}

for (const [name, { file, fault, says }] of cases) {
  test(`fault: ${name}`, async ({ page }) => {
    const problems = await watch(page);
    const place = places[file];
    if (place.shell) await serveShell(page);
    let faulty = true;
    await page.route(`**/data/${file}`, (route) => (faulty ? fault(route) : route.continue()));

    await page.goto('/');
    await place.reach?.(page);
    const alert = place.region(page).getByRole('alert').filter({ hasText: says });
    await expect(alert).toBeVisible();
    await expect(alert).not.toContainText(/something went wrong/i);
    await place.stillWorks(page);

    faulty = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(place.content(page)).toBeVisible();
    await expect(place.region(page).getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(problems).toEqual([]);
  });
}

for (const file of files) {
  test(`fault: ${file}: a slow answer shows progress, then says it is slow, then the content, and the article stays put`, async ({
    page,
  }) => {
    test.setTimeout(45_000);
    const problems = await watch(page);
    await startShiftWatch(page);
    const place = places[file];
    if (place.shell) await serveShell(page);
    const slow = held();
    await page.route(`**/data/${file}`, slow.fault);

    await page.goto('/');
    await place.reach?.(page);
    const notice = place
      .region(page)
      .getByRole('status')
      .filter({ hasText: /loading/i });
    await expect(notice).toBeVisible();
    // The notice says the file is slow a few seconds on (LoadingNotice's own timer).
    await expect(notice).toContainText(`Still loading ${file}`, {
      timeout: 15_000,
      useInnerText: true,
    });
    // Nothing took the file's place while it was held.
    await expect.poll(slow.waiting, `requests for ${file} held`).toBeGreaterThan(0);
    await expect(place.content(page)).toBeHidden();
    slow.release();
    await expect(place.content(page)).toBeVisible();
    await expect(notice).toHaveCount(0);
    expect(await articleShifts(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('fault: a corrupt stored view is dropped with a notice, and the page works', async ({
  page,
}) => {
  const problems = await watch(page);
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('explorer:last-view', '{"version":1,"crimes":["corr');
  });
  await page.goto('/');
  const notice = page.getByRole('status').filter({ hasText: 'saved in this browser' });
  await expect(notice).toContainText(
    'The view saved in this browser could not be read (it is damaged). Showing everything.',
  );
  await mentionOpensDefinition(page);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('fault: a stored view from an older version is dropped with a notice', async ({ page }) => {
  const problems = await watch(page);
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'explorer:last-view',
      JSON.stringify({ version: 0, crimes: ['corruption'], topics: [], open: null }),
    );
  });
  await page.goto('/');
  const notice = page.getByRole('status').filter({ hasText: 'saved in this browser' });
  await expect(notice).toContainText(
    'The view saved in this browser is from an older version of the explorer. Showing everything.',
  );
  await expect(page).toHaveURL(/\/$/);
  await expectFilterState(page.getByRole('link', { name: 'corruption' }), '');
  await mentionOpensDefinition(page);
  // A fresh view is saved in place of the old one, and no notice comes back.
  await page.reload();
  // The text is there before the app runs; what follows needs the app (its panels are in).
  await loaded(page);
  await expect(notice).toHaveCount(0);
  expect(problems).toEqual([]);
});

const unknownIds: [string, string, (page: Page) => Locator][] = [
  [
    '/?crime=piracy',
    'No crime type called “piracy”. Showing everything.',
    (page) => page.locator('.toolbar'),
  ],
  [
    '/?topic=weather',
    'No topic called “weather”. Showing everything.',
    (page) => page.locator('.toolbar'),
  ],
  [
    '/?open=nothing-here',
    'Nothing in the data is called “nothing-here”.',
    (page) => page.locator('#definition'),
  ],
];

for (const [address, says, where] of unknownIds) {
  test(`fault: an unknown id in the address (${address}) is named, and the rest works`, async ({
    page,
  }) => {
    const problems = await watch(page);
    await page.goto(address);
    await expect(where(page).getByText(says)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
    await mentionOpensDefinition(page);
    await conventionPanelWorks(page);
    expect(problems).toEqual([]);
  });
}

test('fault: the network goes away after the first load; Retry says so, and recovers once back', async ({
  page,
  context,
}) => {
  const problems = await watch(page);
  // The first load gets everything but mdgs.json, whose server is down.
  await page.route('**/data/mdgs.json', (route) => status(500)(route));
  await page.goto('/');
  const region = panel('Millennium Development Goals')(page);
  const alert = region.getByRole('alert');
  await expect(alert).toContainText('mdgs.json could not be loaded: the server answered 500');

  // Then the connection goes: the server is fine again, but Retry cannot reach it.
  await page.unroute('**/data/mdgs.json');
  await context.setOffline(true);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toContainText(
    'mdgs.json could not be loaded: the network request failed. Check your connection.',
  );
  // What loaded keeps working offline.
  await mentionOpensDefinition(page);
  await conventionPanelWorks(page);

  await context.setOffline(false);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(places['mdgs.json'].content(page)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(problems).toEqual([]);
});
