import { loaded } from './loaded';
import { expect, test, type Page } from '@playwright/test';
import { expectFilterState } from './filter-state';

/*
 * Links to a passage, and its words with their citation, as a journalist or teacher uses them:
 * a sentence link opened in a fresh browser, a mention link likewise, the control under each
 * paragraph, and the reader's own selection.
 */

const p5s2 =
  '“It should involve civil society, the media, the private sector, criminal justice experts, social scientists, and local and regional authorities,” he declared.';

/** The words the Custom Highlight API marks in the page (what the reader sees marked). */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('marked-passage');
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });

const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top < window.innerHeight && box.bottom > 0;
  });

test.use({ viewport: { width: 375, height: 640 }, hasTouch: true });

test('a sentence link opened afresh brings the sentence into view and marks it, filters and all', async ({
  page,
}) => {
  await page.goto('/?passage=p5.s2&crime=corruption');
  await expect.poll(() => highlighted(page)).toEqual([p5s2]);
  await expect.poll(() => inViewport(page, '#paragraph-5')).toBe(true);
  await expect(page.locator('#paragraph-5')).toBeFocused();
  // The filter named beside the passage is on as well.
  await expectFilterState(page.getByRole('link', { name: 'corruption' }), 'match');
  // Moving on (a tap elsewhere) lifts the mark.
  await page.locator('#paragraph-1').click();
  await expect.poll(() => highlighted(page)).toEqual([]);
});

test('a passage the article does not have is said so, and the article stays as it is', async ({
  page,
}) => {
  await page.goto('/?passage=p9.s1');
  await expect(page.getByRole('status').filter({ hasText: 'no passage “p9.s1”' })).toBeVisible();
  await expect.poll(() => highlighted(page)).toEqual([]);
});

test('a mention link opened afresh scrolls to the mention and gives it focus', async ({ page }) => {
  await page.goto('/#mention-m25');
  const mention = page.locator('#mention-m25');
  await expect(mention).toBeFocused();
  await expect.poll(() => inViewport(page, '#mention-m25')).toBe(true);
});

test.describe('copying', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test('the control under a paragraph copies a sentence link and a quotation with its citation', async ({
    page,
  }) => {
    await page.goto('/');
    const tools = page.getByRole('button', { name: 'Link or quote paragraph 5' });
    await tools.click();
    await expect(tools).toHaveAttribute('aria-expanded', 'true');
    const menu = page.locator('.passage-menu');
    await expect(menu.getByRole('heading', { name: 'Link or quote paragraph 5' })).toBeFocused();

    await menu.getByRole('button', { name: 'Copy link to sentence 2' }).click();
    await expect(menu.getByRole('status')).toHaveText('Link copied');
    const link = new URL(await clipboard(page));
    expect(link.searchParams.get('passage')).toBe('p5.s2');

    await menu.getByRole('button', { name: 'Copy quote of sentence 2 with citation' }).click();
    await expect(menu.getByRole('status')).toHaveText('Quotation copied');
    const [words, citation] = (await clipboard(page)).split('\n');
    expect(words).toBe(p5s2);
    expect(citation).toMatch(
      /^— Ban Ki-moon, quoted in “Strengthened cooperation, innovation vital in fighting crime – Ban”, UN News, 12 April 2010\. https:\/\/news\.un\.org\/en\/story\/2010\/04\/335002#:~:text=/,
    );

    const original = menu.getByRole('link', { name: /sentence 2 in the original/ });
    const href = (await original.getAttribute('href'))!;
    expect(href).toContain('#:~:text=%E2%80%9CIt%20should%20involve%20civil');
    expect(href).not.toMatch(/#:~:text=.*[^%]-[^,]/);

    // The copied link works in a fresh page.
    await page.goto(link.toString());
    await expect.poll(() => highlighted(page)).toEqual([p5s2]);

    await page.keyboard.press('Escape');
  });

  test('Escape closes the panel and puts focus back on its control', async ({ page }) => {
    await page.goto('/');
    const tools = page.getByRole('button', { name: 'Link or quote paragraph 2' });
    await tools.click();
    await expect(page.locator('.passage-menu')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.passage-menu')).toHaveCount(0);
    await expect(tools).toBeFocused();
  });

  test('words the reader selects are offered as a quotation with their citation', async ({
    page,
  }) => {
    await page.goto('/');
    // The text is there before the app runs; what follows needs the app (its panels are in).
    await loaded(page);
    await page.evaluate(() => {
      const paragraph = document.getElementById('paragraph-2')!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode() as Text | null;
      while (node && !node.data.includes('poses a threat')) node = walker.nextNode() as Text | null;
      const at = node!.data.indexOf('poses a threat');
      const range = document.createRange();
      range.setStart(node!, at);
      range.setEnd(node!, at + 'poses a threat'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    const bar = page.getByRole('region', { name: 'Selected words' });
    await bar.getByRole('button', { name: 'Copy quote with citation' }).click();
    await expect(bar.getByRole('status')).toHaveText('Quotation copied');
    const [words, citation] = (await clipboard(page)).split('\n');
    expect(words).toBe('poses a threat');
    expect(citation).toMatch(/^— Ban Ki-moon, quoted in /);
  });
});

test('where the clipboard is refused, the text is offered in a field to copy by hand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
    });
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Link or quote paragraph 1' }).click();
  await page.getByRole('button', { name: 'Copy link to this paragraph' }).click();
  const field = page.getByRole('textbox', { name: /did not allow copying/ });
  await expect(field).toHaveValue(/\?passage=p1$/);
  await expect(field).toBeFocused();
});
