/*
 * A link to words on another page, as a URL text fragment (`#:~:text=`, WICG Scroll to Text
 * Fragment). Its parts are percent-encoded, and "-", "&" and "," always, since the syntax uses
 * them as delimiters. Long passages are given by their first and last words (textStart,textEnd),
 * which survives small differences in between; a prefix and suffix are added when those words
 * occur more than once on the page, so the link lands on the right occurrence.
 */

const encodePart = (text: string) =>
  encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

const words = (text: string) => text.split(/\s+/).filter(Boolean);

const occurrences = (haystack: string, needle: string) => {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
};

/** How many words of a long passage its start and end keep. */
const EDGE_WORDS = 4;
/** A passage of at most this many words is given in full. */
const WHOLE_WORDS = 10;

export type FragmentContext = {
  /** All the page's text a browser would search, e.g. the article's paragraphs joined. */
  pageText: string;
  /** The passage, exactly as on the page. */
  exact: string;
  /** Up to a few words right before and after the passage on the page, for disambiguation. */
  before: string;
  after: string;
};

export function textFragment({ pageText, exact, before, after }: FragmentContext): string {
  const all = words(exact);
  const start = all.length <= WHOLE_WORDS ? exact.trim() : all.slice(0, EDGE_WORDS).join(' ');
  const end = all.length <= WHOLE_WORDS ? null : all.slice(-EDGE_WORDS).join(' ');
  const ambiguous =
    occurrences(pageText, start) > 1 || (end !== null && occurrences(pageText, end) > 1);
  const prefix = ambiguous ? words(before).slice(-3).join(' ') : '';
  const suffix = ambiguous ? words(after).slice(0, 3).join(' ') : '';
  const parts = [
    prefix && `${encodePart(prefix)}-`,
    encodePart(start),
    end && encodePart(end),
    suffix && `-${encodePart(suffix)}`,
  ].filter(Boolean);
  return `#:~:text=${parts.join(',')}`;
}
