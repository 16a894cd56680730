import type { Relations } from '../../data/apply-filters';
import type { Entity } from '../../data/schemas/entities';

export type MentionContext = {
  entitiesById: Record<string, Entity>;
  entitiesOfControl: Record<string, string[]>;
  /** Entity ids of each annotation, to style the names nested inside a mention. */
  entitiesOfAnnotation: Record<string, string[]>;
  /** Which crime categories each item stands with, for the filters' keys. */
  relations: Relations;
};
