import type { Page } from '@playwright/test';

/**
 * Returns once the page has drawn two more frames: whatever the page shows at this moment has
 * been laid out and painted, and any layout shift that caused has been reported. The way to
 * close a window a test measures over once the last thing it waits for is on screen, rather
 * than after a fixed time that a busy machine can outrun.
 */
export async function afterTwoFrames(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/**
 * The page's layout-shift score from its start until what it shows now has been painted (shifts
 * right after an input left out, as Cumulative Layout Shift does). Read from the browser's
 * buffer at once, so a page with no shift at all answers 0 without waiting for a callback that
 * would never come.
 */
export async function layoutShiftSoFar(page: Page): Promise<number> {
  await afterTwoFrames(page);
  return page.evaluate(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    const shifts = observer.takeRecords() as Shift[];
    observer.disconnect();
    return shifts.reduce((sum, shift) => sum + (shift.hadRecentInput ? 0 : shift.value), 0);
  });
}
