import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { loaded } from './loaded';

/*
 * The three themes: light, dark (prefers-color-scheme) and high contrast (prefers-contrast),
 * chosen by the device or by the reader in the header, remembered, and there from the first
 * frame; and forced colours (Windows high contrast), where the system picks every colour.
 */

// The page's background and text in each theme (the tokens --paper and --ink).
const looks = {
  light: { background: 'rgb(255, 255, 255)', color: 'rgb(27, 27, 27)' },
  dark: { background: 'rgb(21, 23, 26)', color: 'rgb(230, 232, 235)' },
  contrast: { background: 'rgb(255, 255, 255)', color: 'rgb(0, 0, 0)' },
} as const;
type Theme = keyof typeof looks;

const themeControl = (page: Page) =>
  page.getByRole('banner').getByRole('combobox', { name: 'Theme' });

async function expectTheme(page: Page, theme: Theme) {
  const html = page.locator('html');
  await expect(html).toHaveCSS('background-color', looks[theme].background);
  await expect(html).toHaveCSS('color', looks[theme].color);
}

test.describe('axe finds nothing, in each theme', () => {
  // A full axe run at two widths, then the strict contrast check, on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  const cases: { theme: Theme; how: string; set: (page: Page) => Promise<void> }[] = [
    {
      theme: 'dark',
      how: 'followed from the device (prefers-color-scheme: dark)',
      set: (page) => page.emulateMedia({ colorScheme: 'dark' }),
    },
    {
      theme: 'contrast',
      how: 'followed from the device (prefers-contrast: more)',
      set: (page) => page.emulateMedia({ contrast: 'more' }),
    },
    {
      theme: 'light',
      how: 'chosen in the header on a dark device',
      set: async (page) => {
        await page.emulateMedia({ colorScheme: 'dark' });
        await themeControl(page).selectOption('Light');
      },
    },
  ];

  for (const { theme, how, set } of cases)
    test(`${theme}, ${how}, with a definition and a filter on`, async ({ page }) => {
      await page.goto('/');
      await loaded(page);
      await set(page);
      await expectTheme(page, theme);
      await page.getByRole('link', { name: 'cyber-crime' }).first().click();
      await expect(page.getByRole('region', { name: 'Cyber-crime' })).toBeVisible();
      await page
        .getByRole('group', { name: 'Crime type' })
        .getByRole('button', { name: /^Corruption/ })
        .click();
      await expect(
        page
          .getByRole('status')
          .filter({ hasText: /mentions? of corruption.* in \d+ paragraphs?/ }),
      ).toBeVisible();
      // The strict contrast check at 800 px comes from the full run at that width.
      await expectNoAxeViolations(page, `in the ${theme} theme`, { strictContrast: true });
    });

  for (const [theme, label] of [
    ['dark', 'Dark'],
    ['contrast', 'High contrast'],
  ] as const)
    test(`${theme}, chosen in the header, on the "How we check facts" page`, async ({ page }) => {
      await page.goto('/sources.html');
      await themeControl(page).selectOption(label);
      await expectTheme(page, theme);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, `on the method page, in the ${theme} theme`);
    });
});

test.describe('the theme control', () => {
  test('follows the device until the reader chooses, and goes back to it', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    const control = themeControl(page);
    await expect(control).toHaveValue('system');
    await expect(control.locator('option')).toHaveText([
      'Follow the device',
      'Light',
      'Dark',
      'High contrast',
    ]);
    await expectTheme(page, 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectTheme(page, 'dark');
    await page.emulateMedia({ colorScheme: 'dark', contrast: 'more' });
    await expectTheme(page, 'contrast');

    await control.selectOption('Dark');
    await expectTheme(page, 'dark');
    await control.selectOption('Light');
    await expectTheme(page, 'light');
    await control.selectOption('Follow the device');
    await expectTheme(page, 'contrast');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  });

  test('is a target of at least 24 by 24 px, used from the keyboard', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    const control = themeControl(page);
    const box = await control.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    await control.focus();
    await expect(control).toHaveCSS('outline-style', 'solid');
    // Chromium changes a closed select with the arrow keys, without opening it.
    await page.keyboard.press('ArrowDown');
    await expect(control).toHaveValue('light');
    await page.keyboard.press('ArrowDown');
    await expectTheme(page, 'dark');
  });

  test('fits the phone’s header', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/');
    await loaded(page);
    const control = themeControl(page);
    await expect(control).toBeInViewport();
    const box = await control.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
  });
});

