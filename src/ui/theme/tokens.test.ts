import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourLiterals } from './colour-literals';
import { contrastRatio, mixSrgb, parseColour, type Rgba } from './contrast';

const srcDir = join(__dirname, '../..');
const tokensFile = join(__dirname, 'tokens.css');

type Block = { media: string | null; selector: string; tokens: Record<string, string> };

/** The token file's blocks: top-level `:root { … }` and `@media … { selector { … } }`. */
function tokenBlocks(css: string): Block[] {
  const blocks: Block[] = [];
  const declarations = (body: string) =>
    Object.fromEntries(
      [...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [
        name!,
        value!.trim(),
      ]),
    );
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, selector, body] of text.matchAll(/^([^@\s{}][^{}]*)\{([^{}]*)\}/gm))
    blocks.push({ media: null, selector: selector!.trim(), tokens: declarations(body!) });
  for (const [, media, selector, body] of text.matchAll(
    /@media ([^{]+)\{\s*([^{}]+)\{([^{}]*)\}\s*\}/g,
  ))
    blocks.push({ media: media!.trim(), selector: selector!.trim(), tokens: declarations(body!) });
  return blocks;
}

const blocks = tokenBlocks(readFileSync(tokensFile, 'utf8'));
const find = (media: string | null, selector: string) => {
  const block = blocks.find((b) => b.media === media && b.selector === selector);
  if (!block) throw new Error(`tokens.css has no ${selector} under ${media ?? 'no media query'}`);
  return block.tokens;
};

const light = find(null, ':root');
const themes = {
  light,
  dark: find('screen', ":root[data-theme='dark']"),
  contrast: find('screen', ":root[data-theme='contrast']"),
};
/** The same theme, as it applies when the reader follows the device. */
const deviceThemes = {
  dark: find('screen and (prefers-color-scheme: dark)', ':root:not([data-theme])'),
  contrast: find('screen and (prefers-contrast: more)', ':root:not([data-theme])'),
};

const entityTypes = ['crime', 'instrument', 'goal', 'organization', 'person', 'place', 'event'];

type Pair = { what: string; fg: string; bg: string; min: number };
const TEXT = 4.5;
const LARGE_TEXT = 3;
const NON_TEXT = 3;

/**
 * Every pair of colours the CSS puts together: text on its background (4.5:1), large text (3:1),
 * and what must be seen but is not text (3:1, WCAG 1.4.11): the mention underlines and type
 * icons against the page and their tint, focus rings. A background may be a mix, written as the
 * CSS writes it (`mix:hue:18:paper` is color-mix(in srgb, hue 18%, paper)).
 */
const pairs: Pair[] = [
  { what: 'body text', fg: 'ink', bg: 'paper', min: TEXT },
  { what: 'the headline (large)', fg: 'ink', bg: 'paper', min: LARGE_TEXT },
  { what: 'text in the header, the definition quote', fg: 'ink', bg: 'paper-alt', min: TEXT },
  { what: 'quotation text', fg: 'ink', bg: 'quote-bg', min: TEXT },
  { what: 'a selected panel item', fg: 'ink', bg: 'selected-bg', min: TEXT },
  { what: 'a flashing mention', fg: 'ink', bg: 'flash-bg', min: TEXT },
  { what: 'a marked passage', fg: 'ink', bg: 'marked-bg', min: TEXT },
  { what: 'a highlighted passage or search match', fg: 'ink', bg: 'highlight-bg', min: TEXT },
  { what: 'a context note', fg: 'ink', bg: 'note-bg', min: TEXT },
  { what: 'a context note’s kind', fg: 'note-ink', bg: 'note-bg', min: TEXT },
  { what: 'a data error', fg: 'ink', bg: 'danger-bg', min: TEXT },
  { what: 'a view notice', fg: 'ink', bg: 'notice-bg', min: TEXT },
  { what: 'a view notice’s link', fg: 'accent', bg: 'notice-bg', min: TEXT },
  { what: 'a deadline chip', fg: 'warn-ink', bg: 'warn-bg', min: TEXT },
  { what: 'muted text', fg: 'ink-muted', bg: 'paper', min: TEXT },
  { what: 'muted text in the header and quiet chips', fg: 'ink-muted', bg: 'paper-alt', min: TEXT },
  { what: 'a note’s anchor', fg: 'ink-muted', bg: 'note-bg', min: TEXT },
  { what: 'links', fg: 'accent', bg: 'paper', min: TEXT },
  { what: 'links and quiet buttons in the header', fg: 'accent', bg: 'paper-alt', min: TEXT },
  { what: 'a link in a data error', fg: 'accent', bg: 'danger-bg', min: TEXT },
  { what: 'a button', fg: 'on-accent', bg: 'accent', min: TEXT },
  { what: 'a source flag', fg: 'danger', bg: 'paper', min: TEXT },
  { what: 'a pressed crime-type chip', fg: 'on-crime', bg: 'crime', min: TEXT },
  { what: 'a filter’s non-matching paragraphs', fg: 'quiet-ink', bg: 'paper', min: TEXT },
  { what: 'a non-matching quotation', fg: 'quiet-ink', bg: 'quote-bg', min: TEXT },
  { what: 'a filter match', fg: 'ink', bg: 'mix:crime:22:paper', min: TEXT },
  { what: 'a timeline event matching a filter', fg: 'ink', bg: 'mix:crime:14:paper', min: TEXT },
  { what: 'a timeline event a filter leaves out', fg: 'quiet-ink', bg: 'paper', min: TEXT },
  {
    what: 'a control’s border (the theme select, chips)',
    fg: 'control-rule',
    bg: 'paper',
    min: NON_TEXT,
  },
  { what: 'a control’s border in the header', fg: 'control-rule', bg: 'paper-alt', min: NON_TEXT },
  { what: 'the focus ring on the page', fg: 'focus', bg: 'paper', min: NON_TEXT },
  { what: 'the focus ring in the header', fg: 'focus', bg: 'paper-alt', min: NON_TEXT },
  ...entityTypes.flatMap((type): Pair[] => [
    { what: `${type} mention text`, fg: 'ink', bg: `${type}-tint`, min: TEXT },
    { what: `${type} mention, hovered`, fg: 'ink', bg: `mix:${type}:18:paper`, min: TEXT },
    { what: `${type} mention, selected`, fg: 'ink', bg: `mix:${type}:16:paper`, min: TEXT },
    {
      what: `${type} mention, matching a filter`,
      fg: 'ink',
      bg: `mix:${type}:22:paper`,
      min: TEXT,
    },
    { what: `${type} underline and icon on the page`, fg: type, bg: 'paper', min: NON_TEXT },
    { what: `${type} underline on its tint`, fg: type, bg: `${type}-tint`, min: NON_TEXT },
    { what: `${type} icon in the header`, fg: type, bg: 'paper-alt', min: NON_TEXT },
  ]),
];

