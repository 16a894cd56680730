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

/** Plain-words notices for a stored view that could not be used (the notice then says what is shown). */
export const storedViewProblems = {
  damaged: 'The view saved in this browser could not be read (it is damaged)',
  oldVersion: 'The view saved in this browser is from an older version of the explorer',
} as const;

export type StoredViewReading = { view: StoredView | null; problem: string | null };

/**
 * The reader's last view, or null when there is none, it is corrupt, or it is from another
 * version; a corrupt or old value is removed and `problem` says which it was. Storage can be
 * unavailable (private mode, disabled): that is also just "none", with no problem to report.
 */
export function readStoredView(
  storage: Pick<Storage, 'getItem' | 'removeItem'> | undefined,
): StoredViewReading {
  const drop = (problem: string): StoredViewReading => {
    try {
      storage?.removeItem(STORAGE_KEY);
    } catch {
      // Nothing more to do: the page works without storage.
    }
    return { view: null, problem };
  };
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(STORAGE_KEY);
  } catch {
    return { view: null, problem: null };
  }
  if (!raw) return { view: null, problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return drop(storedViewProblems.damaged);
  }
  if (!isStored(parsed)) {
    const version =
      typeof parsed === 'object' && parsed !== null
        ? (parsed as Record<string, unknown>).version
        : undefined;
    return drop(
      typeof version === 'number' && version !== STORAGE_VERSION
        ? storedViewProblems.oldVersion
        : storedViewProblems.damaged,
    );
  }
  const { crimes, topics, open, expanded = [] } = parsed;
  return {
    view: {
      crimes: crimes.filter((id) => knownCrimes.has(id)),
      topics: topics.filter(isTopic),
      open,
      expanded,
    },
    problem: null,
  };
}

/** The reader's last view, or null (see readStoredView). */
export function loadStoredView(
  storage: Pick<Storage, 'getItem' | 'removeItem'> | undefined,
): StoredView | null {
  return readStoredView(storage).view;
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
