/*
 * The ids of the SDG cards, apart from the schema so the search box (in the first screen's
 * JavaScript) can use them without loading the validator.
 */

/** The definition view's id for a target: "16.4" → "sdg-16-4", "15.c" → "sdg-15-c". */
export const sdgTargetId = (target: string) => `sdg-${target.replace('.', '-')}`;

/** The target an id names, or null: "sdg-16-4" → "16.4". */
export function sdgTargetOfId(id: string): string | null {
  const match = /^sdg-(\d{1,2})-([0-9]{1,2}|[a-c])$/.exec(id);
  return match ? `${match[1]}.${match[2]}` : null;
}