function colourOf(tokens: Record<string, string>, name: string): Rgba {
  const mix = /^mix:([\w-]+):(\d+):([\w-]+)$/.exec(name);
  if (mix) return mixSrgb(colourOf(tokens, mix[1]!), Number(mix[2]), colourOf(tokens, mix[3]!));
  const value = tokens[`--${name}`];
  if (value === undefined) throw new Error(`no token --${name}`);
  const colour = parseColour(value);
  if (colour.a !== 1) throw new Error(`--${name} is translucent; contrast needs an opaque colour`);
  return colour;
}

describe('the theme tokens', () => {
  it.each(Object.entries(deviceThemes))(
    'the %s theme is the same chosen or followed from the device',
    (name, tokens) => {
      expect(tokens).toEqual(themes[name as keyof typeof deviceThemes]);
    },
  );

  it.each(Object.entries(themes).filter(([name]) => name !== 'light'))(
    'the %s theme sets every colour of the light theme but the handout’s',
    (_, tokens) => {
      const screenTokens = Object.keys(light).filter((name) => !name.startsWith('--print-'));
      expect(Object.keys(tokens).sort()).toEqual(screenTokens.sort());
    },
  );

  describe.each(Object.entries(themes))('the %s theme meets WCAG AA', (_, tokens) => {
    it.each(pairs)('$what: $fg on $bg, at least $min:1', ({ fg, bg, min }) => {
      const ratio = contrastRatio(colourOf(tokens, fg), colourOf(tokens, bg));
      expect(ratio, `${fg} on ${bg} is ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(min);
    });
  });

  // What the high-contrast theme is for: every pair, text or not, at AAA's 7:1 for text.
  it.each(pairs)('high contrast: $fg on $bg, at least 7:1', ({ fg, bg }) => {
    const ratio = contrastRatio(colourOf(themes.contrast, fg), colourOf(themes.contrast, bg));
    expect(ratio, `${fg} on ${bg} is ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(7);
  });

  it('the handout prints black on white', () => {
    expect(contrastRatio(colourOf(light, 'print-ink'), colourOf(light, 'print-paper'))).toBe(21);
    for (const name of ['print-muted', 'print-rule', 'print-rule-light'])
      expect(contrastRatio(colourOf(light, name), colourOf(light, 'print-paper'))).toBeGreaterThan(
        NON_TEXT - 0.5,
      );
  });
});

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

describe('colours come only from the tokens', () => {
  const files = cssFiles(srcDir).filter((path) => path !== tokensFile);

  it('finds the stylesheets to scan', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((path) => [relative(srcDir, path), path]))(
    '%s writes no colour literal',
    (_, path) => {
      expect(colourLiterals(readFileSync(path, 'utf8'))).toEqual([]);
    },
  );

  it('the scan finds what it looks for', () => {
    expect(colourLiterals('a { color: #fff; } b:hover { background: rgb(0 0 0 / 4%); }')).toEqual([
      'color: #fff;',
      'background: rgb(0 0 0 / 4%);',
    ]);
    expect(colourLiterals('a { border: 1px solid white }')).toEqual(['border: 1px solid white }']);
    expect(
      colourLiterals(
        "a { color: var(--ink); content: 'red'; outline: 2px solid CanvasText; white-space: nowrap; }",
      ),
    ).toEqual([]);
  });
});
