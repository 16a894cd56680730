import { useEffect } from 'react';
import type { FilterSelection } from '../../data/apply-filters';
import { FILTERING, matchSelector, selectionAttributes } from '../../data/filter-keys';
import { filterStore } from '../../state/explorer-store';

/**
 * The rules that show a filter in the text: matches stand out, other mentions recede, paragraphs
 * without a match turn grey; every word stays. They read the selection from the root element's
 * attributes, so they are built once. No rule ends on a paragraph row itself, only on what is
 * inside one: rows out of view skip their style work (content-visibility), so a click restyles
 * only what is on screen. `--filter` names the state for anything that reads computed styles
 * (tests, devtools); the other declarations are what a reader sees. Icons take their colour from
 * their mention (`--filter-icon`, inherited), so no rule ends on them. Colours are the theme's
 * tokens (src/ui/theme/tokens.css). Forced colours drop the tint and the ring (box-shadow), so
 * there a match is outlined in the system's highlight colour.
 */
export function filterCss(): string {
  return `
${FILTERING} #article .mention {
  --filter: quiet;
  --filter-icon: var(--quiet-icon);
  background: transparent;
  text-decoration-color: var(--quiet-underline);
}
${FILTERING} #article .paragraph-row > .paragraph {
  --filter: quiet;
  color: var(--quiet-ink);
}
${matchSelector('#article .mention')} {
  --filter: match;
  --filter-icon: initial;
  background: color-mix(in srgb, var(--hue) 22%, var(--paper));
  box-shadow: 0 0 0 2px var(--hue);
}
${matchSelector('#article .paragraph-row', ' > .paragraph')} {
  --filter: match;
  color: inherit;
}
@media (forced-colors: active) {
  ${matchSelector('#article .mention')} {
    outline: 2px solid Highlight;
    outline-offset: 1px;
  }
}
`;
}

/**
 * Adds the filters' stylesheet to the document. A constructed sheet is allowed by the page's
 * Content-Security-Policy (style-src has no 'unsafe-inline', which a <style> element added at run
 * time would need); where constructed sheets are missing (jsdom, old browsers) a <style> element
 * stands in. Returns a function that takes it out again.
 */
export function adoptStyleSheet(doc: Document, css: string): () => void {
  const view = doc.defaultView;
  if (view && 'adoptedStyleSheets' in doc && typeof view.CSSStyleSheet === 'function') {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((other) => other !== sheet);
    };
  }
  const element = doc.createElement('style');
  element.textContent = css;
  doc.head.append(element);
  return () => element.remove();
}

/** Names the selection on the root element, where the stylesheet looks for it. */
function showSelection(root: HTMLElement, selection: FilterSelection) {
  for (const [name, value] of Object.entries(selectionAttributes(selection))) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
}

/**
 * Keeps the text's filter styling in step with the selection while the app is mounted. The
 * attributes change in the same task as the click, with no component rendering in between; on
 * <html>, which React never renders, so no re-render can drop them.
 */
export function useFilterStyle() {
  useEffect(() => {
    const root = document.documentElement;
    const removeSheet = adoptStyleSheet(document, filterCss());
    const show = (selection: FilterSelection) => showSelection(root, selection);
    show(filterStore.getSelection());
    const unsubscribe = filterStore.subscribe(show);
    return () => {
      unsubscribe();
      show({ crimes: [], topics: [] });
      removeSheet();
    };
  }, []);
}
