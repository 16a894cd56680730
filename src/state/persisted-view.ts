import { isTopic, knownCrimes, type View } from './view';

export const STORAGE_KEY = 'explorer:last-view';
/** Bump when the stored shape changes: an old value is then dropped, not misread. */
export const STORAGE_VERSION = 1;

type Stored = {
  version: number;
  crimes: string[];
  topics: string[];
  open: string | null;
  expanded?: string[];
};

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** A hand-written guard rather than a schema: this runs before the first paint, zod does not. */
function isStored(value: unknown): value is Stored {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.version === STORAGE_VERSION &&
    isStringList(record.crimes) &&
    isStringList(record.topics) &&
    (record.open === null || typeof record.open === 'string') &&
    (record.expanded === undefined || isStringList(record.expanded))
  );
}

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
    const parsed: unknown = JSON.parse(raw);
    if (!isStored(parsed)) {
      storage?.removeItem(STORAGE_KEY);
      return null;
    }
    const { crimes, topics, open, expanded = [] } = parsed;
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
