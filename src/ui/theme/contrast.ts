/**
 * Colour contrast as WCAG 2.x defines it (Understanding 1.4.3, "relative luminance" and
 * "contrast ratio"), written out here so the tests check the tokens without a colour library.
 */

/** An sRGB colour, channels 0–255, alpha 0–1. */
export type Rgba = { r: number; g: number; b: number; a: number };

/** Parses the colour forms the tokens use: #rgb, #rrggbb, #rrggbbaa and rgb(r g b / a). */
export function parseColour(text: string): Rgba {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    const channel = (index: number) => parseInt(full.slice(index * 2, index * 2 + 2), 16);
    return {
      r: channel(0),
      g: channel(1),
      b: channel(2),
      a: full.length === 8 ? channel(3) / 255 : 1,
    };
  }
  const rgb =
    /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[/,]\s*([\d.]+)(%?))?\s*\)$/.exec(value);
  if (rgb) {
    const [, r, g, b, alpha, percent] = rgb;
    const a = alpha === undefined ? 1 : Number(alpha) / (percent ? 100 : 1);
    return { r: Number(r), g: Number(g), b: Number(b), a };
  }
  throw new Error(`not a colour this parser reads: ${text}`);
}

/** One channel, 0–255, linearised: WCAG's formula (the 0.04045 threshold of IEC 61966-2-1). */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance: 0 for black, 1 for white. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: from 1 to 21. */
export function contrastRatio(first: Rgba, second: Rgba): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort(
    (x, y) => y - x,
  );
  return (lighter! + 0.05) / (darker! + 0.05);
}

/**
 * `color-mix(in srgb, a p%, b)`: each gamma-encoded channel interpolated, as CSS Color 5 mixes
 * in the srgb space (both colours opaque here).
 */
export function mixSrgb(a: Rgba, percentOfA: number, b: Rgba): Rgba {
  const p = percentOfA / 100;
  const mix = (x: number, y: number) => x * p + y * (1 - p);
  return { r: mix(a.r, b.r), g: mix(a.g, b.g), b: mix(a.b, b.b), a: 1 };
}

/** A translucent colour painted over an opaque one (source-over). */
export function over(top: Rgba, below: Rgba): Rgba {
  const mix = (x: number, y: number) => x * top.a + y * (1 - top.a);
  return { r: mix(top.r, below.r), g: mix(top.g, below.g), b: mix(top.b, below.b), a: 1 };
}
