import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/providers';
import { MethodPage } from './features/method/method-page';
import { startOffline } from './features/offline/start-offline';
// One stylesheet for the page: method.css starts with `@import '../../styles.css'`, so the
// explorer's styles are copied into it at build time rather than shared as a module. Shared, they
// would be split into a chunk of their own, and index.html would get two stylesheets where the
// prerender inlines one.
import './features/method/method.css';

/** sources.html, "How we check facts": rendered in the browser, from the same data files. */
const root = document.getElementById('root');
if (!root) throw new Error('sources.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Providers>
      <MethodPage />
    </Providers>
  </StrictMode>,
);

// Each page starts the worker, so a reader who only ever opened this one has the site offline.
startOffline();
