import type { ArticleFile } from './schemas/article';
import { splitSentences } from './sentences';

/**
 * A passage of the article as the address names it: `p4` is paragraph 4, `p4.s2` its second
 * sentence (both counted from 1, as a reader counts). It travels as `?passage=p4.s2`, beside any
 * filter or open definition in the same address.
 */
export type PassageRef = { paragraph: number; sentence: number | null };

export const PASSAGE_PARAM = 'passage';

export function parsePassage(value: string | null | undefined): PassageRef | null {
  const match = /^p([1-9]\d*)(?:\.s([1-9]\d*))?$/.exec(value?.trim() ?? '');
  if (!match) return null;
  return { paragraph: Number(match[1]), sentence: match[2] ? Number(match[2]) : null };
}

export function formatPassage(ref: PassageRef): string {
  return ref.sentence === null ? `p${ref.paragraph}` : `p${ref.paragraph}.s${ref.sentence}`;
}

/** The words a passage stands for, or null when the article has no such paragraph or sentence. */
export function resolvePassage(
  article: ArticleFile,
  ref: PassageRef,
): { source: string; text: string; start: number; end: number } | null {
  const paragraph = article.paragraphs[ref.paragraph - 1];
  if (!paragraph) return null;
  if (ref.sentence === null)
    return { source: paragraph.id, text: paragraph.text, start: 0, end: paragraph.text.length };
  const sentence = splitSentences(paragraph.text)[ref.sentence - 1];
  return sentence ? { source: paragraph.id, ...sentence } : null;
}

/** The explorer's address for a passage: the page itself with only the passage named. */
export function passageUrl(location: Pick<Location, 'origin' | 'pathname'>, ref: PassageRef) {
  return `${location.origin}${location.pathname}?${PASSAGE_PARAM}=${formatPassage(ref)}`;
}
