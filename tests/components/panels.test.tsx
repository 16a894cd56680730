import { describe, expect, it } from 'vitest';
import { renderApp, readDataJson, screen, serveDataFiles, waitFor, within } from '../test-utils';

/*
 * The three reference panels beside the article, and the definition view they share with it,
 * as a reader meets them: landmarks with headings, disclosure buttons, links that go one step
 * deeper and a Back that comes one step back. Expectations come from public/data wherever the
 * data can supply them.
 */

type Dated = { date: string };
type ArticleJson = {
  meta: { headline: string; datePublished: string };
  paragraphs: { text: string }[];
};
type EntitiesJson = { entities: { id: string; name: string }[] };
type MdgsJson = {
  goals: {
    id: string;
    number: number;
    title: string;
    targets: { number: string; deadlines: { year: number; exact: string }[] }[];
    articleLinks: { paragraph: string; exact: string }[];
  }[];
};
type InstrumentsJson = {
  instruments: {
    id: string;
    shortName: string;
    role: 'core' | 'related';
    supplements?: string;
    adoption?: Partial<Dated>;
    entryIntoForce?: Dated;
    parties: { parties: number; signatories?: number; asOf: string; checked: string }[];
  }[];
};
type CrimesJson = { categories: { id: string; name: string }[] };
type TermsJson = {
  terms: { id: string; term: string; instrument: string; pinpoint: string; text: string }[];
};
type NotesJson = {
  notes: {
    title: string;
    text: string;
    kind: string;
    anchor: { paragraph: string; exact: string };
  }[];
};

const article = readDataJson<ArticleJson>('article.json');
const entities = readDataJson<EntitiesJson>('entities.json').entities;
const mdgs = readDataJson<MdgsJson>('mdgs.json');
const instruments = readDataJson<InstrumentsJson>('instruments.json').instruments;
const crimes = readDataJson<CrimesJson>('crime-categories.json').categories;
const terms = readDataJson<TermsJson>('terms.json').terms;
const notes = readDataJson<NotesJson>('context-notes.json').notes;

/** What the page calls a thing: the article's name for it where it has one. */
const nameOf = (id: string, fallback: string) =>
  entities.find((entity) => entity.id === id)?.name ?? fallback;
const instrumentName = (id: string) => {
  const instrument = instruments.find((candidate) => candidate.id === id)!;
  return nameOf(instrument.id, instrument.shortName);
};
const termById = (id: string) => terms.find((term) => term.id === id)!;

/** UN editorial style ("15 November 2000"), computed independently of the app's formatter. */
const unDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

const convention = instruments.find((instrument) => instrument.id === 'untoc')!;
const protocols = instruments.filter((instrument) => instrument.supplements === 'untoc');
const related = instruments.filter((instrument) => instrument.role === 'related');

async function openApp() {
  serveDataFiles();
  const rendered = renderApp();
  await screen.findByRole('heading', { level: 1, name: article.meta.headline });
  await screen.findAllByRole('link', { name: 'cyber-crime' });
  // Every panel has its items once its file has loaded.
  await screen.findByRole('button', { name: `Goal 1: ${mdgs.goals[0]!.title}`, expanded: false });
  await screen.findByRole('button', { name: instrumentName('untoc'), expanded: false });
  await screen.findByRole('button', { name: crimes[0]!.name, expanded: false });
  return rendered;
}

const panel = (name: string) => screen.getByRole('region', { name });
const goalsPanel = () => panel('Millennium Development Goals');
const conventionPanel = () => panel('Convention and Protocols');
const crimesPanel = () => panel('Crime categories');

/** The item's disclosure button (a link in an open item may carry the same name, but no state). */
const disclosure = (region: HTMLElement, name: string, expanded = false) =>
  within(region).getByRole('button', { name, expanded });

/** The part of the page a disclosure button shows and hides, found through its aria-controls. */
function controlledBy(button: HTMLElement): HTMLElement {
  const id = button.getAttribute('aria-controls');
  expect(id, `${button.textContent} names what it controls`).toBeTruthy();
  const element = document.getElementById(id!);
  expect(element, `${button.textContent} controls an element on the page`).not.toBeNull();
  return element!;
}

/**
 * A name inside a definition that opens its own definition. It is drawn as a link (or, in older
 * builds, a link-styled button); either way a reader finds it by its words.
 */
function definitionLink(container: HTMLElement, name: string | RegExp): HTMLElement {
  const scope = within(container);
  const found = [
    ...scope.queryAllByRole('link', { name }),
    ...scope.queryAllByRole('button', { name }),
  ];
  expect(found, `one link named ${String(name)}`).toHaveLength(1);
  return found[0]!;
}

