import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, sliceCodePoints, toCodePointOffset } from './code-points';

// "🌍" (U+1F30D) and "𝔘" (U+1D518) lie outside the Basic Multilingual Plane: two UTF-16 code
// units each, one code point each. "é" and "–" are inside it: one of each.
const text = '🌍 Organized crime, 𝔘N – café';

describe('UTF-16 offsets to code points', () => {
  it('counts one code point for each character outside the BMP', () => {
    expect(text.length).toBe(30);
    expect(codePointLength(text)).toBe(28);
    // "Organized crime" starts after the emoji and a space: 3 code units in, 2 code points in.
    const start16 = text.indexOf('Organized');
    const end16 = start16 + 'Organized crime'.length;
    expect([start16, end16]).toEqual([3, 18]);
    expect([toCodePointOffset(text, start16), toCodePointOffset(text, end16)]).toEqual([2, 17]);
    expect(sliceCodePoints(text, 2, 17)).toBe('Organized crime');
    // After the second astral character the two counts are two apart.
    const cafe16 = text.indexOf('café');
    expect(cafe16).toBe(26);
    expect(toCodePointOffset(text, cafe16)).toBe(24);
    expect(sliceCodePoints(text, 24, 28)).toBe('café');
    expect(sliceCodePoints(text, 0, 1)).toBe('🌍');
  });

  it('leaves a text inside the BMP as it is', () => {
    const plain = '“Organized crime poses a threat” – Ban';
    for (let offset = 0; offset <= plain.length; offset += 1)
      expect(toCodePointOffset(plain, offset)).toBe(offset);
  });

  it('refuses an offset between the two halves of a character, or outside the text', () => {
    expect(() => toCodePointOffset(text, 1)).toThrow(/inside a character/);
    expect(() => toCodePointOffset(text, 31)).toThrow(/outside/);
    expect(() => toCodePointOffset(text, -1)).toThrow(/outside/);
    expect(() => toCodePointOffset(text, 1.5)).toThrow(/outside/);
  });

  it('agrees with the string iterator on any text, at every character boundary', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (sample) => {
        const characters = Array.from(sample);
        let utf16 = 0;
        characters.forEach((character, index) => {
          expect(toCodePointOffset(sample, utf16)).toBe(index);
          utf16 += character.length;
        });
        expect(codePointLength(sample)).toBe(characters.length);
      }),
    );
  });
});
