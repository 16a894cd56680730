import { cite } from './citation-library';
import type { CitableItem } from './citation-records';
import type { CslItem } from './csl-item';
import { APA, CHICAGO, MLA, registerStyles, type StyleName } from './csl-styles';
import { decodeEntities } from '../data/html-entities';

/*
 * The formatted citations, made by citeproc-js (through citation-js) with the official styles.
 * Each item gets its reference-list entry and its note or in-text citation in every style; the
 * part cited (art. 2) goes where the styles put it, in the note and the in-text citation.
 */

/** A formatted citation: plain text, and HTML whose only markup is <i> (titles in italics). */
export type Formatted = { text: string; html: string };

export type FormattedCitations = {
  apa: Formatted;
  apaInText: Formatted;
  chicagoNote: Formatted;
  chicagoBibliography: Formatted;
  mla: Formatted;
  mlaInText: Formatted;
};

/**
 * The record as a style reads it. `section`, `note` and `references` are for reference managers:
 * the part cited is given as a locator instead, and the adopting resolution, which no style prints
 * with a treaty, is added as its own sentence. The Chicago style has no rule for treaties or UN
 * resolutions, so a treaty printed in the UN Treaty Series takes its legal form (title, volume,
 * series, page, year: the form the Manual takes for legal citations) and a resolution's symbol
 * joins its genre, which the style prints.
 */
export function styleView(record: CslItem, style: StyleName): CslItem {
  const view: CslItem = { ...record };
  delete view.section;
  delete view.note;
  delete view.references;
  if (style !== CHICAGO) return view;
  if (view.type === 'treaty' && view.volume && view.page) return { ...view, type: 'legal_case' };
  if (view.type === 'document' && view.genre && view.number)
    return { ...view, genre: `${view.genre} ${view.number}` };
  return view;
}

/** The HTML's text, refusing any markup but <i>: the browser renders nothing else. */
export function textOfHtml(html: string): string {
  const tags = html.match(/<[^>]*>/g) ?? [];
  const unexpected = tags.find((tag) => tag !== '<i>' && tag !== '</i>');
  if (unexpected) throw new Error(`citation HTML has markup other than <i>: ${unexpected}`);
  return decodeEntities(html.replace(/<\/?i>/g, ''));
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One bibliography entry, without citeproc's wrapping <div>s. */
function entry(record: CslItem, style: StyleName, format: 'text' | 'html'): string {
  const output = cite(styleView(record, style)).format('bibliography', {
    template: style,
    lang: 'en-US',
    format,
  });
  if (format === 'text') return output.trim();
  const inner = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(output)?.[1];
  if (inner === undefined) throw new Error(`no bibliography entry for ${record.id} in ${style}`);
  return inner.trim();
}

function citation(item: CitableItem, style: StyleName, format: 'text' | 'html'): string {
  const citeItem = item.locator
    ? { id: item.record.id, locator: item.locator, label: 'article-locator' as const }
    : { id: item.record.id };
  return cite(styleView(item.record, style))
    .format('citation', { template: style, lang: 'en-US', format, entry: [citeItem] })
    .trim();
}

/** Text and HTML of the same output, checked to say the same thing. */
function both(make: (format: 'text' | 'html') => string, sentence?: string): Formatted {
  let text = make('text');
  let html = make('html');
  if (sentence) {
    text = `${text} ${sentence}`;
    html = `${html} ${escapeHtml(sentence)}`;
  }
  if (textOfHtml(html) !== text) {
    throw new Error(`the HTML and text forms differ:\n${text}\n${textOfHtml(html)}`);
  }
  return { text, html };
}

export function formatCitations(item: CitableItem): FormattedCitations {
  registerStyles();
  const { record, adoptedBy } = item;
  return {
    apa: both((format) => entry(record, APA, format), adoptedBy),
    apaInText: both((format) => citation(item, APA, format)),
    chicagoNote: both((format) => citation(item, CHICAGO, format), adoptedBy),
    chicagoBibliography: both((format) => entry(record, CHICAGO, format), adoptedBy),
    mla: both((format) => entry(record, MLA, format), adoptedBy),
    mlaInText: both((format) => citation(item, MLA, format)),
  };
}
