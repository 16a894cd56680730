import { lazy, Suspense, useEffect } from 'react';
import { ArticleSlot } from '../features/article/article-slot';
import { CrimeFilter } from '../features/filters/crime-filter';
import { StatusLine } from '../features/filters/status-line';
import { ShortcutsHelp } from '../features/help/shortcuts-help';
import { PassageTools } from '../features/passages/passage-tools';
import { SearchBox } from '../features/search/search-box';
import { useFilterStyle } from '../features/filters/filter-style';
import { DATA_PAGE } from '../ui/data-page-link';
import { METHOD_PAGE } from '../ui/method-page-link';
import { ThemeControl } from '../ui/theme/theme-control';
import { ErrorBoundary } from './error-boundary';
import { appHasHydrated } from './early-clicks';
import { useHydrated } from './use-hydrated';
// The side column's code comes after hydration, but the prerendered page shows it at once: its
// styles come with the first stylesheet, so nothing moves when its chunk arrives.
import '../features/definition/definition-view.css';
import '../ui/definition/definition.css';
import '../ui/panel/mention-list.css';
import '../features/legend/legend.css';
import '../ui/panel/panel.css';
import '../features/convention-panel/convention-panel.css';

const SideColumn = lazy(() => import('./side-column'));
// Needed only once the page is interactive: a passage named in the address, a selection to quote.
const PassageFromAddress = lazy(() =>
  import('../features/passages/passage-from-address').then((m) => ({
    default: m.PassageFromAddress,
  })),
);
const SelectionQuote = lazy(() =>
  import('../features/passages/selection-quote').then((m) => ({ default: m.SelectionQuote })),
);
// What is on under both filters, stepping through the matches: only once a reader can filter.
const FilterTools = lazy(() => import('../features/filters/filter-tools'));
// What the filters found: its words and counts are needed only once a reader can filter.
const FilterStatus = lazy(() => import('../features/filters/filter-status'));
// Notices about the view an address or this browser's storage brought: only after hydration.
const ViewNotices = lazy(() =>
  import('../features/filters/view-notices').then((m) => ({ default: m.ViewNotices })),
);
// The timeline, 2000–2030: below the article, so arriving after hydration moves nothing above it.
const TimelineSection = lazy(() => import('../features/timeline/timeline-section'));
// The classroom handout: hidden on screen, it is what a printer gets.
const PrintHandout = lazy(() => import('../features/print/print-handout'));

export function App() {
  useFilterStyle();
  const hydrated = useHydrated();
  // After every child's effects, the text's islands included: all of it can answer a click.
  useEffect(appHasHydrated, []);
  return (
    <>
      <a className="skip-link" href="#article">
        Skip to article
      </a>
      <header className="site-header">
        <div className="site-heading">
          <p className="site-title">Crime Congress 2010 explorer</p>
          <p className="site-subtitle">
            A UN News story, with every treaty, goal and crime it names linked to its definition and
            source
          </p>
        </div>
        <SearchBox />
        <ShortcutsHelp />
        <ThemeControl />
      </header>
      {/* A labelled region, so the filters sit in a landmark like everything else on the page. */}
      <section className="toolbar" aria-label="Filters">
        <CrimeFilter />
        {/* What arrives after hydration. Its room is held from the first paint when the view
            arrives with filters (public/theme-init.js, filters.css); the status comes first so
            that nothing already on screen moves when the rest arrives. */}
        <div className="toolbar-late">
          {hydrated ? (
            <Suspense fallback={<StatusLine />}>
              <FilterStatus />
            </Suspense>
          ) : (
            <StatusLine />
          )}
          {hydrated && (
            <Suspense fallback={null}>
              <FilterTools />
            </Suspense>
          )}
          {hydrated && (
            <Suspense fallback={null}>
              <ViewNotices />
            </Suspense>
          )}
        </div>
        {hydrated && (
          <Suspense fallback={null}>
            <PassageFromAddress />
          </Suspense>
        )}
      </section>
      <div className="layout">
        <main className="main">
          <ErrorBoundary fallbackTitle="The article could not be shown because of an error in the page.">
            <ArticleSlot paragraphTools={PassageTools} />
          </ErrorBoundary>
          {hydrated && (
            <ErrorBoundary fallbackTitle="The timeline could not be shown because of an error in the page.">
              <Suspense fallback={null}>
                <TimelineSection />
              </Suspense>
            </ErrorBoundary>
          )}
        </main>
        {/* What printing gives (hidden on screen); it starts loading every file it prints from,
            so they are in before the reader prints. Before the card, which prints after it. */}
        {hydrated && (
          <ErrorBoundary fallbackTitle="The print handout could not be made because of an error in the page.">
            <Suspense fallback={null}>
              <PrintHandout />
            </Suspense>
          </ErrorBoundary>
        )}
        {/* Not in the prerendered page: without a script it could only show loading notices that
            never end. Leaving it out keeps the first paint to the article, and loading its code
            on its own keeps it out of the script the article waits for. It has a column of its
            own (or the space below the article), so arriving moves nothing. */}
        {hydrated && (
          <Suspense fallback={null}>
            <SideColumn />
          </Suspense>
        )}
      </div>
      {hydrated && (
        <Suspense fallback={null}>
          <SelectionQuote />
        </Suspense>
      )}
      <footer className="site-footer">
        <p>
          Article text © United Nations, from UN News. Every fact links to its document where the
          publisher keeps it; where a fact was read in a copy elsewhere, the card says so.{' '}
          <a href={METHOD_PAGE}>How we check facts, and every source cited</a>
          {' · '}
          <a href={DATA_PAGE}>The data: downloads, schemas and licence</a>
        </p>
      </footer>
    </>
  );
}
