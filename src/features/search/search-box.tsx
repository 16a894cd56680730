import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { articleQuery } from '../../data/article-query';
import { entitiesQuery } from '../../data/entities-query';
import {
  crimeCategoriesQuery,
  instrumentsQuery,
  mdgsQuery,
  termsQuery,
} from '../../data/reference-queries';
import { sdgsQuery } from '../../data/sdgs-query';
import { useExplorerActions } from '../../state/explorer-store';
import { scrollToPassage } from '../../ui/scroll-to-mention';
import {
  articleSearchParts,
  buildSearchIndex,
  crimeSearchParts,
  entitySearchParts,
  instrumentSearchParts,
  mdgSearchParts,
  sdgSearchParts,
  sdgTargetSearchParts,
  termSearchParts,
} from './build-search-index';
import type { MarkedText } from './marked-text';
import { normaliseQuery } from './normalise';
import { rankResults, type SearchResult } from './rank-results';
import { handleSearchShortcut, SEARCH_INPUT_ID, SEARCH_SHORTCUT } from './search-shortcut';
import { KEYBOARD_HINT } from '../../ui/keyboard-hints';
import './search.css';

/* Fixed ids rather than useId: a definition opened from here names the box to return focus to. */
const LISTBOX_ID = `${SEARCH_INPUT_ID}-results`;
const optionId = (key: string) => `${SEARCH_INPUT_ID}-option-${key}`;
const groupLabelId = (group: string) => `${SEARCH_INPUT_ID}-group-${group}`;

function statusMessage(query: string, shown: number, total: number): string {
  if (!normaliseQuery(query)) return '';
  if (total === 0) return `No results for “${query.trim()}”`;
  const count = `${total} ${total === 1 ? 'result' : 'results'}`;
  return shown < total ? `${count}, the best ${shown} shown` : count;
}

/**
 * One search over the article and every reference file, as a WAI-ARIA 1.2 combobox: focus stays
 * in the box while the arrow keys move through the results (aria-activedescendant), Enter opens
 * one, Escape closes the list and then clears the box. "/" anywhere else comes back here.
 */
