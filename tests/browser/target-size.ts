import type { Page } from '@playwright/test';

/**
 * Target size as the team's rule has it, a little stricter than WCAG 2.2's 2.5.8 minimum: every
 * shown control that is not a word inside a sentence has a box of at least 24 × 24 CSS px. The
 * criterion's spacing exception (a smaller target with a clear 24 px circle around it) is not
 * relied on: on a phone a finger lands off the glyphs, and a box that small is hard to hit even
 * when nothing is next to it. With a modal dialog open only the dialog is measured, as the page
 * behind it cannot be reached. Returns one line per control that fails, and how many were measured.
 */
export async function undersizedTargets(
  page: Page,
): Promise<{ checked: number; problems: string[] }> {
  return page.evaluate(() => {
    const MIN = 24;
    const SELECTOR = [
      'button',
      'a[href]',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      'summary',
      '[role="button"]',
      '[role="tab"]',
      '[role="option"]',
      '[role="switch"]',
    ].join(', ');
    const modal = [...document.querySelectorAll('dialog')].find((dialog) =>
      dialog.matches(':modal'),
    );
    const scope: ParentNode = modal ?? document;

    const isBlock = (element: Element) => {
      const display = getComputedStyle(element).display;
      return !display.startsWith('inline') && display !== 'contents';
    };
    /**
     * The inline exception: an inline control with words of its block's own on its line (a link
     * in a sentence, the name in "Photo: …") is as tall as the line it sits on. Separators the
     * reader does not hear (" · ") and other controls are not words of a sentence.
     */
    const inSentence = (control: HTMLElement) => {
      if (getComputedStyle(control).display !== 'inline') return false;
      let block = control.parentElement;
      while (block && !isBlock(block)) block = block.parentElement;
      if (!block) return false;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || control.contains(parent)) continue;
        if (parent.closest('[aria-hidden="true"], .visually-hidden')) continue;
        if (parent.closest(SELECTOR)) continue;
        if (/\p{L}{2,}/u.test(node.textContent ?? '')) return true;
      }
      return false;
    };
    // Off-screen helpers (the skip link until it has focus) and 1 px visually-hidden controls
    // are not targets a reader can hit.
    const shown = (control: HTMLElement) => {
      if (!control.checkVisibility({ visibilityProperty: true, opacityProperty: false }))
        return false;
      const box = control.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) return false;
      return box.bottom + window.scrollY > 0 && box.right > 0;
    };

    const targets = [...scope.querySelectorAll<HTMLElement>(SELECTOR)].filter(
      (control) => shown(control) && !inSentence(control),
    );
    const boxes = targets.map((control) => control.getBoundingClientRect());
    const name = (element: HTMLElement) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''} “${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}”`;
    const problems = targets.flatMap((control, index) => {
      const box = boxes[index]!;
      return box.width < MIN - 0.01 || box.height < MIN - 0.01
        ? [`${name(control)} is ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`]
        : [];
    });
    return { checked: targets.length, problems };
  });
}
