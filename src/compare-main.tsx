import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/providers';
import { ComparePage } from './features/compare/compare-page';
import { startOffline } from './features/offline/start-offline';
// One stylesheet for the page, the explorer's styles imported into it (as for sources.html; see
// src/sources-main.tsx): shared as a module, they would split into a chunk of their own.
import './features/compare/compare.css';

/** compare.html, "Definitions side by side": the items come from the address (?items=a,b). */
const root = document.getElementById('root');
if (!root) throw new Error('compare.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Providers>
      <ComparePage />
    </Providers>
  </StrictMode>,
);

// Each page starts the worker, so a reader who only ever opened this one has the site offline.
startOffline();
