import { mentionDomId } from '../data/article-model';

const FLASH_CLASS = 'is-flashing';

/**
 * Brings a mention into view, gives it focus and marks it briefly, so a reader who followed a
 * link sees where it landed. Smooth scrolling only when the reader has not asked for less motion.
 */
export function scrollToMention(controlId: string): void {
  const element = document.getElementById(mentionDomId(controlId));
  if (!element) return;
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  element.scrollIntoView?.({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  element.focus({ preventScroll: true });
  element.classList.remove(FLASH_CLASS);
  // Reading layout forces the browser to restart the animation when the class comes back.
  void element.offsetWidth;
  element.classList.add(FLASH_CLASS);
  window.setTimeout(() => element.classList.remove(FLASH_CLASS), 2400);
}
