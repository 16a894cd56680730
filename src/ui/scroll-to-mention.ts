import { mentionDomId } from '../data/article-model';

const FLASH_CLASS = 'is-flashing';

const prefersReducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Scrolls an element to the middle of the screen (smoothly unless the reader asked for less motion) and focuses it. */
export function bringIntoView(element: HTMLElement) {
  element.scrollIntoView?.({
    block: 'center',
    behavior: prefersReducedMotion() ? 'auto' : 'smooth',
  });
  element.focus({ preventScroll: true });
}

/**
 * Brings a mention into view, gives it focus and marks it briefly, so a reader who followed a
 * link sees where it landed. Smooth scrolling only when the reader has not asked for less motion.
 */
export function scrollToMention(controlId: string): void {
  const element = document.getElementById(mentionDomId(controlId));
  if (!element) return;
  bringIntoView(element);
  element.classList.remove(FLASH_CLASS);
  // Reading layout makes the browser restart the animation when the class comes back.
  void element.offsetWidth;
  element.classList.add(FLASH_CLASS);
  window.setTimeout(() => element.classList.remove(FLASH_CLASS), 2400);
}

/** Brings a paragraph into view and focus; the store marks it (see `markPassage`). */
export function scrollToPassage(source: string): void {
  const element = document.getElementById(`paragraph-${source.slice(1)}`);
  if (element) bringIntoView(element);
}