/**
 * A figure by its caption. Browsers name a figure from its figcaption; the dom-accessibility-api
 * in jsdom does not yet, so the caption is matched as text inside the figure.
 */
function captionedFigure(container: HTMLElement, caption: string): HTMLElement {
  const figures = within(container)
    .getAllByRole('figure')
    .filter((figure) =>
      within(figure)
        .queryAllByText((_, element) => element?.tagName === 'FIGCAPTION')
        .some((figcaption) => figcaption.textContent?.replace(/\s+/g, ' ').trim() === caption),
    );
  expect(figures, `one figure captioned “${caption}”`).toHaveLength(1);
  return figures[0]!;
}

/** The mentions in the article that are marked as belonging to the selected item. */
const markedMentions = () =>
  within(screen.getByRole('article'))
    .getAllByRole('link')
    .filter((link) => link.hasAttribute('data-selected'));

describe('scanning the three panels', () => {
  it('finds each panel as a landmark region named by its visible heading', async () => {
    await openApp();
    for (const name of [
      'Millennium Development Goals',
      'Convention and Protocols',
      'Crime categories',
    ]) {
      const region = panel(name);
      expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(name);
    }
  });

  it('lists “The goals as a whole” and then every goal, numbered', async () => {
    await openApp();
    const names = within(goalsPanel())
      .getAllByRole('button', { expanded: false })
      .map((button) => button.textContent);
    expect(names).toEqual([
      'The goals as a whole',
      ...mdgs.goals.map((goal) => `Goal ${goal.number}: ${goal.title}`),
    ]);
    expect(mdgs.goals).toHaveLength(8);
  });

  it('lists the Convention with its three Protocols nested under it, then the related instruments', async () => {
    await openApp();
    const region = conventionPanel();
    expect(protocols).toHaveLength(3);
    expect(
      within(region)
        .getAllByRole('button', { expanded: false })
        .map((button) => button.textContent),
    ).toEqual([convention, ...protocols, ...related].map((i) => instrumentName(i.id)));

    const protocolList = within(region).getByRole('list', {
      name: 'Protocols supplementing the Convention',
    });
    expect(
      within(protocolList)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(protocols.map((protocol) => instrumentName(protocol.id)));
    // Nested: the Protocols' list sits inside the Convention's own item.
    const conventionItem = disclosure(region, instrumentName('untoc')).closest('li');
    expect(conventionItem).toContainElement(protocolList);
    for (const instrument of related) {
      expect(conventionItem).not.toContainElement(
        disclosure(region, instrumentName(instrument.id)),
      );
    }
    expect(
      within(region).getByRole('heading', {
        level: 3,
        name: 'Other instruments for crimes the article names',
      }),
    ).toBeInTheDocument();
  });

  it('lists every crime category', async () => {
    await openApp();
    expect(crimes).toHaveLength(10);
    expect(
      within(crimesPanel())
        .getAllByRole('button', { expanded: false })
        .map((button) => button.textContent),
    ).toEqual(crimes.map((crime) => crime.name));
  });

  it.each([['Millennium Development Goals'], ['Convention and Protocols'], ['Crime categories']])(
    'opens and closes each item of “%s” in place',
    async (name) => {
      const { user } = await openApp();
      const region = panel(name);
      const itemNames = within(region)
        .getAllByRole('button', { expanded: false })
        .map((button) => button.textContent!);
      expect(itemNames.length).toBeGreaterThan(0);

      for (const itemName of itemNames) {
        const button = disclosure(region, itemName);
        // The button is the item's heading, one level under the panel's.
        expect(within(region).getByRole('heading', { level: 3, name: itemName })).toContainElement(
          button,
        );
        const body = controlledBy(button);
        expect(body).not.toBeVisible();

        await user.click(button);
        expect(button).toHaveAttribute('aria-expanded', 'true');
        expect(body).toBeVisible();
        expect(region).toContainElement(body);
        // Its details have subheadings one level under the item's.
        expect(within(body).getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(0);

        await user.click(button);
        expect(button).toHaveAttribute('aria-expanded', 'false');
        expect(body).not.toBeVisible();
      }
    },
  );
});

describe('reading a goal', () => {
  it('shows its numbered targets, and which were due before 2015', async () => {
    const { user } = await openApp();
    const goal = mdgs.goals.find((candidate) => candidate.number === 3)!;
    const button = disclosure(goalsPanel(), `Goal 3: ${goal.title}`);
    await user.click(button);
    const body = controlledBy(button);
    expect(within(body).getByRole('heading', { level: 4, name: 'Targets' })).toBeInTheDocument();
    const targets = within(body).getAllByRole('list')[0]!;
    // The targets themselves, not the lists of 2015 figures inside them.
    const items = within(targets)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === targets);
    expect(items.map((item) => item.textContent?.split(' ')[0])).toEqual(
      goal.targets.map((target) => target.number),
    );
    const early = goal.targets.find((target) => target.number === '3.A')!;
    expect(early.deadlines.map((deadline) => deadline.year)).toContain(2005);
    expect(items[0]).toHaveTextContent('3.A');
    expect(items[0]).toHaveTextContent('due 2005, not 2015');
    expect(within(body).getByText('The article names no part of this goal.')).toBeInTheDocument();
  });

  it('shows each target’s 2015 result: a stated verdict with its source, or says there is none', async () => {
    const { user } = await openApp();
    const goal = mdgs.goals.find((candidate) => candidate.number === 1)!;
    const button = disclosure(goalsPanel(), `Goal 1: ${goal.title}`);
    await user.click(button);
    const body = controlledBy(button);
    const targets = within(body).getAllByRole('list')[0]!;
    const [first, second] = within(targets)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === targets);
    // 1.A: the figure, the changed line beside it, and the verdict in the source's words.
    expect(first).toHaveTextContent('By 2015:');
    expect(first).toHaveTextContent('$1.25 a day');
    expect(first).toHaveTextContent(
      'Measured on another line: the target is worded in “one dollar a day”; the 2015 figures count people living on less than $1.25 a day.',
    );
    const verdict = first!.querySelector('[data-verdict]')!;
    expect(verdict).toHaveAttribute('data-verdict', 'met');
    expect(verdict).toHaveTextContent(/^✓ Met The MDG target of reducing by half/);
    expect(within(verdict as HTMLElement).getByText('Source:')).toBeInTheDocument();
    expect(verdict).toHaveTextContent('Goal 1: Eradicate extreme poverty and hunger');
    // 1.B: no figure and no verdict in what we read, and it says so.
    expect(second).toHaveTextContent('No 2015 figure for this target in the sources we read.');
    expect(second).toHaveTextContent('No verdict in the sources we read.');
    expect(second!.querySelector('[data-verdict]')).toBeNull();
  });

  it('lists the phrases of the article it stands behind; following one focuses its paragraph', async () => {
    const { user } = await openApp();
    const goal = mdgs.goals.find((candidate) => candidate.articleLinks.length > 1)!;
    const button = disclosure(goalsPanel(), `Goal ${goal.number}: ${goal.title}`);
    await user.click(button);
    const body = controlledBy(button);
    expect(within(body).getByRole('heading', { level: 4, name: 'In the article' })).toBeVisible();
    const phraseLinks = goal.articleLinks.map((link) =>
      within(body).getByRole('link', {
        name: `Paragraph ${link.paragraph.slice(1)}: “${link.exact}”`,
      }),
    );
    expect(phraseLinks).toHaveLength(goal.articleLinks.length);

    const first = goal.articleLinks[0]!;
    await user.click(phraseLinks[0]!);
    const paragraphIndex = Number(first.paragraph.slice(1)) - 1;
    expect(document.activeElement).toHaveTextContent(article.paragraphs[paragraphIndex]!.text);
  });
});

