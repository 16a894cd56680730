import { afterEach, describe, expect, it, vi } from 'vitest';
import { viewStore } from '../../src/state/explorer-store';
import {
  act,
  readDataJson,
  renderApp,
  screen,
  serveDataFiles,
  waitFor,
  within,
} from '../test-utils';

/*
 * The print handout as the app renders it (hidden on screen; print.css shows it on paper, which
 * tests/browser/print.spec.ts checks in Chromium's PDFs). Here: which mentions get which note
 * numbers in the current view, what the notes say, and what it prints while files are missing.
 */

type Entity = { id: string; name: string; sources: { doc: string }[] };
type Doc = { id: string; url?: string };
const entities = readDataJson<{ entities: Entity[] }>('entities.json').entities;
const documents = readDataJson<{ documents: Doc[] }>('documents.json').documents;

const handout = () => document.querySelector<HTMLElement>('.print-handout')!;
const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ');
const noteItems = () => [...handout().querySelectorAll('.handout-endnotes > li')];
const noteTitles = () =>
  noteItems().map((item) => text(item.querySelector('.handout-endnote-title')!));
/** The handout's header facts: "View", "Printed", "Notes", each with what it says. */
const facts = () =>
  Object.fromEntries(
    [...handout().querySelectorAll('.handout-facts dt')].map((term) => [
      text(term),
      text(term.nextElementSibling!),
    ]),
  );
/** Each mention with note numbers, as printed: its words, then its numbers. */
const numberedMentions = () =>
  [...handout().querySelectorAll('.handout-mention')].map((mention) => text(mention));

async function openHandout() {
  const rendered = renderApp();
  await waitFor(() => expect(handout()).not.toBeNull());
  await within(handout()).findByRole('heading', { name: 'Notes', hidden: true });
  return rendered;
}

afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

describe('the print handout', () => {
  it('says the photo credit is that of a photo on the original page, not reproduced here', async () => {
    serveDataFiles();
    await openHandout();
    expect(handout().querySelector('.handout-credit')).toHaveTextContent(
      'The story on UN News has a photo, not reproduced here. Its credit: Photo: Raimond Spekking',
    );
  });

  it('is hidden on screen, out of the accessibility tree', async () => {
    serveDataFiles();
    await openHandout();
    expect(handout()).toHaveAttribute('hidden');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('numbers the paragraphs and gives each entity one note, in reading order', async () => {
    serveDataFiles();
    await openHandout();
    const paragraphs = [...handout().querySelectorAll('.handout-paragraph')];
    expect(paragraphs.map((p) => text(p).slice(0, 4))).toEqual([
      '¶ 1 ',
      '¶ 2 ',
      '¶ 3 ',
      '¶ 4 ',
      '¶ 5 ',
      '¶ 6 ',
    ]);
    expect(text(paragraphs[0]!)).toMatch(/^¶ 1 Secretary-General Ban Ki-moon1 today called/);
    expect(numberedMentions()).toEqual(
      expect.arrayContaining([
        'Ban1',
        'Raimond Spekking2',
        'organized crime3',
        'its three additional Protocols16,17,18',
      ]),
    );
    expect(noteItems()).toHaveLength(entities.length);
    expect(noteTitles()[0]).toBe('Ban Ki-moon · Person · in headline, ¶ 1');
    expect(noteItems()[3]).toHaveAttribute('value', '4');
    expect(noteTitles()[3]).toBe('Cyber-crime · Crime category · in ¶ 1, ¶ 6');
  });

  it('gives each note the entity’s definition and its sources with their addresses in full', async () => {
    serveDataFiles();
    await openHandout();
    const trafficking = noteItems().find((item) =>
      text(item).startsWith('Trafficking in persons · Crime category'),
    )!;
    // Its definition is the Protocol's, verbatim, and cited.
    expect(text(trafficking)).toContain('Defined in Trafficking in Persons Protocol, art. 3(a):');
    expect(text(trafficking)).toContain('"Trafficking in persons" shall mean the recruitment');
    const untoc = entities.find((entity) => entity.id === 'untoc')!;
    const note = noteItems().find((item) => text(item).startsWith(`${untoc.name} · Treaty`))!;
    for (const source of untoc.sources) {
      const url = documents.find((doc) => doc.id === source.doc)?.url;
      if (url) expect(text(note)).toContain(url);
    }
    expect(handout().querySelectorAll('a')).toHaveLength(0);
    expect(handout().querySelectorAll('button')).toHaveLength(0);
    // The context notes, each at the words it is about.
    const notes = readDataJson<{ notes: { title: string }[] }>('context-notes.json').notes;
    const contextItems = [...handout().querySelectorAll('.handout-context-notes > li')];
    expect(contextItems).toHaveLength(notes.length);
    expect(text(contextItems[0]!)).toContain(notes[0]!.title);
    expect(text(contextItems[0]!)).toMatch(/· ¶ \d, on “[^”]+”/);
  });

  it('under a crime-type filter numbers only the matching mentions, and follows a change', async () => {
    serveDataFiles();
    viewStore.applyView({ crimes: ['corruption'], topics: [], open: null });
    const { user } = await openHandout();
    expect(numberedMentions()).toEqual([
      'UN Convention against Transnational Organized Crime1',
      'corruption2',
    ]);
    expect(noteTitles()).toEqual([
      'UN Convention against Transnational Organized Crime · Treaty · in ¶ 4',
      'Corruption · Crime category · in ¶ 6',
    ]);
    expect(facts()).toMatchObject({
      View: 'http://localhost:3000/?crime=corruption',
      Notes: 'only the mentions matching the filters: crime type Corruption',
    });

    await user.click(
      within(screen.getByRole('group', { name: 'Crime type' })).getByRole('button', {
        name: /^Cyber-crime/,
      }),
    );
    await waitFor(() =>
      expect(numberedMentions()).toEqual([
        'cyber-crime1',
        'UN Convention against Transnational Organized Crime2',
        'cyber-crime1',
        'corruption3',
      ]),
    );
    expect(facts().Notes).toBe(
      'only the mentions matching the filters: crime type Corruption or Cyber-crime',
    );
    await waitFor(() =>
      expect(facts().View).toBe('http://localhost:3000/?crime=corruption,cyber-crime'),
    );
  });

  it('prints the day it is printed, read when printing starts', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 4, 12));
    serveDataFiles();
    await openHandout();
    expect(facts().Printed).toBe('4 March 2026');
    vi.setSystemTime(new Date(2026, 2, 5, 9));
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(facts().Printed).toBe('5 March 2026');
  });

  it('says the notes are still loading while a file is on its way, and prints the text', async () => {
    serveDataFiles({ 'terms.json': () => new Promise<Response>(() => {}) });
    renderApp();
    await waitFor(() => expect(handout()).not.toBeNull());
    await waitFor(() =>
      expect(text(handout())).toContain(
        'The notes are still loading (terms.json). Print again in a moment to include them.',
      ),
    );
    expect(handout().querySelectorAll('.handout-paragraph')).toHaveLength(6);
    expect(handout().querySelectorAll('sup')).toHaveLength(0);
  });

  it('says which file failed when the notes cannot be printed', async () => {
    serveDataFiles({
      'terms.json': new Response('gone', { status: 404, statusText: 'Not Found' }),
    });
    renderApp();
    await waitFor(() => expect(handout()).not.toBeNull());
    await waitFor(() =>
      expect(text(handout())).toMatch(
        /The notes could not be printed: terms\.json could not be loaded/,
      ),
    );
  });
});
