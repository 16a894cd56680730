import { expect, type Locator } from '@playwright/test';

/**
 * How the filters' stylesheet shows an element of the text, read from its computed style:
 * "match", "quiet", or "" when no filter applies to it.
 */
export async function expectFilterState(locator: Locator, state: 'match' | 'quiet' | '') {
  await expect
    .poll(() =>
      locator.evaluate((element) => getComputedStyle(element).getPropertyValue('--filter').trim()),
    )
    .toBe(state);
}
