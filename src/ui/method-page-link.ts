/**
 * The page on how the facts were checked, with the bibliography; a page of its own (sources.html)
 * so it can be read, printed and linked apart from the explorer. Relative, so it works under any
 * base path the site is served from.
 */
export const METHOD_PAGE = `${import.meta.env.BASE_URL}sources.html`;
