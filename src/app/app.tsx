import { ArticleView } from '../features/article/article-view';
import { ConventionPanel } from '../features/reference/convention-panel';
import { CrimePanel } from '../features/reference/crime-panel';
import { DefinitionView } from '../features/reference/definition-view';
import { MdgPanel } from '../features/reference/mdg-panel';
import { Legend } from '../features/legend/legend';
import { CrimeFilter } from '../features/filters/crime-filter';
import { FilterStatus } from '../features/filters/filter-status';
import { ViewNotices } from '../features/filters/view-notices';
import { ShortcutsHelp } from '../features/help/shortcuts-help';
import { SearchBox } from '../features/search/search-box';
import { useFilterStyle } from '../features/filters/filter-style';
import { ErrorBoundary } from './error-boundary';

export function App() {
  useFilterStyle();
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
      </header>
      {/* A labelled region, so the filters sit in a landmark like everything else on the page. */}
      <section className="toolbar" aria-label="Filters">
        <CrimeFilter />
        <FilterStatus />
        <ViewNotices />
      </section>
      <div className="layout">
        <main className="main">
          <ErrorBoundary fallbackTitle="The article could not be shown because of an error in the page.">
            <ArticleView />
          </ErrorBoundary>
        </main>
        <aside className="side" aria-label="Details and key">
          <ErrorBoundary fallbackTitle="The details could not be shown because of an error in the page.">
            <DefinitionView />
            <Legend />
          </ErrorBoundary>
          <ErrorBoundary fallbackTitle="The panels could not be shown because of an error in the page.">
            <ConventionPanel />
            <CrimePanel />
            <MdgPanel />
          </ErrorBoundary>
        </aside>
      </div>
      <footer className="site-footer">
        <p>
          Article text © United Nations, from UN News. Facts are cited to their primary sources;
          where only a secondary source was found, the card says so.
        </p>
      </footer>
    </>
  );
}
