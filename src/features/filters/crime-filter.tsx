import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { articleQuery } from '../../data/article-query';
import { buildArticleModel } from '../../data/article-model';
import { entitiesQuery } from '../../data/entities-query';
import { indexEntities } from '../../data/entity-index';
import { useCrimeFilter, useExplorerActions, useTopicFilter } from '../../state/explorer-store';
import { TypeIcon } from '../../ui/type-icon';
import './filters.css';

/**
 * One toggle per crime category the article names, with how often it does; several can be on.
 * Toggle buttons (aria-pressed) rather than checkboxes: each acts at once, like a chip.
 */
export function CrimeFilter() {
  const selected = useCrimeFilter();
  const topics = useTopicFilter();
  const [collapsed, setCollapsed] = useState(true);
  const disclosureRef = useRef<HTMLButtonElement>(null);
  const { toggleCrime, clearFilters } = useExplorerActions();
  const { data: entities } = useQuery({ ...entitiesQuery(), select: indexEntities });
  const { data: model } = useQuery({ ...articleQuery(), select: buildArticleModel });
  const crimes = entities?.file.entities.filter((entity) => entity.type === 'crime') ?? [];

  // Where the toggles fold away (a phone), the open list fills the first screen and hides what a
  // tap did. So a tap folds it again: the summary says how many are on, and the status below it,
  // now on screen, what they found. Focus goes to the summary, as the toggle it was on is hidden.
  // Whether the summary shows is read before the toggle changes the filter: read after it, the
  // question would make the browser restyle every mention there and then, inside the click.
  const toggle = (id: string) => {
    const disclosure = disclosureRef.current;
    const folds = Boolean(disclosure && disclosure.getClientRects().length > 0);
    toggleCrime(id);
    if (!folds) return;
    setCollapsed(true);
    disclosure?.focus();
  };

  return (
    <div
      className="crime-filter"
      role="group"
      aria-labelledby="crime-filter-label"
      data-collapsed={collapsed || undefined}
    >
      <span id="crime-filter-label" className="filter-label">
        Crime type
      </span>
      {/* On a phone the toggles would fill the first screen: there they fold away behind this. */}
      <button
        ref={disclosureRef}
        type="button"
        className="button button-quiet filter-disclosure"
        aria-expanded={!collapsed}
        aria-controls="crime-filter-chips"
        onClick={() => setCollapsed(!collapsed)}
      >
        {collapsed ? 'Show' : 'Hide'} filters{selected.length > 0 ? ` (${selected.length} on)` : ''}
      </button>
      <ul className="chips" id="crime-filter-chips">
        {crimes.map((crime) => {
          // One per mention that names it, as the status counts (applyFilters' `named`), kept in
          // step by tests/components/filter-counts.test.tsx; computed here without applyFilters,
          // which the article does not need before it is readable.
          const count = model?.mentionsOfEntity[crime.id]?.length ?? 0;
          return (
            <li key={crime.id}>
              <button
                type="button"
                className="chip-toggle"
                aria-pressed={selected.includes(crime.id)}
                onClick={() => toggle(crime.id)}
              >
                <TypeIcon type="crime" />
                {crime.name}
                <span className="chip-count" aria-hidden="true">
                  {count}
                </span>
                <span className="visually-hidden">
                  , {count} {count === 1 ? 'mention' : 'mentions'}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button button-quiet"
        onClick={clearFilters}
        disabled={selected.length === 0 && topics.length === 0}
      >
        Clear
      </button>
    </div>
  );
}
