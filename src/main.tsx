import { hydrate, type DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { replayEarlyClicks } from './app/early-clicks';
import { ArticleModeContext } from './features/article/article-mode';
import { hydrateArticleIslands } from './features/article/article-islands';
import { PassageTools } from './features/passages/passage-tools';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { startOffline } from './features/offline/start-offline';
import { startViewSync } from './state/view-sync';
import { showKeyboardHintsOnFirstKey } from './ui/keyboard-hints';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The production build ships the article prerendered, with the data it was rendered from.
const client = createQueryClient();
const state = document.getElementById('explorer-state')?.textContent;
if (state) hydrate(client, JSON.parse(state) as DehydratedState);

// The view from the address or storage applies at once; zustand gives hydration the initial
// state, so the first client render still matches the prerendered HTML.
startViewSync();
// The keyboard's hints are hidden on a touch screen until a key is pressed (keyboard-hints.css).
showKeyboardHintsOnFirstKey();

// Prerendered, the article's text stays as the HTML gave it (features/article/article-slot.tsx).
const prerendered = Boolean(state && root.firstElementChild);
const app = (
  <StrictMode>
    <Providers client={client}>
      <ArticleModeContext.Provider value={prerendered ? 'static' : 'render'}>
        <App />
      </ArticleModeContext.Provider>
    </Providers>
  </StrictMode>
);
// Noted until now by the starter; from here React answers presses on what it draws.
const early = window.explorerEarlyClicks?.() ?? [];
if (prerendered) {
  hydrateRoot(root, app);
  const text = root.querySelector<HTMLElement>('.article-slot');
  const islands = text
    ? hydrateArticleIslands(text, { paragraphTools: PassageTools, client })
    : Promise.resolve();
  replayEarlyClicks(early, islands);
} else {
  createRoot(root).render(app);
  replayEarlyClicks(early, Promise.resolve());
}

startOffline();
