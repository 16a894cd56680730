import type { Page } from '@playwright/test';

/** Serve the page without the prerendered article and its data, as a bare host would. */
export async function serveShell(page: Page) {
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      // The render-blocking "expect" link belongs to the prerendered paragraph: it goes too.
      const body = (await response.text())
        .replace(
          /<div id="root">[\s\S]*?<\/div><script type="application\/json" id="explorer-state">[\s\S]*?<\/script>/,
          '<div id="root"></div>',
        )
        .replace(/<link rel="expect"[^>]*>/, '');
      await route.fulfill({ response, body });
    },
  );
}
