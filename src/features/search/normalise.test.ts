import { describe, expect, it } from 'vitest';
import { normalise, normaliseQuery, originalRange } from './normalise';

describe('normalise', () => {
  it('lower-cases and drops hyphens, dashes, spaces and punctuation', () => {
    expect(normalise('Cyber-crime').text).toBe('cybercrime');
    expect(normalise('money  laundering').text).toBe('moneylaundering');
    expect(normalise('health care – all by 2015.').text).toBe('healthcareallby2015');
    expect(normalise('HIV/AIDS, U.N.').text).toBe('hivaidsun');
  });

  it('strips diacritics, whether precomposed or combining', () => {
    expect(normalise('Café').text).toBe('cafe');
    expect(normalise('Cafe\u0301 São').text).toBe('cafesao');
  });

  it('maps each kept character back to where it came from', () => {
    const original = 'a Cafe\u0301-Crème';
    const result = normalise(original);
    expect(result.text).toBe('acafecreme');
    // "e" of Café absorbs its combining accent; "è" is one unit.
    expect(result.starts).toEqual([0, 2, 3, 4, 5, 8, 9, 10, 11, 12]);
    expect(result.ends).toEqual([1, 3, 4, 5, 7, 9, 10, 11, 12, 13]);
  });

  it('keeps astral characters whole', () => {
    const result = normalise('𝐀b');
    // The mathematical bold A folds to "a" and spans two UTF-16 units.
    expect(result.text).toBe('ab');
    expect(result.starts).toEqual([0, 2]);
    expect(result.ends).toEqual([2, 3]);
  });

  it('knows where the words of the original begin', () => {
    const result = normalise('Ban Ki-moon, (UNODC)');
    const starts = [...result.text].filter((_, index) => result.wordStarts[index]);
    expect(result.text).toBe('bankimoonunodc');
    expect(starts).toEqual(['b', 'k', 'm', 'u']);
  });

  it('does not split a word at a combining accent', () => {
    const result = normalise('Cafe\u0301s');
    expect(result.wordStarts).toEqual([true, false, false, false, false]);
  });
});

describe('normaliseQuery', () => {
  it('puts what a reader types in the same form as the texts', () => {
    expect(normaliseQuery('  Money Laundering ')).toBe('moneylaundering');
    expect(normaliseQuery('cyber crime')).toBe(normalise('cyber-crime').text);
    expect(normaliseQuery(' - ')).toBe('');
  });
});

describe('originalRange', () => {
  it('spans the original text a normalised match came from, hyphen included', () => {
    const original = 'the emerging danger of cyber-crime, warning';
    const result = normalise(original);
    const start = result.text.indexOf('cybercrime');
    const range = originalRange(result, start, start + 'cybercrime'.length);
    expect(original.slice(range.start, range.end)).toBe('cyber-crime');
  });

  it('refuses a range outside the text', () => {
    expect(() => originalRange(normalise('abc'), 2, 5)).toThrow(RangeError);
    expect(() => originalRange(normalise('abc'), 1, 1)).toThrow(RangeError);
  });
});
