/**
 * The searchable form of a text, with the way back to the original.
 *
 * Readers type "cybercrime" for "cyber-crime", "money laundering" for "money-laundering" and
 * "ki moon" for "Ki-moon", so both sides keep only letters and digits, lower-cased and without
 * diacritics: spaces, hyphens, dashes and punctuation become nothing. Each kept character
 * remembers which original characters it came from, so a match can be marked in the text as
 * printed, and whether it begins a word there, so ranking can prefer a match at a word's start.
 */
export type NormalisedText = {
  /** Lower case, no diacritics, letters and digits only. */
  text: string;
  /** For each character of `text`, the first original UTF-16 unit it came from. */
  starts: number[];
  /** For each character of `text`, one past the last original UTF-16 unit it came from. */
  ends: number[];
  /** For each character of `text`, whether a word of the original begins there. */
  wordStarts: boolean[];
};

const KEEP = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;

/** One code point, folded: NFKD splits "é" into "e" + accent and "ﬁ" into "fi". */
function fold(char: string): string {
  return char.normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARKS, '');
}

export function normalise(original: string): NormalisedText {
  const result: NormalisedText = { text: '', starts: [], ends: [], wordStarts: [] };
  let atWordStart = true;
  let index = 0;
  for (const char of original) {
    const start = index;
    index += char.length;
    // A combining accent belongs to the letter before it: it neither counts nor splits a word,
    // and a match ending on that letter takes the accent with it.
    if (MARK.test(char)) {
      const last = result.ends.length - 1;
      if (last >= 0 && result.ends[last] === start) result.ends[last] = index;
      continue;
    }
    let kept = false;
    for (const folded of fold(char)) {
      if (!KEEP.test(folded)) continue;
      result.text += folded;
      result.starts.push(start);
      result.ends.push(index);
      result.wordStarts.push(atWordStart && !kept);
      kept = true;
    }
    atWordStart = !kept;
  }
  return result;
}

/** A query in the same form as the texts it is looked up in. */
export function normaliseQuery(query: string): string {
  return normalise(query).text;
}

/**
 * The original extent of normalised characters [start, end): from the first one's origin to the
 * last one's, so a hyphen or space between matched letters is marked with them.
 */
export function originalRange(
  normalised: NormalisedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const first = normalised.starts[start];
  const last = normalised.ends[end - 1];
  if (first === undefined || last === undefined || end <= start) {
    throw new RangeError(`no characters ${start}–${end} in a text of ${normalised.text.length}`);
  }
  return { start: first, end: last };
}
