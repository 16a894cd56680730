import { describe, expect, it } from 'vitest';
import { readDataJson, renderApp, screen, serveDataFiles, waitFor, within } from '../test-utils';

/*
 * The timeline below the article, as a reader meets it: events in date order, each named with
 * its date, each opening its card (or its sources); the card's dates lead back; the crime-type
 * filter picks out the events it concerns. Expectations come from public/data.
 */

type TimelineJson = {
  events: {
    id: string;
    date: string;
    end?: string;
    label: string;
    opens?: string;
    crimes: string[];
    cardDates?: { instrument: string; field: string }[];
  }[];
};
type ArticleJson = { meta: { datePublished: string } };

const { events } = readDataJson<TimelineJson>('timeline.json');
const article = readDataJson<ArticleJson>('article.json');

/** UN style ("15 November 2000"), computed independently of the app's formatter. */
const unDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

async function openTimeline() {
  serveDataFiles();
  const rendered = renderApp();
  const section = await screen.findByRole('region', { name: 'The timeline, 2000–2030' });
  await within(section).findByRole('button', { name: /^15 November 2000 / });
  return { ...rendered, section };
}

const eventButtons = (section: HTMLElement) =>
  within(within(section).getByRole('list', { name: 'Events, in date order' })).getAllByRole(
    'button',
  );

describe('the timeline', () => {
  it('lists every event as a button in date order, each named with its date first', async () => {
    const { section } = await openTimeline();
    const buttons = eventButtons(section);
    expect(buttons).toHaveLength(events.length);
    buttons.forEach((button, index) => {
      const event = events[index]!;
      expect(button).toHaveAttribute('id', `timeline-${event.id}`);
      expect(button.textContent).toContain(event.label);
      // A full date is named in words; a span ends on its last day; a year is named as a year.
      const last = event.end ?? event.date;
      const words = /^\d{4}$/.test(last) ? last : unDate(last);
      expect(button.textContent!.split(event.label)[0]).toContain(words);
    });
  });

  it('marks the article’s date and today', async () => {
    const { section } = await openTimeline();
    expect(
      within(section).getByText(`This article, ${unDate(article.meta.datePublished)}`),
    ).toBeInTheDocument();
    const today = new Date().toISOString().slice(0, 10);
    expect(within(section).getByText(`Today, ${unDate(today)}`)).toBeInTheDocument();
  });

  it('opens an event’s card, and the card’s date leads back to the event', async () => {
    const { user, section } = await openTimeline();
    const adoption = within(section).getByRole('button', { name: /^15 November 2000 / });
    await user.click(adoption);
    // Looked up by id, then checked by name: a role query over the whole page is slow in jsdom.
    await waitFor(() =>
      expect(document.getElementById('definition-heading')).toHaveTextContent(
        'UN Convention against Transnational Organized Crime',
      ),
    );
    const card = document.getElementById('definition')!;
    expect(card).toHaveAccessibleName(/UN Convention against Transnational Organized Crime/);
    const back = await within(card).findByRole('link', { name: '15 November 2000' });
    expect(back).toHaveAttribute('href', '#timeline-palermo-adopted');
    const inForce = await within(card).findByRole('link', { name: '29 September 2003' });
    expect(inForce).toHaveAttribute('href', '#timeline-untoc-in-force');
    await user.click(inForce);
    expect(document.getElementById('timeline-untoc-in-force')).toHaveFocus();
  });

  it('shows the sources of an event with no card in the table, at its row', async () => {
    const { user, section } = await openTimeline();
    const kyoto = events.find((event) => event.id === 'fourteenth-congress')!;
    expect(kyoto.opens).toBeUndefined();
    await user.click(within(section).getByRole('button', { name: /^7–12 March 2021 / }));
    const table = within(section).getByRole('table');
    expect(table).toBeVisible();
    const row = document.getElementById('timeline-table-fourteenth-congress')!;
    expect(row).toHaveFocus();
    expect(within(row).getByRole('rowheader')).toHaveTextContent(kyoto.label);
  });

  it('holds the same events in a table with date, event and sources', async () => {
    const { user, section } = await openTimeline();
    await user.click(within(section).getByText('The events as a table'));
    const table = within(section).getByRole('table', {
      name: 'The timeline’s events, 2000–2030, with their sources',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Date', 'Event', 'Sources']);
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map((cell) => cell.textContent!.slice(0, 30))).toEqual(
      events.map((event) => event.label.slice(0, 30)),
    );
  });

  it('picks out the events the crime-type filter concerns; the rest recede', async () => {
    const { user, section } = await openTimeline();
    const crimes = screen.getByRole('group', { name: 'Crime type' });
    await user.click(within(crimes).getByRole('button', { name: /^Trafficking in persons/ }));
    const concerned = events.filter((event) => event.crimes.includes('trafficking-in-persons'));
    expect(concerned.length).toBeGreaterThanOrEqual(3);
    for (const event of events) {
      const row = document.getElementById(`timeline-${event.id}`)!.closest('li')!;
      expect(row, event.id).toHaveAttribute(
        'data-filter',
        concerned.includes(event) ? 'match' : 'quiet',
      );
    }
    expect(
      within(section).getByText(
        `${concerned.length} of ${events.length} events concern the selected crime types; they stand out, the others recede.`,
      ),
    ).toBeInTheDocument();
  });
});
