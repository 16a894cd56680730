import { expect, test, type Page } from '@playwright/test';
import { loaded } from './loaded';
import { openEverything } from './open-everything';

/**
 * Nothing scrolls sideways, and every control in the header, the filters and the side column
 * that is shown (not inside a closed disclosure or a hidden popup) has a size and lies inside
 * the viewport's width and inside every box around it that clips sideways.
 */
async function expectNothingClipped(page: Page) {
  const { overflow, checked, problems } = await page.evaluate(() => {
    const root = document.documentElement;
    const viewport = root.clientWidth;
    const controls = document.querySelectorAll<HTMLElement>(
      ['.site-header', '.toolbar', '.side']
        .flatMap((area) =>
          ['a[href]', 'button', 'input', 'summary'].map((control) => `${area} ${control}`),
        )
        .join(', '),
    );
    const problems: string[] = [];
    let checked = 0;
    for (const control of controls) {
      if (!control.checkVisibility({ visibilityProperty: true })) continue;
      checked += 1;
      const box = control.getBoundingClientRect();
      const name = `${control.tagName.toLowerCase()} “${(control.textContent ?? '').trim().slice(0, 40)}”`;
      if (box.width < 1 || box.height < 1) problems.push(`${name} has no size`);
      if (box.left < -0.5 || box.right > viewport + 0.5)
        problems.push(`${name} spans ${box.left}–${box.right}, outside 0–${viewport}`);
      for (let box2 = control.parentElement; box2 && box2 !== root; box2 = box2.parentElement) {
        if (getComputedStyle(box2).overflowX === 'visible') continue;
        const clip = box2.getBoundingClientRect();
        if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5)
          problems.push(`${name} is clipped by ${box2.tagName.toLowerCase()}.${box2.className}`);
      }
    }
    return { overflow: root.scrollWidth - root.clientWidth, checked, problems };
  });
  expect(overflow, 'sideways scrolling').toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
  // Enough to mean something even with the crime-type toggles folded away on a narrow screen.
  expect(checked).toBeGreaterThan(30);
}

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('nothing scrolls sideways and no control is hidden or clipped', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    await expectNothingClipped(page);
    await openEverything(page);
    await expectNothingClipped(page);
    await page.locator('body').press('/');
    await page.keyboard.type('trafficking');
    await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
    await expectNothingClipped(page);
  });
});

/**
 * 200% zoom on a 1280 × 720 window. Browser zoom gives the page a layout viewport of half the
 * window's size in CSS pixels (640 × 360) drawn at two device pixels each: media queries, vw
 * units and wrapping all see 640 px. That is what this emulates, with a 640 × 360 viewport and
 * deviceScaleFactor 2. CSS `zoom` on the body would not: the viewport, and so every media
 * query, would stay at 1280 px, which is not what a reader who zooms gets.
 */
test.describe('at 1280 px with 200% zoom', () => {
  test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

  test('nothing scrolls sideways and no control is hidden or clipped', async ({ page }) => {
    await page.goto('/');
    await loaded(page);
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(2);
    await expectNothingClipped(page);
    await openEverything(page);
    await expectNothingClipped(page);
    await page.locator('body').press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    const dialogFits = await page
      .getByRole('dialog')
      .evaluate((dialog) => dialog.getBoundingClientRect().right <= window.innerWidth);
    expect(dialogFits).toBe(true);
  });
});

/** Records how each scrollIntoView was asked to scroll, before the app's scripts run. */
async function recordScrolls(page: Page) {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { scrollCalls: string[] }).scrollCalls = calls;
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (
      this: Element,
      options?: boolean | ScrollIntoViewOptions,
    ) {
      calls.push(typeof options === 'object' ? (options.behavior ?? 'auto') : 'auto');
      original.call(this, options);
    };
  });
}

/** Follows the second “cyber-crime” link in its definition; returns the mention it lands on. */
async function followMentionLink(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'cyber-crime' }).first().click();
  const card = page.getByRole('region', { name: 'Cyber-crime' });
  await card.getByRole('link', { name: /Paragraph 6: “cyber-crime”/ }).click();
  const mention = page.getByRole('link', { name: 'cyber-crime' }).nth(1);
  await expect(mention).toBeFocused();
  return mention;
}

test('with prefers-reduced-motion, following a mention link neither animates nor scrolls smoothly', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await recordScrolls(page);
  const mention = await followMentionLink(page);
  // Instant: the mention is in view at once, and the page is not still moving: a smooth scroll
  // would move it a little in every frame it draws.
  const positions = await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const ys = [window.scrollY];
    for (let i = 0; i < 3; i++) {
      await frame();
      ys.push(window.scrollY);
    }
    return ys;
  });
  expect(new Set(positions).size, `scroll positions frame by frame: ${positions}`).toBe(1);
  await expect(mention).toBeInViewport();
  expect(await mention.evaluate((element) => element.getAnimations().length)).toBe(0);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    'auto',
  );
  expect(
    await page.evaluate(() => (window as unknown as { scrollCalls: string[] }).scrollCalls),
  ).toEqual(['auto']);
});

test('without that preference, the same link scrolls smoothly and flashes the mention', async ({
  page,
}) => {
  await recordScrolls(page);
  const mention = await followMentionLink(page);
  expect(await mention.evaluate((element) => element.getAnimations().length)).toBe(1);
  expect(
    await page.evaluate(() => (window as unknown as { scrollCalls: string[] }).scrollCalls),
  ).toEqual(['smooth']);
});
