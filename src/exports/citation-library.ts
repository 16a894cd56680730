import { createRequire } from 'node:module';
import type { CslItem } from './csl-item';

/*
 * citation-js (core with its CSL, BibTeX and RIS plugins), loaded in Node at build time only. The
 * packages ship CommonJS without type declarations, so the few calls we make are typed here and
 * nothing untyped leaves this module. The browser never loads it: it fetches the finished strings.
 */

/** One reference to an item in a note or an in-text citation, with the part cited. */
export type CiteItem = { id: string; locator?: string; label?: 'article-locator' };

export type RisRecord = Record<string, string | string[]>;

type FormatOptions = {
  template?: string;
  lang?: string;
  format?: 'text' | 'html' | 'object';
  entry?: CiteItem[];
};

type CiteInstance = {
  format(kind: 'bibliography' | 'citation' | 'bibtex' | 'data', options?: FormatOptions): string;
  format(kind: 'ris', options: { format: 'object' }): RisRecord[];
};

type CitationJsCore = {
  Cite: new (data: CslItem | CslItem[]) => CiteInstance;
  plugins: {
    config: {
      get(plugin: '@csl'): {
        styles: {
          add(name: string, style: unknown): void;
          get(name: string): unknown;
          has(name: string): boolean;
        };
      };
    };
  };
};

const require = createRequire(import.meta.url);

let core: CitationJsCore | undefined;

export function citationJs(): CitationJsCore {
  if (!core) {
    core = require('@citation-js/core') as CitationJsCore;
    require('@citation-js/plugin-csl');
    require('@citation-js/plugin-bibtex');
    require('@citation-js/plugin-ris');
  }
  return core;
}

export function cite(items: CslItem | CslItem[]): CiteInstance {
  return new (citationJs().Cite)(items);
}

export function cslStyles() {
  return citationJs().plugins.config.get('@csl').styles;
}

/** Where a package is installed, for reading the data files it ships. */
export function packageFile(pkg: string, ...path: string[]): string {
  return require.resolve(`${pkg}/package.json`).replace(/package\.json$/, path.join('/'));
}
