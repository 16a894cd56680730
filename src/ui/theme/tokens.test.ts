import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourLiterals } from './colour-literals';
import { contrastRatio, mixSrgb, parseColour, type Rgba } from './contrast';

const srcDir = join(__dirname, '../..');
const tokensFile = join(__dirname, 'tokens.css');

const themeNames = ['light', 'dark', 'contrast'] as const;
type ThemeName = (typeof themeNames)[number];
type Declarations = Record<string, string>;

const declarations = (body: string): Declarations =>
  Object.fromEntries(
    [...body.matchAll(/(--[\w-]+)\s*:([^;]*);/g)].map(([, name, value]) => [name!, value!.trim()]),
  );

const css = readFileSync(tokensFile, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
/** The top-level `:root { … }`: every token, and the switch's starting position. */
const root = declarations(/^:root\s*\{([^{}]*)\}/m.exec(css)?.[1] ?? '');
/** The switch's blocks, `@media … { selector { … } … }`, keyed `media | selector`. */
const switches = new Map<string, Declarations>();
for (const [, media, rules] of css.matchAll(/@media ([^{]+)\{((?:\s*[^{}]+\{[^{}]*\})+)\s*\}/g))
  for (const [, selector, body] of rules!.matchAll(/([^{}]+)\{([^{}]*)\}/g))
    switches.set(`${media!.trim()} | ${selector!.trim()}`, declarations(body!));

const switchKeys = themeNames.map((theme) => `--is-${theme}`);
const isSwitch = (name: string) => (switchKeys as string[]).includes(name);

/**
 * A token's value in one theme: the fallback of its `var(--is-<theme>, …)`, which shows when that
 * switch is `initial`; a token without them (the handout's) has one value for every theme.
 */
function valueIn(value: string, theme: ThemeName): string {
  const start = value.indexOf(`var(--is-${theme},`);
  if (start < 0) return value;
  let depth = 0;
  for (let i = start; i < value.length; i++) {
    if (value[i] === '(') depth++;
    else if (value[i] === ')' && --depth === 0)
      return value.slice(start + `var(--is-${theme},`.length, i).trim();
  }
  throw new Error(`unclosed var() in ${value}`);
}

const tokens = Object.entries(root).filter(([name]) => !isSwitch(name));
const themes = Object.fromEntries(
  themeNames.map((theme) => [
    theme,
    Object.fromEntries(tokens.map(([name, value]) => [name, valueIn(value, theme)])),
  ]),
) as Record<ThemeName, Declarations>;
const light = themes.light;

/** Which theme a set of switches shows: the one switch left `initial`, or a fault. */
function themeShown(overrides: Declarations): ThemeName | string {
  const state = { ...root, ...overrides };
  const on = themeNames.filter((theme) => state[`--is-${theme}`] === 'initial');
  const off = themeNames.filter((theme) => state[`--is-${theme}`] === '');
  return on.length === 1 && off.length === 2 ? on[0]! : `on: ${on.join()}; off: ${off.join()}`;
}
const switchFor = (key: string) => {
  const block = switches.get(key);
  if (!block) throw new Error(`tokens.css has no ${key}`);
  return block;
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
  it('shows the light theme until the switch says otherwise, on paper too', () => {
    expect(themeShown({})).toBe('light');
  });

  it.each([
    ['dark', 'screen and (prefers-color-scheme: dark)'],
    ['contrast', 'screen and (prefers-contrast: more)'],
  ] as const)('the %s theme shows, chosen or followed from the device', (theme, deviceMedia) => {
    expect(themeShown(switchFor(`${deviceMedia} | :root:not([data-theme])`))).toBe(theme);
    expect(themeShown(switchFor(`screen | :root[data-theme='${theme}']`))).toBe(theme);
  });

  it('a device asking for dark and more contrast gets high contrast', () => {
    const device = (media: string) => switchFor(`${media} | :root:not([data-theme])`);
    expect(
      themeShown({
        ...device('screen and (prefers-color-scheme: dark)'),
        ...device('screen and (prefers-contrast: more)'),
      }),
    ).toBe('contrast');
  });

  it('the switch sets nothing but the switches', () => {
    for (const block of switches.values())
      expect(Object.keys(block).filter((n) => !isSwitch(n))).toEqual([]);
  });

  it.each(tokens.filter(([name]) => !name.startsWith('--print-')))(
    '%s has a value in every theme',
    (_, value) => {
      const written = [...value.matchAll(/var\(--is-(\w+),/g)].map(([, theme]) => theme);
      expect(written).toEqual([...themeNames]);
    },
  );

  it.each(tokens.filter(([name]) => name.startsWith('--print-')))(
    'the handout’s %s is the same in every theme',
    (_, value) => {
      expect(value).not.toContain('var(');
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
