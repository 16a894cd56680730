import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { mentionDomId } from '../../data/article-model';
import { entitiesQuery } from '../../data/entities-query';
import { indexEntities } from '../../data/entity-index';
import { useExplorerActions, useHideUnmatched } from '../../state/explorer-store';
import { useDeferredSelection, useFilterResult } from '../../state/use-filter-result';
import { entityTypeMeta } from '../../ui/entity-type-meta';
import { isTypingTarget } from '../../ui/is-typing-target';
import { FILTERING, matchSelector } from '../../data/filter-keys';
import { adoptStyleSheet } from './filter-style';
import './filter-tools.css';

/**
 * What is on under both filter systems, in one line, each part removable there ("Showing:
 * corruption, money-laundering · Treaties"); stepping through the matches; and the choice to
 * leave out the paragraphs without one. Loaded after hydration: nothing here is needed to read.
 */
export default function FilterTools() {
  // The same step behind the store as the result it summarises, so the two always agree.
  const { crimes, topics } = useDeferredSelection();
  const hide = useHideUnmatched();
  const { toggleCrime, toggleTopic, setHideUnmatched } = useExplorerActions();
  const { data: entities } = useQuery({ ...entitiesQuery(), select: indexEntities });
  const result = useFilterResult();

  useEffect(() => (hide ? adoptStyleSheet(document, hideUnmatchedCss()) : undefined), [hide]);

  if (crimes.length === 0 && topics.length === 0) return null;
  // Drawn whole or not at all: drawn as each part's data came in, the summary and the stepper
  // would move one another (and the page below) when the names or the matches arrived. The
  // result follows the filters in a transition, so it can still be the one from before them.
  if (!entities || !result?.active) return null;
  const crimeName = (id: string) => (entities.byId[id]?.name ?? id).toLowerCase();
  return (
    <div className="filter-tools">
      <div className="filter-summary" role="group" aria-labelledby="filter-summary-label">
        <span className="filter-summary-label" id="filter-summary-label">
          Showing:
        </span>
        <ul className="filter-summary-list">
          {crimes.map((id, index) => (
            <li key={id}>
              <button
                type="button"
                className="filter-remove"
                aria-label={`Remove ${crimeName(id)} filter`}
                onClick={() => toggleCrime(id)}
              >
                {crimeName(id)}
                <span aria-hidden="true" className="filter-remove-mark">
                  ×
                </span>
              </button>
              {index < crimes.length - 1 && <span aria-hidden="true">,</span>}
            </li>
          ))}
          {crimes.length > 0 && topics.length > 0 && (
            <li aria-hidden="true" className="filter-summary-separator">
              ·
            </li>
          )}
          {topics.map((type, index) => (
            <li key={type}>
              <button
                type="button"
                className="filter-remove"
                aria-label={`Remove ${entityTypeMeta[type].plural} filter`}
                onClick={() => toggleTopic(type)}
              >
                {entityTypeMeta[type].plural}
                <span aria-hidden="true" className="filter-remove-mark">
                  ×
                </span>
              </button>
              {index < topics.length - 1 && <span aria-hidden="true">,</span>}
            </li>
          ))}
        </ul>
      </div>
      {result.active && <MatchStepper key={result.order.join(' ')} order={result.order} />}
      <label className="hide-unmatched">
        <input
          type="checkbox"
          checked={hide}
          onChange={(event) => setHideUnmatched(event.target.checked)}
        />
        Hide paragraphs without a match
      </label>
    </div>
  );
}

/**
 * The rules that leave out the paragraphs without a match, under a filter, while the reader asks
 * for it. A sheet of its own, adopted only then: its rules end on the paragraph rows, which every
 * filter click would otherwise restyle, on screen or not.
 */
function hideUnmatchedCss(): string {
  return `
${FILTERING} #article .paragraph-row {
  display: none;
}
${matchSelector('#article .paragraph-row')} {
  display: block;
}
`;
}

const CURRENT = 'data-current-match';

const prefersReducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Marks one match and brings it to the middle of the screen; unmarks the one before. */
function showMatch(controlId: string): string {
  for (const element of document.querySelectorAll(`[${CURRENT}]`)) element.removeAttribute(CURRENT);
  const element = document.getElementById(mentionDomId(controlId));
  if (!element) return '';
  element.setAttribute(CURRENT, '');
  element.scrollIntoView?.({
    block: 'center',
    behavior: prefersReducedMotion() ? 'auto' : 'smooth',
  });
  return element.textContent ?? '';
}

/**
 * "2 of 3", with Previous and Next, and the keys n / Shift+N (or ] / [) from anywhere but a
 * field or a dialog. The matches are the ones the text marks, in reading order; a new selection
 * starts again (the component is keyed on them).
 */
function MatchStepper({ order }: { order: string[] }) {
  const [position, setPosition] = useState<{ index: number; words: string } | null>(null);

  const go = (step: 1 | -1) => {
    if (order.length === 0) return;
    const index =
      position === null
        ? step === 1
          ? 0
          : order.length - 1
        : (position.index + step + order.length) % order.length;
    setPosition({ index, words: showMatch(order[index]!) });
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const step =
        event.key === 'n' || event.key === ']'
          ? 1
          : event.key === 'N' || event.key === '['
            ? -1
            : 0;
      if (step === 0) return;
      event.preventDefault();
      go(step);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  useEffect(
    () => () => {
      for (const element of document.querySelectorAll(`[${CURRENT}]`))
        element.removeAttribute(CURRENT);
    },
    [],
  );

  if (order.length === 0) return null;
  return (
    <div className="match-stepper" role="group" aria-label="Matches in the text">
      <button
        type="button"
        className="button button-quiet"
        aria-label="Previous match"
        onClick={() => go(-1)}
      >
        {/* One text node: an arrow alone in its own element is a node axe cannot judge. */}↑
        Previous
      </button>
      <span className="match-position" aria-live="polite">
        {position === null ? (
          `${order.length} ${order.length === 1 ? 'match' : 'matches'}`
        ) : (
          <>
            <span className="visually-hidden">Match </span>
            {position.index + 1} of {order.length}
            <span className="visually-hidden">: “{position.words}”</span>
          </>
        )}
      </span>
      <button
        type="button"
        className="button button-quiet"
        aria-label="Next match"
        onClick={() => go(1)}
      >
        Next ↓
      </button>
    </div>
  );
}
