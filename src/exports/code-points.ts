/*
 * article.json counts offsets in UTF-16 code units, as JavaScript strings do. The W3C Web
 * Annotation Data Model counts Unicode code points ("the selection of the text MUST be in terms
 * of unicode code points … not in terms of code units"). The two differ by one for every
 * character outside the Basic Multilingual Plane (an emoji, say) before the offset.
 */

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * The code-point offset of a UTF-16 offset in `text`. Throws where the offset is outside the text
 * or falls between the two halves of one character: no code-point offset names that place.
 */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  if (!Number.isInteger(utf16Offset) || utf16Offset < 0 || utf16Offset > text.length) {
    throw new RangeError(`offset ${utf16Offset} is outside a text of ${text.length} code units`);
  }
  if (
    utf16Offset > 0 &&
    isHighSurrogate(text.charCodeAt(utf16Offset - 1)) &&
    isLowSurrogate(text.charCodeAt(utf16Offset))
  ) {
    throw new RangeError(`offset ${utf16Offset} falls inside a character`);
  }
  let codePoints = 0;
  for (let index = 0; index < utf16Offset; index += 1) {
    // The low half of a pair belongs to the code point its high half has already counted.
    if (!(isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1))))
      codePoints += 1;
  }
  return codePoints;
}

/** The number of code points in `text`: its length as the Web Annotation model counts it. */
export const codePointLength = (text: string): number => toCodePointOffset(text, text.length);

/** The text between two code-point offsets (end exclusive), as a selector's reader takes it. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
