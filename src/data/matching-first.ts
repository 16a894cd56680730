/** Items that match the filters first, each group in its own order; nothing is dropped. */
export function matchingFirst<T extends { id: string }>(
  items: readonly T[],
  matching: readonly string[] | null,
): T[] {
  if (!matching) return [...items];
  const set = new Set(matching);
  return [
    ...items.filter((item) => set.has(item.id)),
    ...items.filter((item) => !set.has(item.id)),
  ];
}