export function SearchBox() {
  const article = useQuery({ ...articleQuery(), select: articleSearchParts });
  const entities = useQuery({ ...entitiesQuery(), select: entitySearchParts });
  const crimes = useQuery({ ...crimeCategoriesQuery(), select: crimeSearchParts });
  const instruments = useQuery({ ...instrumentsQuery(), select: instrumentSearchParts });
  const mdgs = useQuery({ ...mdgsQuery(), select: mdgSearchParts });
  const terms = useQuery({ ...termsQuery(), select: termSearchParts });
  const sdgs = useQuery({ ...sdgsQuery(), select: sdgSearchParts });
  const sdgTargets = useQuery({ ...crimeCategoriesQuery(), select: sdgTargetSearchParts });
  const { openDefinition, markPassage } = useExplorerActions();

  // The reference files first: where they and entities.json describe the same thing, their
  // order is the one to keep. Whatever has not loaded is simply left out.
  const index = useMemo(
    () =>
      buildSearchIndex([
        crimes.data,
        instruments.data,
        mdgs.data,
        sdgs.data,
        sdgTargets.data,
        terms.data,
        entities.data,
        article.data,
      ]),
    [
      crimes.data,
      instruments.data,
      mdgs.data,
      sdgs.data,
      sdgTargets.data,
      terms.data,
      entities.data,
      article.data,
    ],
  );
  const someFailed = [article, entities, crimes, instruments, mdgs, sdgs, terms].some(
    (result) => result.isError,
  );

  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  // -1 until the reader moves with the arrows: with the first result already active, the first
  // ArrowDown went to the second one and the first was skipped. Enter still opens the best result.
  const [activeIndex, setActiveIndex] = useState(-1);

  const results = useMemo(() => rankResults(index, query), [index, query]);
  const options = useMemo(() => results.groups.flatMap((group) => group.results), [results]);
  const positionOf = useMemo(
    () => new Map(options.map((result, position) => [result.key, position])),
    [options],
  );
  const hasQuery = normaliseQuery(query) !== '';
  const expanded = open && options.length > 0;
  const showEmpty = open && hasQuery && options.length === 0;
  // Results can change under the reader as files load, so the active position is clamped here.
  const active =
    expanded && activeIndex >= 0 ? options[Math.min(activeIndex, options.length - 1)] : undefined;

  useEffect(() => {
    document.addEventListener('keydown', handleSearchShortcut);
    return () => document.removeEventListener('keydown', handleSearchShortcut);
  }, []);

  useEffect(() => {
    if (active)
      document.getElementById(optionId(active.key))?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const choose = (result: SearchResult) => {
    setQuery('');
    setOpen(false);
    setActiveIndex(-1);
    if (result.target.type === 'definition') {
      openDefinition(result.target.id, { returnFocusTo: SEARCH_INPUT_ID });
    } else {
      markPassage({ source: result.target.source, exact: result.exact });
      scrollToPassage(result.target.source);
    }
  };

  const move = (step: 1 | -1) => {
    const count = options.length;
    if (count === 0) return;
    if (!expanded || activeIndex < 0) {
      setOpen(true);
      setActiveIndex(step === 1 ? 0 : count - 1);
      return;
    }
    const current = Math.min(activeIndex, count - 1);
    setActiveIndex((current + step + count) % count);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (options.length === 0) return;
        event.preventDefault();
        move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter': {
        // Nothing chosen with the arrows yet: Enter opens the best result.
        const chosen = active ?? (expanded ? options[0] : undefined);
        if (!chosen) return;
        event.preventDefault();
        choose(chosen);
        return;
      }
      case 'Escape':
        // Handled here, so the open definition (which also listens for Escape) stays open.
        if (expanded || showEmpty) {
          event.preventDefault();
          setOpen(false);
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
          setActiveIndex(-1);
        }
        return;
    }
  };

  return (
    <div className="search" role="search">
      <label className="search-label" htmlFor={SEARCH_INPUT_ID}>
        Search the article and definitions
      </label>
      <div className="search-field">
        <input
          id={SEARCH_INPUT_ID}
          className="search-input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={LISTBOX_ID}
          aria-activedescendant={active ? optionId(active.key) : undefined}
          aria-keyshortcuts={SEARCH_SHORTCUT.key}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="go"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActiveIndex(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <kbd className={`search-key ${KEYBOARD_HINT}`} aria-hidden="true">
          {SEARCH_SHORTCUT.key}
        </kbd>
      </div>

      <div className="search-popup" hidden={!expanded && !showEmpty}>
        <div
          id={LISTBOX_ID}
          className="search-listbox"
          role="listbox"
          aria-label="Search results"
          hidden={!expanded}
        >
          {results.groups.map((group) => (
            <div
              key={group.id}
              className="search-group"
              role="group"
              aria-labelledby={groupLabelId(group.id)}
            >
              <div id={groupLabelId(group.id)} className="search-group-label" role="presentation">
                {group.label}
              </div>
              {group.results.map((result) => {
                const isActive = result === active;
                return (
                  <div
                    key={result.key}
                    id={optionId(result.key)}
                    className="search-option"
                    role="option"
                    aria-selected={isActive}
                    // Focus stays in the box: a press on an option must not blur it first.
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseMove={() => {
                      if (!isActive) setActiveIndex(positionOf.get(result.key) ?? -1);
                    }}
                    onClick={() => choose(result)}
                  >
                    <span className="search-option-title">
                      <Marked text={result.title} />
                    </span>
                    {/* Spaces as text, so the option's accessible name has them too. */}
                    {result.detail && ' '}
                    {result.detail && (
                      <span className="search-option-detail">
                        {result.detail.label && (
                          <>
                            <span className="search-option-label">{result.detail.label}:</span>{' '}
                          </>
                        )}
                        <Marked text={result.detail.text} />
                      </span>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        {showEmpty && <p className="search-empty">No results for “{query.trim()}”</p>}
        {someFailed && (
          <p className="search-note">
            Some of the data could not be loaded, so some results may be missing.
          </p>
        )}
      </div>

      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {statusMessage(query, results.shown, results.total)}
      </div>
    </div>
  );
}

function Marked({ text }: { text: MarkedText }) {
  if (!text.mark) return <>{text.text}</>;
  const { start, end } = text.mark;
  return (
    <>
      {text.text.slice(0, start)}
      <mark>{text.text.slice(start, end)}</mark>
      {text.text.slice(end)}
    </>
  );
}
