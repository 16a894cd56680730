/*
 * Below the width where the side column stands beside the article, the open card is a sheet
 * over the lower part of the screen (definition-view.css). The stylesheet alone says where that
 * is; the script asks the card how it is drawn, so the breakpoint is written once.
 */

/** Whether the card is drawn as the sheet at the foot of the screen. */
export function isSheet(card: HTMLElement | null): boolean {
  return card !== null && getComputedStyle(card).position === 'fixed';
}

const prefersReducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * A card has just opened, or moved to another definition. Focus goes to its heading (a screen
 * reader or keyboard user lands in it). As a sheet, the page must not move: the heading takes
 * focus without scrolling, the sheet starts from its top, and what opened it (a mention, a panel
 * link) is lifted just clear of the sheet if the sheet covers it. The root's scroll-padding,
 * set while the sheet is open, is what "clear of the sheet" means to scrollIntoView.
 */
export function showCard(
  card: HTMLElement | null,
  heading: HTMLElement | null,
  origin: string | null,
) {
  if (!isSheet(card)) {
    heading?.focus();
    return;
  }
  card!.scrollTop = 0;
  heading?.focus({ preventScroll: true });
  if (origin)
    document.getElementById(origin)?.scrollIntoView({
      block: 'nearest',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
}

/**
 * The card closed: focus goes back to what opened it. Beside the article the page comes back to
 * it too; under a sheet the reader is where they were reading, so the page stays put.
 */
export function returnFrom(card: HTMLElement | null, origin: string | null) {
  if (!origin) return;
  document.getElementById(origin)?.focus({ preventScroll: isSheet(card) });
}
