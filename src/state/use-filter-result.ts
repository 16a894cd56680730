import { useQuery } from '@tanstack/react-query';
import { startTransition, useEffect, useMemo, useState } from 'react';
import {
  applyFilters,
  type FilterData,
  type FilterResult,
  type FilterSelection,
} from '../data/apply-filters';
import { articleQuery } from '../data/article-query';
import { buildArticleModel } from '../data/article-model';
import { entitiesQuery } from '../data/entities-query';
import { indexEntities } from '../data/entity-index';
import {
  crimeCategoriesQuery,
  instrumentsQuery,
  mdgsQuery,
  selectCrimeCategories,
  selectGoals,
  selectInstruments,
} from '../data/reference-queries';
import { filterStore } from './explorer-store';

const NO_SELECTION: FilterSelection = { crimes: [], topics: [] };

/**
 * The filter selection as the panels and the status line see it: a step behind the store. A
 * click restyles the text at once (features/filters/filter-style.ts, no render at all); what
 * these parts redraw (reordered lists, counts, the announcement) follows in a transition, so it
 * never holds back the frame that shows the change. It starts empty, as the prerendered page
 * was rendered, so hydration matches.
 */
export function useDeferredSelection(): FilterSelection {
  const [selection, setSelection] = useState(NO_SELECTION);
  useEffect(() => {
    const show = (next: FilterSelection) => startTransition(() => setSelection(next));
    show(filterStore.getSelection());
    return filterStore.subscribe(show);
  }, []);
  return selection;
}

/**
 * The current selection applied to whatever data has loaded. Every part of the screen that
 * reacts to the filters reads this one result, so they cannot disagree. Null until the article
 * and its entities have loaded.
 */
export function useFilterResult(): FilterResult | null {
  const { crimes, topics } = useDeferredSelection();
  const { data: model } = useQuery({ ...articleQuery(), select: buildArticleModel });
  const { data: entities } = useQuery({ ...entitiesQuery(), select: indexEntities });
  const { data: instruments } = useQuery({ ...instrumentsQuery(), select: selectInstruments });
  const { data: crimeData } = useQuery({
    ...crimeCategoriesQuery(),
    select: selectCrimeCategories,
  });
  const { data: mdgs } = useQuery({ ...mdgsQuery(), select: selectGoals });

  return useMemo(
    () =>
      model && entities
        ? sharedResult(
            {
              model,
              entities: entities.byId,
              instruments,
              crimes: crimeData?.categories,
              goals: mdgs?.goals,
            },
            { crimes, topics },
          )
        : null,
    [model, entities, instruments, crimeData, mdgs, crimes, topics],
  );
}

/**
 * The panels, the status and the tools each ask for the result in the same render: they get one
 * computation, not one each (on a 6,000-paragraph article each costs some 70 ms). The last few
 * are kept, as a transition may render parts a step apart.
 */
const recent: { data: FilterData; selection: FilterSelection; result: FilterResult }[] = [];
const RECENT = 4;

function sharedResult(data: FilterData, selection: FilterSelection): FilterResult {
  const sameData = (other: FilterData) =>
    (Object.keys(data) as (keyof FilterData)[]).every((key) => other[key] === data[key]);
  const sameList = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((item, index) => item === b[index]);
  const kept = recent.find(
    (entry) =>
      sameData(entry.data) &&
      sameList(entry.selection.crimes, selection.crimes) &&
      sameList(entry.selection.topics, selection.topics),
  );
  if (kept) return kept.result;
  const result = applyFilters(data, selection);
  recent.unshift({ data, selection, result });
  recent.length = Math.min(recent.length, RECENT);
  return result;
}
