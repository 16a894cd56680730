import { micromark } from 'micromark';
import { gfmFootnote, gfmFootnoteHtml } from 'micromark-extension-gfm-footnote';
import { describe, expect, it } from 'vitest';
import { buildArticleMarkdown, DATE_NOTE } from '../../src/exports/article-markdown';
import { uniqueSources } from '../../src/ui/unique-sources';
import { realData } from './export-fixtures';

/*
 * data/v1/article.md, rendered as GitHub renders footnotes (micromark with its GFM footnote
 * extension): every reference reaches its note, every note is referenced, the text is the
 * article's, and each note carries the entity's description and every source with its address.
 */

const data = realData();
const markdown = buildArticleMarkdown(data);
const html = micromark(markdown, {
  extensions: [gfmFootnote()],
  htmlExtensions: [gfmFootnoteHtml()],
});
const page = new DOMParser().parseFromString(html, 'text/html');
const notes = [...page.querySelectorAll('section.footnotes > ol > li')];
const noteOf = (label: string) => page.getElementById(`user-content-fn-${label}`);
const references = [...page.querySelectorAll('a[data-footnote-ref]')];
const labelOf = (reference: Element) =>
  reference.getAttribute('href')!.replace('#user-content-fn-', '');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the article in Markdown', () => {
  it('resolves every footnote reference, and references every footnote', () => {
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references)
      expect(noteOf(labelOf(reference)), labelOf(reference)).not.toBeNull();
    // A reference with no note would be left as literal text.
    expect(page.body.textContent).not.toContain('[^');
    const referenced = new Set(references.map(labelOf));
    expect(notes.map((note) => note.id.replace('user-content-fn-', '')).sort()).toEqual(
      [...referenced].sort(),
    );
  });

  it('puts a reference after every mention, one for each entity it names', () => {
    const expected: Record<string, number> = { [DATE_NOTE]: 1 };
    for (const annotation of data.article.annotations)
      for (const id of annotation.entities) expected[id] = (expected[id] ?? 0) + 1;
    const counted: Record<string, number> = {};
    for (const reference of references) {
      const label = labelOf(reference);
      counted[label] = (counted[label] ?? 0) + 1;
    }
    expect(counted).toEqual(expected);
    // Where they stand: right after the mention's last word, the inner one first.
    expect(markdown).toContain(
      'UN Convention against Transnational Organized Crime[^transnational-organized-crime][^untoc]',
    );
    expect(markdown).toContain(
      'its three additional Protocols[^trafficking-protocol][^smuggling-protocol][^firearms-protocol]',
    );
  });

  it('gives the headline, the credit and every paragraph character for character', () => {
    const textWithoutReferences = (element: Element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('sup').forEach((sup) => sup.remove());
      return copy.textContent;
    };
    expect(textWithoutReferences(page.querySelector('h1')!)).toBe(data.article.meta.headline);
    const paragraphs = [...page.querySelectorAll('body > p')].map(textWithoutReferences);
    expect(paragraphs).toContain(data.article.meta.photoCredit);
    for (const paragraph of data.article.paragraphs) expect(paragraphs).toContain(paragraph.text);
    expect(
      page.querySelector('body > p a[href="https://news.un.org/en/story/2010/04/335002"]'),
    ).not.toBeNull();
  });

  it('says in each note what the entity is, and cites every source with its address', () => {
    const { documents, copies } = data.documentIndex;
    for (const entity of data.entities.entities) {
      const note = noteOf(entity.id)!;
      const text = squash(note.textContent);
      expect(text).toContain(`${entity.name} (`);
      expect(text).toContain(squash(entity.description));
      const links = [...note.querySelectorAll('a[href^="http"]')].map((a) =>
        a.getAttribute('href'),
      );
      for (const source of uniqueSources(entity.sources)) {
        const doc = documents[source.doc]!;
        expect(text).toContain(squash(doc.title));
        if (doc.url) expect(links).toContain(doc.url);
        else expect(text).toContain(`Not linked: ${squash(doc.unlinked!)}`);
        if (source.readIn) {
          const copy = copies[source.readIn]!;
          expect(text).toContain(`Read in a copy at ${squash(copy.site)}, not at the publisher`);
          if (copy.url) expect(links).toContain(copy.url);
        }
      }
    }
  });

  it('quotes a treaty definition where a treaty defines the crime, and says so where none does', () => {
    for (const category of data.crimes.categories) {
      const text = squash(noteOf(category.id)!.textContent);
      if (category.definition.kind === 'treaty') {
        const { term: termId } = category.definition;
        const term = data.terms.terms.find((candidate) => candidate.id === termId)!;
        const quote = noteOf(category.id)!.querySelector('blockquote')!;
        expect(squash(quote.textContent)).toBe(squash(term.text));
      } else {
        // The card's wording: "no treaty definition to quote", or what the quoted treaty defines.
        expect(text).toMatch(
          /no treaty definition to quote|no treaty defines .* as a crime category/,
        );
        expect(text).toContain(squash(category.definition.explanation));
      }
    }
  });

  it('gives the date note, and the licence of the text and of the notes', () => {
    expect(squash(noteOf(DATE_NOTE)!.textContent)).toContain(
      squash(data.article.meta.datePublishedNote!),
    );
    expect(markdown).toContain('Article text © United Nations (UN News)');
    expect(markdown).toContain('CC BY 4.0 (<https://creativecommons.org/licenses/by/4.0/>)');
  });
});
