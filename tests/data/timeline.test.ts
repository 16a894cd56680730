// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsFileSchema } from '../../src/data/schemas/documents';
import { entitiesFileSchema } from '../../src/data/schemas/entities';
import {
  crimeCategoriesFileSchema,
  instrumentsFileSchema,
  mdgsFileSchema,
} from '../../src/data/schemas/reference';
import { timelineFileSchema } from '../../src/data/schemas/timeline';
import { selectTimeline } from '../../src/data/timeline-query';

/*
 * timeline.json against its schema and against the other files: in order, within 2000–2030,
 * every source a document, every card it opens one the definition view can open, and every card
 * date it claims the same date the card shows.
 */

const read = (file: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', file), 'utf8'));
const raw = read('timeline.json');
const { events } = timelineFileSchema.parse(raw);
const documents = documentsFileSchema.parse(read('documents.json'));
const { entities } = entitiesFileSchema.parse(read('entities.json'));
const { instruments } = instrumentsFileSchema.parse(read('instruments.json'));
const { categories } = crimeCategoriesFileSchema.parse(read('crime-categories.json'));
const mdgs = mdgsFileSchema.parse(read('mdgs.json'));

describe('timeline.json', () => {
  it('passes its schema', () => {
    const result = timelineFileSchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('lists its events in date order, each between 2000 and 2030', () => {
    const dates = events.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
    for (const event of events) {
      expect(Number(event.date.slice(0, 4)), event.id).toBeGreaterThanOrEqual(2000);
      expect(Number((event.end ?? event.date).slice(0, 4)), event.id).toBeLessThanOrEqual(2030);
    }
  });

  it('rejects a file out of order or outside the axis', () => {
    const [first, second] = events;
    expect(timelineFileSchema.safeParse({ version: 1, events: [second, first] }).success).toBe(
      false,
    );
    expect(
      timelineFileSchema.safeParse({ version: 1, events: [{ ...first, date: '1999-12-31' }] })
        .success,
    ).toBe(false);
    expect(
      timelineFileSchema.safeParse({ version: 1, events: [{ ...first, sources: [] }] }).success,
    ).toBe(false);
  });

  it('cites only documents and copies that documents.json lists', () => {
    const docs = new Set(documents.documents.map((doc) => doc.id));
    const copies = new Set(documents.copies.map((copy) => copy.id));
    for (const event of events)
      for (const source of event.sources) {
        expect(docs.has(source.doc), `${event.id} cites ${source.doc}`).toBe(true);
        if (source.readIn)
          expect(copies.has(source.readIn), `${event.id} read in ${source.readIn}`).toBe(true);
      }
  });

  it('opens only cards the definition view can open', () => {
    const openable = new Set([
      ...entities.map((entity) => entity.id),
      ...instruments.map((instrument) => instrument.id),
      ...categories.map((category) => category.id),
      ...mdgs.goals.map((goal) => goal.id),
      'mdgs',
    ]);
    const opened = events.flatMap((event) => (event.opens ? [event.opens] : []));
    expect(opened.length).toBeGreaterThan(10);
    for (const id of opened) expect(openable.has(id), id).toBe(true);
  });

  it('claims a card’s date only where the card shows the same date', () => {
    const byId = Object.fromEntries(instruments.map((instrument) => [instrument.id, instrument]));
    const claims = events.flatMap((event) => event.cardDates.map((card) => ({ event, card })));
    expect(claims.length).toBeGreaterThanOrEqual(12);
    for (const { event, card } of claims) {
      const instrument = byId[card.instrument];
      expect(instrument, card.instrument).toBeDefined();
      const shown =
        card.field === 'adoption'
          ? instrument!.adoption?.date
          : card.field === 'entryIntoForce'
            ? instrument!.entryIntoForce?.date
            : instrument!.openingForSignature?.periods.find((period) => period.from)?.from;
      expect(shown, `${event.id}: ${card.instrument} ${card.field}`).toBe(event.date);
    }
    // One event per card date, so a card's link has one place to go.
    const keys = claims.map(({ card }) => `${card.instrument} ${card.field}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(selectTimeline({ version: 1, events }).eventOfCardDate['untoc adoption']).toBe(
      'palermo-adopted',
    );
  });

  it('ties each treaty event to the crime categories the treaty addresses', () => {
    const addresses = Object.fromEntries(
      instruments.map((instrument) => [instrument.id, instrument.addresses.map((a) => a.crime)]),
    );
    for (const event of events)
      for (const card of event.cardDates)
        for (const crime of addresses[card.instrument] ?? [])
          expect(event.crimes, `${event.id} concerns ${crime}`).toContain(crime);
  });

  it('holds the events the issue asks for, each on its sourced date', () => {
    const dateOf = (id: string) => {
      const event = events.find((candidate) => candidate.id === id);
      expect(event, id).toBeDefined();
      return [event!.date, event!.end ?? null];
    };
    expect(dateOf('millennium-summit-2000')).toEqual(['2000-09-06', '2000-09-08']);
    expect(dateOf('millennium-declaration')).toEqual(['2000-09-08', null]);
    expect(dateOf('palermo-adopted')).toEqual(['2000-11-15', null]);
    expect(dateOf('palermo-signature')).toEqual(['2000-12-12', '2000-12-15']);
    expect(dateOf('firearms-adopted')).toEqual(['2001-05-31', null]);
    expect(dateOf('uncac-adopted')).toEqual(['2003-10-31', null]);
    expect(dateOf('uncac-in-force')).toEqual(['2005-12-14', null]);
    expect(dateOf('twelfth-congress')).toEqual(['2010-04-12', '2010-04-19']);
    expect(dateOf('mdg-deadline')).toEqual(['2015', null]);
    expect(dateOf('agenda-2030-adopted')).toEqual(['2015-09-25', null]);
    expect(dateOf('thirteenth-congress')).toEqual(['2015-04-12', '2015-04-19']);
    expect(dateOf('fourteenth-congress')).toEqual(['2021-03-07', '2021-03-12']);
    expect(dateOf('cybercrime-adopted')).toEqual(['2024-12-24', null]);
    expect(dateOf('cybercrime-signature')).toEqual(['2025-10-25', '2025-10-26']);
    expect(dateOf('fifteenth-congress')).toEqual(['2026-04-25', '2026-04-30']);
    expect(dateOf('sdg-deadline')).toEqual(['2030', null]);
    expect(events.filter((event) => event.kind === 'entry-into-force')).toHaveLength(5);
  });

  /**
   * Dates that the documents an event cites contradict. A treaty record carries the treaty's own
   * date, whatever event it is cited for; otherwise a document cannot report an event before it
   * began, nor (for a scheduled one) after it should have ended. An adoption is dated as the
   * instrument or resolution it cites. Dates are compared as far as the document gives them.
   */
  const dateConflicts = (list: typeof events): string[] => {
    const byId = Object.fromEntries(documents.documents.map((doc) => [doc.id, doc]));
    return list.flatMap((event) =>
      event.sources.flatMap((source) => {
        const doc = byId[source.doc];
        if (!doc?.date) return [];
        const first = event.date.slice(0, doc.date.length);
        const last = (event.end ?? event.date).slice(0, doc.date.length);
        const where = `${event.id} (${event.date}) cites ${doc.id} (${doc.date})`;
        if (event.kind === 'adoption' && (doc.kind === 'treaty' || doc.kind === 'resolution'))
          return doc.date === event.date ? [] : [`${where}: not the day of adoption`];
        if (doc.kind === 'treaty' || event.kind === 'deadline') return [];
        if (doc.date < first) return [`${where}: dated before the event began`];
        if (event.status === 'scheduled' && doc.date > last)
          return [`${where}: dated after a scheduled event's end`];
        return [];
      }),
    );
  };

  it('dates no event against the documents it cites', () => {
    expect(dateConflicts(events)).toEqual([]);
    const moved = events.map((event) =>
      event.id === 'thirteenth-congress'
        ? { ...event, date: '2015-04-20', end: '2015-04-27' }
        : event,
    );
    expect(dateConflicts(moved)).toEqual([
      'thirteenth-congress (2015-04-20) cites unis-cp-839 (2015-04-19): dated before the event began',
    ]);
    const adopted = events.map((event) =>
      event.id === 'agenda-2030-adopted' ? { ...event, date: '2015-09-26' } : event,
    );
    expect(dateConflicts(adopted)).toEqual([
      'agenda-2030-adopted (2015-09-26) cites a-res-70-1 (2015-09-25): not the day of adoption',
    ]);
  });

  it('calls the 15th Congress scheduled: no stored source reports that it took place', () => {
    const fifteenth = events.find((event) => event.id === 'fifteenth-congress')!;
    expect(fifteenth.status).toBe('scheduled');
    expect(events.filter((event) => event.status === 'scheduled').map((e) => e.id)).toEqual([
      'fifteenth-congress',
    ]);
  });
});
