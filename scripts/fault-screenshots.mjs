// Screenshots of two fault states for docs/: a panel file the server fails on, and a shell
// without the prerendered article whose article.json is missing. Usage (with a preview server):
//   node scripts/fault-screenshots.mjs [url]
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';
import { emptyShell } from './empty-shell.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const panel = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await panel.route('**/data/instruments.json', (route) =>
    route.fulfill({ status: 500, body: 'Internal Server Error' }),
  );
  await panel.goto(url);
  const region = panel.getByRole('region', { name: 'Convention and Protocols' });
  await region.getByRole('alert').waitFor();
  await region.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await panel.screenshot({ path: 'docs/fault-panel-500.png' });

  const shell = await browser.newPage({ viewport: { width: 1280, height: 700 } });
  await shell.route(url, async (route) => {
    const response = await route.fetch();
    const body = emptyShell(await response.text());
    await route.fulfill({ response, body });
  });
  await shell.route('**/data/article.json', (route) =>
    route.fulfill({ status: 404, body: 'Not Found' }),
  );
  await shell.goto(url);
  await shell.getByRole('article').getByRole('alert').waitFor();
  await shell.screenshot({ path: 'docs/fault-article-404.png' });
} finally {
  await browser.close();
}