describe('reading the Convention and its Protocols', () => {
  it('gives the Convention’s adoption and entry into force in UN date style', async () => {
    const { user } = await openApp();
    expect(convention.adoption?.date).toBe('2000-11-15');
    expect(convention.entryIntoForce?.date).toBe('2003-09-29');
    const button = disclosure(conventionPanel(), instrumentName('untoc'));
    // The dates show under the name even while the item is closed.
    expect(
      within(conventionPanel()).getByText(
        /^adopted 15 November 2000 · in force 29 September 2003$/,
      ),
    ).toBeVisible();

    await user.click(button);
    const body = controlledBy(button);
    expect(body).toHaveTextContent(/Adopted\s*15 November 2000, New York/);
    expect(body).toHaveTextContent(/Entered into force\s*29 September 2003 \(art\. 38\)/);
  });

  it('gives the Firearms Protocol’s parties in April 2010 and now, dated, with a link to today’s figure', async () => {
    const { user } = await openApp();
    const firearms = instruments.find((instrument) => instrument.id === 'firearms-protocol')!;
    const [count] = firearms.parties;
    expect(count).toBeDefined();
    const button = disclosure(conventionPanel(), instrumentName('firearms-protocol'));
    await user.click(button);
    const body = controlledBy(button);
    // April 2010 first, then the latest: no count from that month was found, and it says so.
    const then = within(body).getByText('Parties in April 2010').nextElementSibling;
    expect(then).toHaveTextContent('No count for April 2010 found in the sources we read.');
    const parties = within(body).getByText('Parties, latest count')
      .nextElementSibling as HTMLElement;
    expect(parties).toHaveTextContent(
      `${count!.parties} parties, ${count!.signatories} signatories, as at ${unDate(count!.asOf)}`,
    );
    expect(parties).toHaveTextContent(`figure checked ${unDate(count!.checked)}`);
    const live = within(parties).getByRole('link', { name: /Check today’s figure/ });
    const address = new URL(live.getAttribute('href')!);
    expect(address.host).toBe('treaties.un.org');
    expect(address.searchParams.get('mtdsg_no')).toBe('XVIII-12-c');
    expect(live).toHaveAttribute('target', '_blank');
  });

  it('leads from both Protocols and both crime categories to the trafficking/smuggling table', async () => {
    const { user } = await openApp();
    const href = '/compare.html?items=trafficking-in-persons,smuggling-of-migrants';
    const name = 'Compare side by side: trafficking in persons and smuggling of migrants';
    for (const [region, item] of [
      [conventionPanel, instrumentName('trafficking-protocol')],
      [conventionPanel, instrumentName('smuggling-protocol')],
      [crimesPanel, 'Trafficking in persons'],
      [crimesPanel, 'Smuggling of migrants'],
    ] as const) {
      const button = disclosure(region(), item);
      await user.click(button);
      const body = controlledBy(button);
      expect(await within(body).findByRole('link', { name }), item).toHaveAttribute('href', href);
      expect(
        within(body).getByRole('link', { name: /^Compare with… \(opens the compare view with / }),
      ).toHaveAttribute('href', expect.stringMatching(/^\/compare\.html\?items=/));
      await user.click(disclosure(region(), item, true));
    }
  });

  it('leads from the Convention panel to the timeline of 2000 to 2030, which supersedes its own', async () => {
    await openApp();
    const link = within(conventionPanel()).getByRole('link', {
      name: 'See the timeline, 2000–2030',
    });
    expect(link).toHaveAttribute('href', '#timeline');
    expect(within(conventionPanel()).queryByRole('figure')).toBeNull();
    const section = await screen.findByRole('region', { name: 'The timeline, 2000–2030' });
    expect(section).toHaveAttribute('id', 'timeline');
  });
});

describe('following definitions from one to the next', () => {
  it('shows the Trafficking in Persons Protocol’s art. 3(a) for the trafficking mention, with its source', async () => {
    const { user } = await openApp();
    await user.click(
      screen.getByRole('link', { name: 'trafficking in persons, especially women and children' }),
    );
    const definition = screen.getByRole('region', { name: 'Trafficking in persons' });
    const term = termById('trafficking-in-persons-definition');
    expect(term.pinpoint).toBe('art. 3(a)');
    expect(within(definition).getByRole('blockquote')).toHaveTextContent(term.text);
    expect(
      captionedFigure(definition, `${instrumentName(term.instrument)}, ${term.pinpoint}`),
    ).toContainElement(within(definition).getByRole('blockquote'));

    const sources = within(definition).getAllByText(/^Sources \(\d+\)$/)[0]!;
    const sourceList = sources.closest('details')!;
    expect(sourceList).not.toHaveAttribute('open');
    await user.click(sources);
    expect(sourceList).toHaveAttribute('open');
    const [protocol] = within(sourceList).getAllByText(
      /^Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children/,
    );
    expect(protocol).toBeVisible();
    // The Protocol's own record links to where its depositary keeps it.
    const [record] = within(sourceList).getAllByRole('link', {
      name: /^Open at treaties\.un\.org/,
    });
    expect(new URL(record!.getAttribute('href')!).searchParams.get('mtdsg_no')).toBe('XVIII-12-a');
  });

  it('goes Convention → “Organized criminal group” → “Serious crime”, Back one step at a time, Escape to the mention', async () => {
    const { user } = await openApp();
    const mention = screen.getByRole('link', { name: 'organized crime' });
    await user.click(mention);

    const open = (name: string) => screen.getByRole('region', { name });
    let definition = open('Organized crime');
    expect(within(definition).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(definition).queryByRole('button', { name: '← Back' })).not.toBeInTheDocument();
    expect(
      within(definition).getByRole('heading', { level: 3, name: 'Instruments that address it' }),
    ).toBeInTheDocument();
    await user.click(definitionLink(definition, instrumentName('untoc')));

    definition = open(instrumentName('untoc'));
    expect(within(definition).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(
      within(definition).getByRole('heading', { level: 3, name: 'Definitions in it' }),
    ).toBeInTheDocument();
    const groupTerm = termById('organized-criminal-group');
    // The link may quote the term and add its article: match on the term's own words.
    await user.click(definitionLink(definition, new RegExp(groupTerm.term)));

    definition = open(groupTerm.term);
    const quote = within(definition).getByRole('blockquote');
    expect(quote).toHaveTextContent(groupTerm.text);
    expect(captionedFigure(definition, `${instrumentName('untoc')}, art. 2(a)`)).toContainElement(
      quote,
    );
    await user.click(definitionLink(quote, 'serious crimes'));

    const serious = termById('serious-crime');
    definition = open(serious.term);
    expect(within(definition).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(definition).getByRole('blockquote')).toHaveTextContent(serious.text);

    for (const previous of [groupTerm.term, instrumentName('untoc'), 'Organized crime']) {
      await user.click(screen.getByRole('button', { name: '← Back' }));
      const back = open(previous);
      expect(within(back).getByRole('heading', { level: 2 })).toHaveFocus();
    }
    expect(screen.queryByRole('button', { name: '← Back' })).not.toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Organized crime' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Definitions' })).toBeInTheDocument();
    expect(mention).toHaveFocus();
  });
});

