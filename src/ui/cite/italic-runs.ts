import { decodeEntities } from '../../data/html-entities';
/** A run of citation text, in italics or not. */
export type Run = { text: string; italic: boolean };

/**
 * A formatted citation's HTML as runs of text, so React renders it as text: the only markup a
 * citation holds is <i> for titles (the schema refuses any other), and nothing is set as HTML.
 */
export function italicRuns(html: string): Run[] {
  const runs: Run[] = [];
  let italic = false;
  for (const piece of html.split(/(<\/?i>)/)) {
    if (piece === '<i>') italic = true;
    else if (piece === '</i>') italic = false;
    else if (piece)
      runs.push({
        text: decodeEntities(piece),
        italic,
      });
  }
  return runs;
}
