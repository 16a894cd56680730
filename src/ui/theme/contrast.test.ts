import { describe, expect, it } from 'vitest';
import { contrastRatio, mixSrgb, over, parseColour, relativeLuminance } from './contrast';

describe('WCAG contrast maths', () => {
  it('parses the colour forms the tokens use', () => {
    expect(parseColour('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColour('#1B1B1B')).toEqual({ r: 27, g: 27, b: 27, a: 1 });
    expect(parseColour('#00000080').a).toBeCloseTo(128 / 255);
    expect(parseColour('rgb(0 0 0 / 40%)')).toEqual({ r: 0, g: 0, b: 0, a: 0.4 });
    expect(parseColour('rgb(10, 20, 30)')).toEqual({ r: 10, g: 20, b: 30, a: 1 });
    expect(() => parseColour('rebeccapurple')).toThrow(/not a colour/);
  });

  it('gives black 0 and white 1, and weighs green most', () => {
    expect(relativeLuminance(parseColour('#000'))).toBe(0);
    expect(relativeLuminance(parseColour('#fff'))).toBeCloseTo(1, 10);
    expect(relativeLuminance(parseColour('#0f0'))).toBeCloseTo(0.7152, 10);
    expect(relativeLuminance(parseColour('#00f'))).toBeCloseTo(0.0722, 10);
  });

  // Reference figures: WebAIM's contrast checker and the WCAG Understanding documents.
  it.each([
    ['#000000', '#ffffff', 21],
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#595959', '#ffffff', 7.0],
    ['#ff0000', '#ffffff', 4.0],
    ['#0000ff', '#ffffff', 8.59],
    ['#ffffff', '#ffffff', 1],
  ])('%s on %s is %s:1, whichever is in front', (a, b, ratio) => {
    expect(contrastRatio(parseColour(a), parseColour(b))).toBeCloseTo(ratio, 2);
    expect(contrastRatio(parseColour(b), parseColour(a))).toBeCloseTo(ratio, 2);
  });

  it('mixes in srgb and paints translucent colours over opaque ones', () => {
    expect(mixSrgb(parseColour('#000'), 50, parseColour('#fff'))).toEqual({
      r: 127.5,
      g: 127.5,
      b: 127.5,
      a: 1,
    });
    expect(mixSrgb(parseColour('#b3261e'), 0, parseColour('#ffffff'))).toEqual(parseColour('#fff'));
    expect(over(parseColour('rgb(0 0 0 / 40%)'), parseColour('#fff'))).toEqual({
      r: 153,
      g: 153,
      b: 153,
      a: 1,
    });
  });
});