/**
 * What the first frame shows: a callback for the first animation frame, registered before the
 * page's own scripts, records the theme and the page's colours just before that frame is painted.
 */
async function recordFirstFrame(page: Page) {
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const style = getComputedStyle(document.documentElement);
      document.documentElement.dataset.firstFrame = JSON.stringify({
        theme: document.documentElement.getAttribute('data-theme'),
        background: style.backgroundColor,
        color: style.color,
      });
    });
  });
}
const firstFrame = async (page: Page) => {
  await expect(page.locator('html')).toHaveAttribute('data-first-frame');
  return JSON.parse((await page.locator('html').getAttribute('data-first-frame')) ?? '{}') as {
    theme: string | null;
    background: string;
    color: string;
  };
};

test.describe('a chosen theme', () => {
  test('is there in the first frame, after a reload and on the other pages', async ({ page }) => {
    await recordFirstFrame(page);
    await page.goto('/');
    await loaded(page);
    expect(await firstFrame(page)).toMatchObject({ theme: null, ...looks.light });

    await themeControl(page).selectOption('Dark');
    await page.reload();
    expect(await firstFrame(page)).toMatchObject({ theme: 'dark', ...looks.dark });
    await loaded(page);
    await expect(themeControl(page)).toHaveValue('dark');

    await themeControl(page).selectOption('High contrast');
    await page.goto('/sources.html');
    expect(await firstFrame(page)).toMatchObject({ theme: 'contrast', ...looks.contrast });
    await expect(themeControl(page)).toHaveValue('contrast');
    for (const other of ['/data.html', '/compare.html']) {
      await page.goto(other);
      expect(await firstFrame(page)).toMatchObject({ theme: 'contrast', ...looks.contrast });
      await expect(themeControl(page)).toHaveValue('contrast');
    }
  });

  test('overrides the device’s preference from the first frame', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await recordFirstFrame(page);
    await page.goto('/');
    expect(await firstFrame(page)).toMatchObject({ theme: null, ...looks.dark });
    await loaded(page);
    await themeControl(page).selectOption('Light');
    await page.reload();
    expect(await firstFrame(page)).toMatchObject({ theme: 'light', ...looks.light });
  });

  test('is applied by a script in <head>, before the stylesheet, that the policy allows by its hash', async ({
    page,
  }) => {
    const html = await (await page.request.get('/')).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const [element, code = ''] = /<script>([\s\S]*?)<\/script>/.exec(head) ?? [];
    expect(code).toContain("localStorage.getItem('explorer:theme')");
    const at = head.indexOf(element ?? '<script>');
    expect(at).toBeGreaterThan(head.indexOf('http-equiv="Content-Security-Policy"'));
    expect(at).toBeLessThan(head.indexOf('<style>'));
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(head)?.[1] ?? '';
    const scriptSrc = policy
      .replace(/&#39;/g, "'")
      .split('; ')
      .find((part) => part.startsWith('script-src'));
    const hash = createHash('sha256').update(code).digest('base64');
    expect(scriptSrc).toContain(`'sha256-${hash}'`);
    expect(scriptSrc).not.toContain('unsafe-inline');
  });
});

test('the handout prints black on white whatever the theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', contrast: 'more' });
  await page.goto('/?open=untoc');
  await loaded(page);
  await themeControl(page).selectOption('Dark');
  await expectTheme(page, 'dark');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const html = page.locator('html');
  await expect(html).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(html).toHaveCSS('color', 'rgb(0, 0, 0)');
  // The open definition prints after the notes, on the screen's own rules: white, in black.
  const card = page.locator('#definition');
  await expect(card).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(card.getByRole('heading', { level: 2 })).toHaveCSS('color', 'rgb(0, 0, 0)');
});

