import { ThemeControl } from './theme/theme-control';

/** The way back from a page beside the explorer (the method, the data) to the article. */
export function BackToArticle() {
  return (
    <a className="back-to-article" href="./">
      <span aria-hidden="true">← </span>Back to the article
    </a>
  );
}

/** The skip link and header every page beside the explorer opens with. */
export function SubpageHeader({ subtitle }: { subtitle: string }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-heading">
          <p className="site-title">Crime Congress 2010 explorer</p>
          <p className="site-subtitle">{subtitle}</p>
        </div>
        <BackToArticle />
        <ThemeControl />
      </header>
    </>
  );
}