describe('moving between the panels and the article', () => {
  it('marks a crime’s mention in the article when its panel item is opened, and only that one', async () => {
    const { user } = await openApp();
    expect(markedMentions()).toEqual([]);
    const button = disclosure(crimesPanel(), 'Smuggling of migrants');
    await user.click(button);
    expect(markedMentions()).toEqual([screen.getByRole('link', { name: 'smuggling of migrants' })]);

    await user.click(button);
    expect(markedMentions()).toEqual([]);
  });

  it('opens the crime’s panel item when a reader activates its mention', async () => {
    const { user } = await openApp();
    const [first] = screen.getAllByRole('link', { name: 'cyber-crime' });
    await user.click(first!);
    const button = disclosure(crimesPanel(), 'Cyber-crime', true);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(controlledBy(button)).toBeVisible();
    // Both places the article names it are marked.
    expect(markedMentions()).toEqual(screen.getAllByRole('link', { name: 'cyber-crime' }));
  });
});

describe('when one panel’s file fails', () => {
  it('says so inside that panel while the article and the other panels still work', async () => {
    const fetchMock = serveDataFiles({
      'instruments.json': new Response('x', { status: 500, statusText: 'Internal Server Error' }),
    });
    renderApp();
    const region = await screen.findByRole('region', { name: 'Convention and Protocols' });
    // A server error is retried once, after about a second, before the reader is told.
    const alert = await within(region).findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('The Convention and its Protocols could not be shown.');
    expect(alert).toHaveTextContent(
      'instruments.json could not be loaded: the server answered 500 (Internal Server Error).',
    );
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
    expect(
      fetchMock.mock.calls.filter(([url]) => String(url).endsWith('instruments.json')),
    ).toHaveLength(2);

    expect(screen.getByRole('heading', { level: 1, name: article.meta.headline })).toBeVisible();
    await waitFor(() =>
      expect(within(crimesPanel()).getAllByRole('button', { expanded: false })).toHaveLength(
        crimes.length,
      ),
    );
    expect(within(goalsPanel()).getAllByRole('button', { expanded: false })).toHaveLength(
      mdgs.goals.length + 1,
    );
    expect(screen.getAllByRole('alert')).toEqual([alert]);
  });
});

describe('reading the context notes', () => {
  it('shows the note on the “10-year-old” Convention beside paragraph 4, as a disclosure', async () => {
    const { user } = await openApp();
    const note = notes.find((candidate) => candidate.title.includes('10-year-old'))!;
    expect(note.anchor.paragraph).toBe('p4');
    const aside = screen.getByRole('group', { name: 'Notes on paragraph 4' });
    const summary = within(aside).getByText(note.title, { exact: false });
    expect(summary).toHaveTextContent(`Context: ${note.title}`);
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(within(details).getByText(note.text)).not.toBeVisible();

    await user.click(summary);
    expect(details).toHaveAttribute('open');
    expect(within(details).getByText(note.text)).toBeVisible();
    expect(within(details).getByText(`On “${note.anchor.exact}”`)).toBeVisible();

    for (const other of screen.getAllByRole('group', { name: /^Notes on paragraph/ })) {
      if (other !== aside)
        expect(within(other).queryByText(note.title, { exact: false })).toBeNull();
    }
  });
});
