import type { PartyCount } from '../data/schemas/reference';

/** The article's month: the message urged ratification on 12 April 2010. */
export const ARTICLE_MONTH = '2010-04';
export const NO_APRIL_2010_COUNT = 'No count for April 2010 found in the sources we read.';

/**
 * A treaty's parties then and now: the count dated in April 2010, beside the latest. Only a
 * count the data dates to that month and sources counts as "then"; a count from before or after
 * is never moved to it, so where none was found the card says so instead of estimating.
 */
export function splitPartyCounts(counts: readonly PartyCount[]) {
  const byDate = [...counts].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const then = byDate.filter((count) => count.asOf.startsWith(ARTICLE_MONTH)).at(-1);
  const latest = byDate.at(-1);
  const others = byDate.filter((count) => count !== then && count !== latest);
  return { then, latest: latest === then ? undefined : latest, others };
}
