import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/providers';
import { DataPage } from './features/data-page/data-page';
import { startOffline } from './features/offline/start-offline';
// One stylesheet for the page, the explorer's styles imported into it (as for sources.html; see
// src/sources-main.tsx): shared as a module, they would split into a chunk of their own.
import './features/data-page/data-page.css';

/** data.html, "The data": every download, listed from data/v1/index.json. */
const root = document.getElementById('root');
if (!root) throw new Error('data.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Providers>
      <DataPage />
    </Providers>
  </StrictMode>,
);

// Each page starts the worker, so a reader who only ever opened this one has the site offline.
startOffline();
