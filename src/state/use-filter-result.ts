import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { applyFilters, type FilterResult } from '../data/apply-filters';
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
import { useCrimeFilter, useTopicFilter } from './explorer-store';

/**
 * The current selection applied to whatever data has loaded. Every part of the screen that
 * reacts to the filters reads this one result, so they cannot disagree. Null until the article
 * and its entities have loaded.
 */
export function useFilterResult(): FilterResult | null {
  const crimes = useCrimeFilter();
  const topics = useTopicFilter();
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
        ? applyFilters(
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
