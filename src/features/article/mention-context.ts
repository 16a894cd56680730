import { isFiltering, itemMatches, type Relations } from '../../data/apply-filters';
import type { Entity } from '../../data/schemas/entities';
import { useFilterSelector } from '../../state/explorer-store';

export type MentionContext = {
  entitiesById: Record<string, Entity>;
  entitiesOfControl: Record<string, string[]>;
  /** Entity ids of each annotation, to style the names nested inside a mention. */
  entitiesOfAnnotation: Record<string, string[]>;
  /** Which crime categories each item stands with, for the filters. */
  relations: Relations;
};

/** Whether a set of entities passes the current filters; null when no filter is on. */
export function useEntitiesMatch(
  entityIds: readonly string[],
  context: MentionContext | null,
): boolean | null {
  return useFilterSelector((selection) => {
    if (!context || !isFiltering(selection)) return null;
    return entityIds.some((id) => {
      const entity = context.entitiesById[id];
      return entity ? itemMatches(context.relations, id, entity.type, selection) : false;
    });
  });
}
