import { z } from 'zod';
import { isTopic, knownCrimes, type View } from './view';

export const STORAGE_KEY = 'explorer:last-view';
/** Bump when the stored shape changes: an old value is then dropped, not misread. */
export const STORAGE_VERSION = 1;

const storedSchema = z.object({
  version: z.literal(STORAGE_VERSION),
  crimes: z.array(z.string()),
  topics: z.array(z.string()),
  open: z.string().nullable(),
  expanded: z.array(z.string()).optional(),
});

export type StoredView = View & { expanded: string[] };

/**
 * The reader's last view, or null when there is none, it is corrupt, or it is from another
 * version. Storage can be unavailable (private mode, disabled): that is also just "none".
 */
export function loadStoredView(
  storage: Pick<Storage, 'getItem' | 'removeItem'> | undefined,
): StoredView | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) {
      storage?.removeItem(STORAGE_KEY);
      return null;
    }
    const { crimes, topics, open, expanded = [] } = parsed.data;
    return {
      crimes: crimes.filter((id) => knownCrimes.has(id)),
      topics: topics.filter(isTopic),
      open,
      expanded,
    };
  } catch {
    try {
      storage?.removeItem(STORAGE_KEY);
    } catch {
      // Nothing more to do: the page works without storage.
    }
    return null;
  }
}

export function saveStoredView(
  storage: Pick<Storage, 'setItem'> | undefined,
  view: StoredView,
): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, ...view }));
  } catch {
    // A full or disabled storage only means the view is not remembered.
  }
}
