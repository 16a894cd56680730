/**
 * The empty `#root` of a page filled with a prerendered render, followed by the data it was
 * rendered from (which the client hydrates with, without fetching). Shared by the build's
 * prerender and the bench's synthetic pages, so the bench serves what the build ships.
 */
export function fillRoot(page, { html, state }) {
  if (!page.includes('<div id="root"></div>'))
    throw new Error('the page has no empty #root to fill');
  // A JSON data block, never executed, so the page's Content-Security-Policy allows it; "<" is
  // escaped so no string in the data can close the element.
  const stateScript = `<script type="application/json" id="explorer-state">${JSON.stringify(state).replace(/</g, '\\u003c')}</script>`;
  // A function, not a string, as the replacement: the text may hold "$&" and the like.
  return page.replace('<div id="root"></div>', () => `<div id="root">${html}</div>${stateScript}`);
}
