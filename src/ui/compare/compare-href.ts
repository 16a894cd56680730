/**
 * The compare view is a page of its own (compare.html), like the method and data pages, so a
 * comparison can be read at full width and shared by its address.
 */
export const COMPARE_PAGE = `${import.meta.env.BASE_URL}compare.html`;

/** The address of a comparison: the items' ids, in order, comma-separated. */
export function compareHref(items: readonly string[]): string {
  return items.length > 0
    ? `${COMPARE_PAGE}?items=${items.map(encodeURIComponent).join(',')}`
    : COMPARE_PAGE;
}
