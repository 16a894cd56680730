import { entityTypes } from '../data/schemas/ids';
import type { EntityType } from '../data/schemas/entities';
import { crimeCategoryIds } from '../data/schemas/ids';

/**
 * What a reader can share or come back to: the crime types and topics they filter by and the
 * definition they have open. The same shape travels in the URL and in localStorage.
 */
export type View = { crimes: string[]; topics: EntityType[]; open: string | null };

export const emptyView: View = { crimes: [], topics: [], open: null };

/** Ids the data may hold are fixed by the schemas, so a URL can be checked before any file loads. */
export const knownCrimes: ReadonlySet<string> = new Set(crimeCategoryIds);
export const knownTopics: ReadonlySet<string> = new Set(entityTypes);

export function isTopic(value: string): value is EntityType {
  return knownTopics.has(value);
}

export function sameView(a: View, b: View): boolean {
  return (
    a.open === b.open &&
    a.crimes.join(',') === b.crimes.join(',') &&
    a.topics.join(',') === b.topics.join(',')
  );
}

export function isEmptyView(view: View): boolean {
  return view.crimes.length === 0 && view.topics.length === 0 && view.open === null;
}
