import type { Comparison } from '../../data/schemas/comparisons';
import type { CrimeCategory, Term } from '../../data/schemas/reference';

/*
 * What a compare address names, and what it resolves to. Items use the explorer's own ids: a
 * crime category ("trafficking-in-persons") or a defined term ("smuggling-of-migrants-definition"),
 * the same ids `?open=` takes, so an id can be carried from a card to the compare view unchanged.
 */

export type CompareItem =
  | { id: string; kind: 'crime'; name: string; category: CrimeCategory; term: Term | undefined }
  | { id: string; kind: 'term'; name: string; term: Term; category: CrimeCategory | undefined };

export type Lookups = {
  categories: Record<string, CrimeCategory>;
  terms: Record<string, Term>;
};

/** `?items=a,b` → ["a", "b"]: trimmed, lower-cased, empty and repeated ids dropped. */
export function parseItems(search: string): string[] {
  const raw = new URLSearchParams(search).get('items') ?? '';
  const ids = raw
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(ids)];
}

/** The category a treaty term defines, if one does. */
export function categoryDefinedBy(termId: string, lookups: Lookups): CrimeCategory | undefined {
  return Object.values(lookups.categories).find(
    (category) => category.definition.kind === 'treaty' && category.definition.term === termId,
  );
}

export function resolveItem(id: string, lookups: Lookups): CompareItem | undefined {
  const category = lookups.categories[id];
  if (category) {
    const term =
      category.definition.kind === 'treaty' ? lookups.terms[category.definition.term] : undefined;
    return { id, kind: 'crime', name: category.name, category, term };
  }
  const term = lookups.terms[id];
  if (term)
    return { id, kind: 'term', name: term.term, term, category: categoryDefinedBy(id, lookups) };
  return undefined;
}

/** The crime category an item stands for in a table: itself, or the one its term defines. */
export function crimeOf(item: CompareItem): string | undefined {
  return item.category?.id;
}

/** The ready-made tables whose every column the chosen items cover. */
export function tablesFor(items: readonly CompareItem[], comparisons: readonly Comparison[]) {
  const crimes = new Set(items.map(crimeOf).filter((id) => id !== undefined));
  return comparisons.filter((comparison) =>
    comparison.columns.every((column) => crimes.has(column.item)),
  );
}

/** Tables that include at least one chosen item but not all their columns: offered as a next step. */
export function tablesNear(items: readonly CompareItem[], comparisons: readonly Comparison[]) {
  const crimes = new Set(items.map(crimeOf).filter((id) => id !== undefined));
  const complete = new Set(tablesFor(items, comparisons));
  return comparisons.filter(
    (comparison) =>
      !complete.has(comparison) && comparison.columns.some((column) => crimes.has(column.item)),
  );
}