test.describe('forced colours (Windows high contrast)', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/');
    await loaded(page);
  });

  test('every entity type keeps an underline style and a shape of its own', async ({ page }) => {
    // The system's colours replace ours, so what tells the types apart must be the underline's
    // style and thickness and the icon's shape, each drawn in the text's own (system) colour.
    const types = await page.locator('#article').evaluate((article) => {
      const seen = new Map<string, { line: string; icon: string; inTextColour: boolean }>();
      for (const mention of article.querySelectorAll<HTMLElement>('.mention[data-type]')) {
        const type = mention.dataset.type!;
        if (seen.has(type)) continue;
        const style = getComputedStyle(mention);
        const icon = mention.querySelector('.type-icon');
        seen.set(type, {
          line: `${style.textDecorationLine} ${style.textDecorationStyle} ${style.textDecorationThickness}`,
          icon: icon?.querySelector('path')?.getAttribute('d') ?? '',
          inTextColour:
            !!icon &&
            getComputedStyle(icon).fill === style.color &&
            style.textDecorationColor === style.color,
        });
      }
      return Object.fromEntries(seen);
    });
    const found = Object.values(types);
    expect(Object.keys(types).sort()).toEqual([
      'crime',
      'event',
      'goal',
      'instrument',
      'organization',
      'person',
      'place',
    ]);
    for (const { line, icon, inTextColour } of found) {
      expect(line).toMatch(/^underline /);
      expect(icon).not.toBe('');
      expect(inTextColour).toBe(true);
    }
    expect(new Set(found.map((type) => type.line)).size).toBe(found.length);
    expect(new Set(found.map((type) => type.icon)).size).toBe(found.length);
  });

  test('every control has a visible border, and a pressed toggle shows its tick', async ({
    page,
  }) => {
    const borderless = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'header button, header select, header input, .toolbar button, .side button, .side select',
        ),
      ]
        .filter((control) => control.getClientRects().length > 0)
        .filter((control) => {
          const style = getComputedStyle(control);
          return !(['top', 'right', 'bottom', 'left'] as const).every(
            (side) =>
              style.getPropertyValue(`border-${side}-style`) !== 'none' &&
              parseFloat(style.getPropertyValue(`border-${side}-width`)) >= 1 &&
              style.getPropertyValue(`border-${side}-color`) !== 'rgba(0, 0, 0, 0)',
          );
        })
        .map((control) => `${control.tagName.toLowerCase()} "${control.textContent?.trim()}"`),
    );
    expect(borderless).toEqual([]);

    const chip = page
      .getByRole('group', { name: 'Crime type' })
      .getByRole('button', { name: /^Corruption/ });
    const tick = () => chip.evaluate((el) => getComputedStyle(el, '::before').visibility);
    expect(await tick()).toBe('hidden');
    await expect(chip).toHaveCSS('border-top-width', '1px');
    const size = await chip.boundingBox();
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    expect(await tick()).toBe('visible');
    // A fill would vanish under the text's backplate: the pressed chip's border is heavy instead,
    // and the chip keeps its size.
    await expect(chip).toHaveCSS('border-top-width', '3px');
    expect(await chip.boundingBox()).toEqual(size);

    const topic = page
      .getByRole('group', { name: 'Topics' })
      .getByRole('button', { name: /^Place/ });
    await topic.click();
    await expect(topic).toHaveAttribute('aria-pressed', 'true');
    expect(
      await topic.evaluate(
        (el) => getComputedStyle(el.querySelector('.legend-sample')!, '::after').visibility,
      ),
    ).toBe('visible');
  });

  test('a filter’s matches are outlined and focus shows a ring', async ({ page }) => {
    await page
      .getByRole('group', { name: 'Crime type' })
      .getByRole('button', { name: /^Corruption/ })
      .click();
    const match = page.locator('#article .mention[data-entities~="corruption"]').first();
    await expect(match).toHaveCSS('outline-style', 'solid');
    const other = page.locator('#article .mention[data-type="goal"]').first();
    await expect(other).toHaveCSS('outline-style', 'none');

    await page.keyboard.press('Tab');
    const focused = page.locator(':focus-visible');
    await expect(focused).toHaveCSS('outline-style', 'solid');
    expect(parseFloat(await focused.evaluate((el) => getComputedStyle(el).outlineWidth))).toBe(3);
  });
});
