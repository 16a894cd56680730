/**
 * The Data page (data.html): every download, with its format, version, licence and changelog.
 * Relative to the base, like the method page, so it works under any path the site is served from.
 */
export const DATA_PAGE = `${import.meta.env.BASE_URL}data.html`;
